"""A noun or adjective made a verb as English makes any ("cosying up to", from "cosy") is no
misspelling (bot/engine/spelling.py, `_made_a_verb`): "cosying" was read as the story's
"costing", and found a passage on what something cost. A misspelt verb ("runing") is still
read as the word meant."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.spelling import _made_a_verb
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "Mayor Tom Hale met the harbour board in Harwick on Monday.",
        "The new pier is costing the town two million pounds, the board said.",
        "Critics say Hale has grown close to the board's chairman, Piet Claes, at the expense of"
        " the fishermen.",
        "The fishermen's union was running a petition against the pier.",
    ]
)


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


def test_cosying_up_is_not_costing(pier: Searcher) -> None:
    # before, "The new pier is costing the town ..." came first
    answer = pier.ask("Has Hale been cosying up to the board?")
    assert answer.passages[0].text.startswith("Critics say Hale has grown close")


@pytest.mark.parametrize(
    ("word", "made"), [("cosying", True), ("runing", False), ("populatin", False)]
)
def test_which_words_are_made_verbs(word: str, made: bool) -> None:
    assert _made_a_verb(word) is made
