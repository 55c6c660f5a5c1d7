"""A question asking what someone said, describing them in words the reading of people ties to
no one ("the first woman to lead the council"), is read as a plain question; a passage telling
of them that holds no one's words is not what they said, and is not vouched for (before: the
passage on her election, quoting nobody, was rated high). The words of a writing ("what does
the article say") are any passage's, and still answered."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The county council of Marlow voted on Thursday to close the old ferry terminal, ending "
        "ninety years of crossings to Ashby Island.",
        "After taking her seat in January, Ana Ruiz became the first woman to lead the council "
        "in its history.",
        "“The terminal costs us more than it earns, and the island has a bridge now,” Ruiz said "
        "before the vote.",
        "Ferry captain Tom Bell said the crossing had been his family's trade for three "
        "generations.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did the first woman to lead the council say",
        "what did the first woman to lead the council say about the terminal",
    ],
)
def test_a_passage_quoting_no_one_is_not_their_words(question: str) -> None:
    searcher = searcher_for("marlow-ferry", FERRY_STORY)
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence != "high"


def test_what_the_article_says_is_still_answered() -> None:
    searcher = searcher_for("marlow-ferry", FERRY_STORY)
    answer = searcher.ask("what does the article say about the first woman to lead the council")
    assert answer.confidence == "high"
    assert "first woman to lead the council" in answer.passages[0].text


def test_her_words_by_name_still_answer() -> None:
    searcher = searcher_for("marlow-ferry", FERRY_STORY)
    answer = searcher.ask("what did ruiz say about the terminal")
    assert answer.confidence == "high"
    assert "The terminal costs us" in answer.passages[0].text
