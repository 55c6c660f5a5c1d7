"""A speaker question whose speaker has two passages or more as much on its topic: the first is
the answer where a reading of meaning picks it too, the passage closest of all or, read a
sentence at a time, the sentence closest of the ranked passages' (a quote's paragraph tells of
more than the words asked about, and its vector is their mean). Not for a topic that is only
someone's name: the sentence closest to a name is any naming them."""

from __future__ import annotations

import pytest

from bot.engine.confidence import probability
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The fishing town of Port Ellery reopened its harbour on Saturday, a month after winter"
        " storms broke the old sea wall.",
        "“We are proud of what this town has done,” Mayor Ines Calder said at the ceremony. “The"
        " repairs came in under budget and on time, and the new wall will stand for a century."
        " Tom Reyes made sure of that. To the fishing families of this town, thank you for your"
        " patience.”",
        "“I grew up among fishing families, and I know what a lost winter costs,” Calder said"
        " later, adding that the council would vote on the harbour fees in March.",
        "Calder and Reyes have known each other since school, and Reyes ran her campaign.",
        "Calder toured the quay on Friday. Fishing families there lost boats and nets to the"
        " storms.",
        "Harbour master Tom Reyes said the new wall stands two metres higher than the old one."
        " “It will hold,” Reyes said.",
        "“Tom Reyes worked through every storm,” Calder said. “Ask anyone on the quay about Reyes"
        " and the night the old wall broke.”",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


def _among_rivals_unpicked_by_the_passage(searcher: Searcher, question: str) -> None:
    """The shape asked about: two of the speaker's passages hold the topic alike, the model
    alone would vouch for the first, and the passage closest in meaning of all is another."""
    reading = searcher.confidence_reading(question)
    assert reading is not None
    signals = reading[0]
    assert signals.speaker == 1.0 and 0 < signals.speaker_pick < 1
    assert signals.meaning_agrees == 0.0
    assert probability(signals) >= searcher.settings.high_confidence


def test_the_passage_holding_the_closest_sentence_is_the_speakers_answer(
    harbour: Searcher,
) -> None:
    question = "what did calder say about fishing families"
    _among_rivals_unpicked_by_the_passage(harbour, question)
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert "I grew up among fishing families" in answer.passages[0].text
    # Before: the closest passages, labelled as such
    assert answer.confidence == "high"


def test_a_topic_of_names_only_is_not_vouched_for_by_a_sentence(harbour: Searcher) -> None:
    # both of her passages naming Reyes hold the whole topic; the sentence closest to "reyes"
    # is whichever names him, which tells nothing of what she said of him
    question = "what did calder say about reyes"
    _among_rivals_unpicked_by_the_passage(harbour, question)
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is not None
    assert answer.confidence == "low"
