"""A question asking when something will happen, on a story of its own: a passage telling only
of times gone by is not its answer, however much of the question's topic it holds (the story
has not said), so it is never rated high; one giving a time to come may be."""

from __future__ import annotations

import pytest

from bot.engine.confidence import probability
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A river town's bridge: closed and inspected in the past; the ferry's return is dated ahead.
BRIDGE_STORY = "\n".join(
    [
        "The county closed the Elm Street bridge in March 2023 after inspectors found cracks.",
        "Engineer Tomas Reyes said the steel beams had rusted through in several places.",
        "A ferry carried commuters across the river until the pier flooded in 2024.",
        "The ferry service will resume next month, the harbour office said.",
        "Shops on the east bank say they have lost half their customers.",
        "The mayor, Ines Calder, called the closure a blow to the whole valley.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    ["When will the county close the Elm Street bridge?", "when is the bridge going to close"],
)
def test_a_time_to_come_is_not_answered_by_a_time_gone_by(bridge: Searcher, question: str) -> None:
    signals = bridge.confidence_signals(question)
    assert signals is not None and signals.answer_type == -1.0
    # the passage holds the whole topic, but none of it around a time to come: the model reads
    # no coverage (before it counted the topic around the answer, it vouched for the passage)
    assert signals.coverage == 0.0
    assert probability(signals) < bridge.settings.high_confidence
    answer = bridge.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert "closed the Elm Street bridge" in answer.passages[0].text  # still shown as closest


def test_a_time_to_come_the_story_gives_is_the_answer(bridge: Searcher) -> None:
    answer = bridge.ask("When will the ferry service resume?")
    assert answer.confidence == "high" and "next month" in answer.passages[0].text
    # and a past question of the closure is answered by its date
    past = bridge.ask("When did the county close the Elm Street bridge?")
    assert past.confidence == "high" and "March 2023" in past.passages[0].text
