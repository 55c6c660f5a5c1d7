"""A question saying where someone went with a light verb of motion ("before going to the
capitol", "before she went to the capitol") means their trip there, which a story writes as a
"visit" ("ahead of her visit to the Capitol"): the word the verb leaves unsaid tells the passage
answering from one that only shares the question's other words (bot/engine/search/reading.py,
`_destination_words`; candidates.py, `_holding_every_word_first`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# Whom a governor met before her visit to the Capitol; a rival paragraph, closer in meaning to
# the question, on a meeting years before that she tried to have and never did.
UNION_STORY = "\n".join(
    [
        "The long friendship between the dockworkers' union and Governor Rosa Almeida was on"
        " show Tuesday at the state Capitol.",
        "Almeida has met members of the union's inner circle multiple times over the years."
        " Most recently, former harbour chief Tomas Reyes met with the governor over the"
        " weekend ahead of her visit to the Capitol on Tuesday.",
        "The union wants a new pension fund and safer cranes at the harbour, and Almeida has"
        " promised both.",
        "“We are proud to stand with the workers of this state,” Almeida said at the meeting.",
        "Union members cheered as the governor walked into the Capitol's main hall.",
        "Almeida attempted to meet with former Governor Paul Dunn in 2019, arriving unannounced"
        " for a meeting, which Dunn rebuffed. But now that the union is back in the Capitol,"
        " Almeida is as well.",
        "The harbour employs 4,000 people and handles a third of the state's cargo.",
        "Critics say the pension fund would cost taxpayers too much, and Almeida's rivals agree.",
        "The meeting lasted two hours, and Almeida spoke for most of it.",
        "Lawmakers will vote on the pension fund next month.",
        "Almeida's office said the cranes would be replaced by the end of the year.",
        "The union last backed a governor in 2015.",
    ]
)


@pytest.fixture(scope="module")
def union() -> Searcher:
    return searcher_for("union-visit", UNION_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "who did almeida meet before going to the capitol",
        "who did almeida meet before she went to the capitol",
    ],
)
def test_the_meeting_before_the_visit_comes_first(union: Searcher, question: str) -> None:
    # Before: Dunn's rebuff (no "ahead", no "visit") was shown first, rated high.
    answer = union.ask(question)
    assert answer.answered
    assert "Tomas Reyes met with the governor" in answer.passages[0].text
    assert answer.confidence == "low"  # the ranking the confidence model reads is unchanged


def test_going_to_do_something_is_no_trip(union: Searcher) -> None:
    assert union._destination_words("who did almeida meet before going to meet the lawmakers") == ()
    assert union._destination_words("before she went to the capitol") == ("visit",)
