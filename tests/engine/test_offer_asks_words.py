"""A question "what did X offer" asks for X's words, as "what did X promise" does: offering
is done in words ("if we can help, we will"), so the question is read as asking for what the
one named said (bot/engine/words.py, `JUDGING_VERBS`). Before, it was read as a plain question,
and a passage on someone else's offer, or one only naming the mayor, came first. What a body
the story does not quote offered is still read from the story."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A mayor offering help in words; a council's offer told by the story.
DOCKS_STORY = "\n".join(
    [
        "Mayor Anna Vos met the dockworkers' union at the town hall on Friday.",
        "“We are a small town, but if we can help, we will,” Vos said. “Your strike has gone on"
        " long enough.”",
        "The union's leader, Piet Brandt, said the talks were “a start.”",
        "The council has offered the union a 3 percent rise, which members rejected in May.",
        "The harbour handles a fifth of the region's cargo.",
        "Brandt said his members would vote on any new deal within a week.",
    ]
)
HER_WORDS = "“We are a small town, but if we can help, we will,” Vos said."


@pytest.fixture(scope="module")
def docks() -> Searcher:
    return searcher_for("docks", DOCKS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did vos offer the union",  # before: the council's offer first
        "did the mayor offer to help the dockworkers",  # before: rated high on her meeting
    ],
)
def test_what_someone_offered_is_in_their_words(docks: Searcher, question: str) -> None:
    answer = docks.ask(question)
    assert answer.answered and answer.asked_speaker == "Anna Vos"
    assert answer.passages[0].text.startswith(HER_WORDS)


def test_what_a_body_offered_is_read_from_the_story(docks: Searcher) -> None:
    answer = docks.ask("what did the council offer the union")
    assert answer.asked_speaker is None
    assert answer.passages[0].text.startswith("The council has offered the union")
