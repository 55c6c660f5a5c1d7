"""Someone asked about as another's ("critics of the mayor", "a spokesman for Hale", "an
adviser to the governor") is not that other: the story's words of the one named are never
shown as theirs. "POTUS" is the American president (of the story's home country), not any
president the story quotes."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Chilean President Rosa Ibarra met President Tom Garber at the White House on Monday "
        "to sign a copper trade deal.",
        "“This deal will bring thousands of jobs to the north of my country,” Ibarra said.",
        "“Copper is the metal of the future, and we will buy a lot of it,” Garber said.",
        "Garber’s trade adviser, Lena Voss, said the tariffs on refined copper would fall to "
        "zero by next year.",
        "Miners’ unions in Chile have opposed the deal, saying it favours smelters in the "
        "United States, which buys a third of the copper the U.S. uses from Chile.",
        "“Mining towns have seen arrests without warrants,” Andes Rights Watch said in a report "
        "on the north of Chile.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did critics of garber say about the deal",
        "what did supporters of ibarra say",
        "what did a spokesman for ibarra say about the copper deal",
        "what did the lawyer for garber say",
        # the possessive typed without its apostrophe: "critic" shares its stem with
        # "criticize", which once made "garbers" a typo of "garber" before a speech word
        "what did garbers critics say about the deal",
        "what have ibarras critics said",
    ],
)
def test_someone_of_a_person_named_is_not_that_person(question: str) -> None:
    searcher = searcher_for("copper-deal", HARBOUR_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker not in ("Tom Garber", "Rosa Ibarra")
    assert not answer.answered or answer.confidence == "low"


def test_the_president_of_an_organisation_is_none_of_the_presidents_quoted() -> None:
    searcher = searcher_for("copper-deal", HARBOUR_STORY)
    answer = searcher.ask("what did the president of andes rights watch say")
    assert answer.asked_speaker not in ("Tom Garber", "Rosa Ibarra")
    first = {quote.speaker for quote in answer.passages[0].quotes} if answer.passages else set()
    assert not first & {"Tom Garber", "Rosa Ibarra"}


def test_an_adviser_to_someone_is_their_adviser_the_story_names() -> None:
    searcher = searcher_for("copper-deal", HARBOUR_STORY)
    answer = asked_for_words(
        searcher, "what did an adviser to garber say about tariffs", "Lena Voss"
    )
    assert "tariffs" in answer.passages[0].text


@pytest.mark.parametrize(
    "question", ["what did potus say about copper", "did POTUS say anything about the deal"]
)
def test_potus_is_the_american_president(question: str) -> None:
    searcher = searcher_for("copper-deal", HARBOUR_STORY)
    answer = asked_for_words(searcher, question, "Tom Garber")
    assert "Garber said" in answer.passages[0].text
