""" "Who designed the bridge" asks for whoever did the deed: a passage naming people on the
topic, none of them doing it, holds no answer to it ("who designed the bridge" of the passage
saying the mayor opened it), so it is not rated high; the passage telling the deed is."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "Mayor Delia Okafor opened the new Ferris footbridge over the Lorne River on Saturday, "
        "two years after floods swept away the old one.",
        "About 300 residents crossed the footbridge in the first hour.",
        "The bridge cost $4.2 million, paid for by a state grant and a local bond.",
        "Its steel deck arrived by barge from Rotterdam in March.",
        "“It ties the two halves of the town together again,” Okafor said.",
        "The town council voted in 2023 to replace the bridge rather than repair it.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "who designed the new footbridge",
        "who designed the ferris footbridge",
        "who built the new footbridge over the lorne",
    ],
)
def test_a_deed_the_story_never_tells_is_not_answered_with_high_confidence(
    question: str,
) -> None:
    searcher = searcher_for("ferris-footbridge", BRIDGE_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"


def test_the_passage_telling_the_deed_is_still_the_answer() -> None:
    searcher = searcher_for("ferris-footbridge", BRIDGE_STORY)
    answer = searcher.ask("who opened the new footbridge")
    assert answer.confidence == "high"
    assert "Delia Okafor opened" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "where was the footbridge's steel deck manufactured",
        "where was the steel deck painted",
    ],
)
def test_a_place_of_a_deed_the_story_never_tells_is_not_answered_with_high_confidence(
    question: str,
) -> None:
    searcher = searcher_for("ferris-footbridge", BRIDGE_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"


def test_the_place_of_the_deed_the_story_tells_is_still_the_answer() -> None:
    searcher = searcher_for("ferris-footbridge", BRIDGE_STORY)
    answer = searcher.ask("where did the steel deck arrive from")
    assert answer.confidence == "high"
    assert "from Rotterdam" in answer.passages[0].text
