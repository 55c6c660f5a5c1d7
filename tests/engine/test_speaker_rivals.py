"""A speaker question whose speaker has two passages or more about as much on the question's
topic: one of them is the answer only where an independent reading (closeness in meaning) picks
it too. Wordings of my own on the shipped story (none is a question of the eval sets)."""

from __future__ import annotations

import pytest

from bot.engine.confidence import probability
from bot.engine.search import Searcher


@pytest.mark.parametrize(
    "question",
    [
        # ¶9 (hello to the people of El Salvador) and ¶16 ("sick people") both hold "people"
        "what did trump say about people",
        # ¶13 ("preposterous" to return Garcia) and ¶7 ("the free world") each hold part of it;
        # ¶14 (he would not release him from prison) answers as well. ("did bukele say
        # anything about setting abrego garcia free from prison" was one too, till ¶14, carrying
        # on from ¶13, counted as on the topic: it comes first, rated low, 0.40)
        "what did the salvadoran president say about freeing garcia from jail",
    ],
)
def test_one_of_several_passages_of_the_speaker_on_the_topic_is_not_the_answer(
    searcher: Searcher, question: str
) -> None:
    # at a threshold where the model alone would vouch for it (0.55, the shipped one until the
    # eleventh session), the speaker's passage among rivals still decides nothing
    lenient = Searcher(
        searcher.snapshot, searcher.settings.model_copy(update={"high_confidence": 0.55})
    )
    signals = lenient.confidence_signals(question)
    assert signals is not None and signals.speaker == 1.0 and 0 < signals.speaker_pick < 1
    assert signals.meaning_agrees == 0.0
    assert probability(signals) >= lenient.settings.high_confidence
    answer = lenient.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert answer.asked_speaker is not None  # their passages are still what is shown


def test_the_passage_meaning_picks_too_or_the_only_one_on_the_topic_is_the_answer(
    searcher: Searcher,
) -> None:
    # two passages of Bukele's hold "Garcia"; the closest in meaning of all is the one shown
    signals = searcher.confidence_signals("what did bukele say about freeing garcia")
    assert signals is not None and 0 < signals.speaker_pick < 1 and signals.meaning_agrees > 0
    assert searcher.ask("what did bukele say about freeing garcia").confidence == "high"
    # the only passage of his on the topic
    answer = searcher.ask("what did bukele say about smuggling a terrorist")
    assert answer.confidence == "high" and "smuggle a terrorist" in answer.passages[0].text
