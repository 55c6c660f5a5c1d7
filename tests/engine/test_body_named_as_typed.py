"""A body the reading of people does not know as a speaker ("the forest service"), asked for
its word, is vouched for by a passage naming it as the question types it, its words side by
side ("The Forest Service has reopened the north trail"): the passage tells what that body
did or said. Not by a passage naming another body sharing a word ("the us government" of "The
government of Canada"), nor by one naming it in no such run of words, nor a country's ("what
did canada say": its name stands for its government by a figure of speech)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

RIDGE_STORY = "\n".join(
    [
        "Hikers returned to Cedar Ridge on Saturday after a summer of wildfires, Mayor Joan"
        " Pruitt said.",
        "The Forest Service has reopened the north trail to day hikers, but camping is still"
        " banned above the lake.",
        "“We want people back, but carefully,” Pruitt said. “The ridge is still dry.”",
        "The government of Canada sent two water bombers in August, and crews from Oregon cut"
        " fire lines along the road.",
        "Ranger Mel Ostrow said the south trail would stay shut until October because a bridge"
        " burned.",
        "The town's outfitters lost most of their summer sales, according to the chamber of"
        " commerce.",
    ]
)
REOPENED = "The Forest Service has reopened"


@pytest.fixture(scope="module")
def ridge() -> Searcher:
    return searcher_for("ridge", RIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the forest service say about the north trail",
        "is the north trail open according to the forest service",
        "can you camp by the lake per the forest service",
        "what did the forest service say",
    ],
)
def test_the_body_named_as_typed_is_the_one_asked(ridge: Searcher, question: str) -> None:
    answer = ridge.ask(question)
    assert answer.passages[0].text.startswith(REOPENED)
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        # another body sharing a word: the words not side by side
        "what did the us government say about the fires",
        # a country stands for its government by a figure of speech: the passage tells what
        # it did (tests/engine/test_places_as_speakers.py)
        "what did canada say about the fires",
    ],
)
def test_another_body_or_a_country_is_not(ridge: Searcher, question: str) -> None:
    answer = ridge.ask(question)
    assert answer.passages[0].text.startswith("The government of Canada")
    assert answer.confidence == "low"
