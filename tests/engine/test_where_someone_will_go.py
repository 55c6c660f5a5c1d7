""" "Will X <verb of motion> to <place>" asks about X's trip, which a story tells in its own
words ("the mayor is expected to travel there in May") as much as in X's: it is searched as a
question about the story, not only among X's quotations ("will trump return to el salvador"
showed only Trump's "said in return"). "Will X send Y back" still asks X's words on it
(bot/engine/search/searcher.py, `_asks_where_they_go`; lexicon.py, `moves_first`)."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import shared_wordnet
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

OSLO_STORY = "\n".join(
    [
        "Mayor Lena Ortiz hosted the Norwegian trade minister at city hall on Tuesday.",
        "“It is a pleasure to have you here,” Ortiz said in return after the minister praised"
        " the harbour.",
        "“We want more ships, more jobs and more visitors,” Ortiz said.",
        "The minister invited Ortiz to Oslo, and the mayor is expected to travel there in May"
        " to sign the port agreement.",
        "The harbour handles 2 million tons of cargo a year.",
        "Critics say the agreement favours Norwegian shipping firms.",
        "“We will not send our fishermen's catch away for nothing,” Ortiz said.",
        "The city council votes on the agreement next week.",
        "Norway is the harbour's largest trading partner.",
    ]
)


@pytest.fixture(scope="module")
def oslo() -> Searcher:
    return searcher_for("oslo-trip", OSLO_STORY)


@pytest.mark.parametrize("question", ["will ortiz go to oslo", "will ortiz travel to oslo"])
def test_the_trip_told_by_the_story_is_found(oslo: Searcher, question: str) -> None:
    # Before: only Ortiz's three quotations were searched, and shown.
    answer = oslo.ask(question)
    assert answer.answered
    assert "expected to travel there in May" in answer.passages[0].text
    assert answer.asked_speaker is None


def test_what_someone_will_do_to_something_still_asks_their_words(oslo: Searcher) -> None:
    answer = oslo.ask("will ortiz send the catch away")
    assert answer.asked_speaker == "Lena Ortiz"


@pytest.mark.parametrize(
    ("verb", "moves"), [("return", True), ("travel", True), ("sign", False), ("let", False)]
)
def test_verbs_of_motion(verb: str, moves: bool) -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    assert wordnet.moves_first(verb) is moves
