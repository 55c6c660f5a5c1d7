"""Words said in other words: "did the professor voice any reservations", "has the mayor raised
concerns", "did she express doubts" ask what they said, as "did X issue a statement" does; and
"the professor who was interviewed" (or "who was quoted") is the professor, the clause saying
only that they are quoted. Before, these were read as plain questions about the professor, and
"who was quoted" as asking who said it."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The county opened the new Larch Street bridge on Thursday after two years of work.",
        ("“The bridge gives the east side a second way across the river,” said Mayor Ines Okoro."),
        (
            "Engineering professor Halvard Strand, who reviewed the plans, praised the design. "
            "“It is a handsome bridge,” Strand said."
        ),
        (
            "Strand cautioned that the cracks found in the piers last winter should be "
            "inspected before heavy trucks are allowed on it."
        ),
        "About 9,000 cars are expected to cross it each day.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Did the professor voice any reservations about the piers?",
        "has the professor raised concerns about the piers",
        "Did the professor who was interviewed express any doubts about the piers?",
    ],
)
def test_asks_the_professors_words(bridge: Searcher, question: str) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Halvard Strand"  # before: None (a plain question)
    assert "cracks found in the piers" in answer.passages[0].text


def test_the_one_who_was_quoted(bridge: Searcher) -> None:
    # before: read as asking who was quoted; his words first, the quotation ("It is a handsome
    # bridge") before his reported caution on the piers (what ranks them so is not of reading)
    answer = bridge.ask("what did the professor who was quoted say about the piers")
    assert answer.asked_speaker == "Halvard Strand"


def test_who_was_quoted_still_asks_who(bridge: Searcher) -> None:
    answer = bridge.ask("who was quoted about the piers?")
    assert answer.asked_speaker is None
