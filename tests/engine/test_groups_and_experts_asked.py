"""People asked about as a group or by what they know: "what did union leaders say" (a group
by its role, with no article, or with "any"/"some") asks for someone as surely as "the union
leaders" does, and is refused when the story quotes no one of that kind; "what do the experts
say" asks for whoever the story quotes for their learning (its professor, its economist),
though it never calls them experts; "the economics professor" is its "professor of
economics"."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

MILL_STORY = "\n".join(
    [
        "The Harwick paper mill will close in March, its owners said on Thursday, ending 140 "
        "years of papermaking in the valley.",
        "About 600 people work at the mill, which has lost money for five years as demand "
        "for newsprint fell.",
        (
            "“The closure will take something like $40 million a year out of the valley’s "
            "economy,” said Ingrid Solberg, a professor of economics at Carrow University who "
            "studies mill towns."
        ),
        "“We tried every buyer we could find,” said Mayor Colin Ashdown.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did union leaders say about the closure",
        "did any union leaders say anything about the mill closing",
        "what did some senators say about the mill",
    ],
)
def test_a_group_asked_about_without_an_article_is_refused_when_nobody_of_it_is_quoted(
    question: str,
) -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = searcher.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "doesn't quote" in answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "what do the experts say about the closure",
        "what do experts think the closure will cost the valley",
        "what did analysts say about the mill closing",
    ],
)
def test_experts_are_whoever_the_story_quotes_for_their_learning(question: str) -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = asked_for_words(searcher, question, "Ingrid Solberg")
    assert "$40 million" in answer.passages[0].text


def test_a_group_the_story_quotes_by_its_own_role_is_still_answered() -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = asked_for_words(
        searcher, "what did professors say about the closure", "Ingrid Solberg"
    )
    assert "$40 million" in answer.passages[0].text


def test_people_joined_whom_the_story_does_not_quote_are_refused_by_name() -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = searcher.ask("What did the mayor’s wife or his lawyers say about the closure?")
    assert not answer.answered
    assert answer.reason is not None
    assert "doesn't quote the mayor’s wife or his lawyers" in answer.reason


def test_people_joined_whom_the_story_quotes_are_each_asked_for() -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = searcher.ask("what did solberg or the mayor say about the mill")
    assert answer.answered
    shown = {quote.speaker for passage in answer.passages for quote in passage.quotes}
    assert {"Ingrid Solberg", "Colin Ashdown"} <= shown


@pytest.mark.parametrize(
    "question",
    [
        "what did the economics professor say about the closure",
        "what did the carrow prof say about the closure",
    ],
)
def test_a_role_the_story_qualifies_after_its_noun_describes_her_with_it_before(
    question: str,
) -> None:
    # the story's "a professor of economics at Carrow University"
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = asked_for_words(searcher, question, "Ingrid Solberg")
    assert "$40 million" in answer.passages[0].text


def test_a_qualifier_the_story_never_gives_her_still_describes_nobody() -> None:
    searcher = searcher_for("harwick-mill", MILL_STORY)
    answer = searcher.ask("what did the harvard professor say about the closure")
    assert not answer.answered
