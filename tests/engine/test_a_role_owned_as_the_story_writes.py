"""A role asked with its owner, a common noun ("the airport's boss"), is the role of whom the
story writes with that owner ("The airport's chief executive, Colm Ferris"), where the words
describe several people: "boss" is read as "chief", which fits Fire Chief Nadia Holm too, and
she was taken (the owner, a possessive of a common noun, was passed over as saying whose, not
which). Now the story's own "the airport's ..." says whose chief is asked for, read whole ("the
airport's chief executive" is his role, not hers, whose "chief" is only its first word). Where
the story writes no one so, the reading is as before (9probe14;
`Searcher._owned_as_the_story_writes`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

AIRPORT = "\n".join(
    [
        "Brenford Airport will shut its second runway for repairs from May, the airport said.",
        "Fire Chief Nadia Holm said crews would train on the closed runway. “We rarely get a"
        " runway to ourselves,” Holm said.",
        "The airport's chief executive, Colm Ferris, said the work would take nine weeks."
        " “Every week of delay costs the airlines,” Ferris said.",
        "Pilot Dana Voss said she would miss the shorter taxi to the terminal.",
    ]
)


@pytest.fixture(scope="module")
def airport() -> Searcher:
    return searcher_for("airport", AIRPORT)


@pytest.mark.parametrize(
    "question",
    [
        "what did the airport's boss say",
        "what did the airport's chief say about the repairs",
        "what did the airport's boss say about the delay",
    ],
)
def test_the_owners_chief_is_whom_the_story_writes_so(airport: Searcher, question: str) -> None:
    answer = asked_for_words(airport, question, "Colm Ferris")
    assert "nine weeks" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what did the chief say",
        "what did the fire chief say",
        "what did the airport's fire chief say",
        "what did the runway's chief say",  # an owner the story writes before no role
    ],
)
def test_guards(airport: Searcher, question: str) -> None:
    asked_for_words(airport, question, "Nadia Holm")
