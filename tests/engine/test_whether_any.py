""" "Did X have any concerns about ...", "did she voice any doubts": whether someone had a thing,
which a passage holding no word of it (nor a bridge of it) does not tell, however much of the
rest it holds: never rated high (bot/engine/search/searcher.py, `Searcher._lacks_what_any_asks`).
"did Flores-Macias have any worries about the prisons" was rated high on his passage on the
prison as a deterrent."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "Engineer Pia Lund inspected the Marrow bridge on Monday with the county crews.",
        "“For the county, the new bridge will carry twice the traffic and bring shoppers back to"
        " the old town,” Lund said.",
        "Still, Lund warned that cracks in the old bridge piers should be taken seriously.",
        "The county said the works would start in May.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did lund have any concerns about the old town bridge",
        "Did Lund voice any doubts about the bridge traffic?",
    ],
)
def test_a_passage_without_the_thing_asked_is_not_rated_high(
    bridge: Searcher, question: str
) -> None:
    # before: high on her words on traffic and shoppers, which tell of no concern
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


def test_a_passage_holding_the_thing_asked_may_be(bridge: Searcher) -> None:
    answer = bridge.ask("Did Lund have any concerns about the traffic on the new bridge?")
    assert answer.answered, answer.reason
    assert not answer.passages[0].text.startswith("The county said")


def test_any_kind_of_answer_asked_is_read_as_before(bridge: Searcher) -> None:
    answer = bridge.ask("does the county have any date for the works to start?")
    assert answer.passages[0].text.startswith("The county said the works would start in May")
    assert answer.confidence == "high"
