"""A question relayed for someone else ("a resident asks why ...", "my editor wants to know
how ..."): who asks it and their verb are no part of what it asks, so a passage telling of
residents asking something is not the answer for those words."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

ROADS_STORY = "\n".join(
    [
        "The council asked residents on Elm Street to report potholes and broken lights to "
        "the roads office, and residents asked for a meeting.",
        "Repairs on Elm Street are months behind because the asphalt supplier went bankrupt in "
        "the spring.",
        "The roads office has hired two more crews for the summer.",
        "Shop owners on Elm Street say fewer customers come by car.",
    ]
)


@pytest.fixture(scope="module")
def roads() -> Searcher:
    return searcher_for("roads", ROADS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "A resident asks why the repairs on Elm Street are late.",
        "one of our residents asked why repairs on elm street are so far behind",
    ],
)
def test_who_relays_a_question_is_no_part_of_what_it_asks(roads: Searcher, question: str) -> None:
    answer = roads.ask(question)
    assert "asphalt supplier" in answer.passages[0].text
