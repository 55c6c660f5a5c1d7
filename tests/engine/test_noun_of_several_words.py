"""A noun typed in several words ("head of state") is one thing, named in a story by its kinds
(WordNet's: a president, a king, a premier is a head of state), and its words apart are of
other things ("the State Department", "state police"). Where the story never uses its first
word, the run's kinds the story uses lead that word to them, for the ranking, and its other
words are no topic words of their own. Before, "state" found the passages on the State
Department and the state police, and nothing led "head of state" to "President"."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Prime Minister Lena Hart flew to Oslo on Tuesday for a two-day visit, her first"
        " abroad since the election.",
        "On Wednesday Hart met President Ola Berg and later had lunch with the king at the palace.",
        "The State Department said it had no comment on the visit.",
        "State police closed the roads around the palace and the harbour during the visit.",
        "Hart returns home on Thursday.",
        "Her office said the trip cost $40,000, paid from the foreign ministry's budget.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did hart sit down with any heads of state",
        "which head of state hosted hart",
        "any heads of state at the palace?",
        "who was the head of state hart had talks with",
    ],
)
def test_head_of_state_is_the_president(visit: Searcher, question: str) -> None:
    answer = visit.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("On Wednesday Hart met President Ola Berg")
    # (before, "any heads of state at the palace?" rated the state police passage high)


def test_the_state_as_typed_is_still_searched(visit: Searcher) -> None:
    answer = visit.ask("what did the state department say about the visit")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The State Department said")
