""" "bukele n china?? whats the taiwan angle lol": "angle" and "aspect" stand for a side of what a
question names ("the taiwan angle", "the taxpayer aspect"), as "thing" and "stuff" stand for
what it does not name: they say nothing of what it asks about. "angle" was a topic word no
passage holds, halving the coverage of the one passage on Taiwan, and the message was low
(fresh-66 c05, right). Now such words count for nothing, as the other chat words for a thing
do."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "The Ravenna county board approved a new stadium for the Ravenna Hawks on Tuesday.",
        "Neighbours have complained that the plan leaves too little parking, forcing fans onto"
        " residential streets.",
        "The stadium will cost $400 million, half of it paid by taxpayers.",
        "Board chair Lena Holt said construction would start in the spring.",
    ]
)


@pytest.fixture(scope="module")
def stadium():  # type: ignore[no-untyped-def]
    return searcher_for("stadium", STADIUM_STORY)


@pytest.mark.parametrize(
    ("typed", "gives"),
    [
        # on main: each right, low
        ("whats the parking angle lol", "too little parking"),
        ("what's the taxpayer aspect of it?", "paid by taxpayers"),
    ],
)
def test_the_side_of_a_topic_asked_is_the_topic(stadium, typed: str, gives: str) -> None:  # type: ignore[no-untyped-def]
    answer = stadium.ask(typed)
    assert answer.confidence == "high"
    assert gives in answer.passages[0].text


def test_an_angle_of_something_the_story_never_names_is_not_answered(stadium) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = stadium.ask("what's the angle of the roof?")
    assert answer.confidence == "low"
