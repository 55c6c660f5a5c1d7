"""A passage the confidence model rates just under its threshold is the answer where, of every
sentence of the passages ranked, the one closest in meaning to the question is its own: a
paragraph's vector is the mean of its sentences', and the one sentence saying what is asked
("Most of the money came from the county council" after the building's cost) is found when
they are read one at a time."""

from __future__ import annotations

import pytest

from bot.engine.confidence import probability
from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import searcher_for

SCHOOL_STORY = "\n".join(
    [
        "Pinewood Primary School opened its new science wing on Thursday, two years after a fire"
        " destroyed the old laboratories.",
        "Head teacher Ruth Okonjo said the building cost 4 million pounds. Most of the money came"
        " from the county council. The rest was raised by parents at summer fairs and sponsored"
        " walks.",
        "The wing has three laboratories, a greenhouse on the roof and a small observatory.",
        "Some neighbours complained about the noise during the eighteen months of building work.",
    ]
)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("what did the council do for the school", "Most of the money came from the county"),
        ("what did parents do for the school", "raised by parents at summer fairs"),
        # in the middle of the band (0.58), the passage saying "the building", not "the wing"
        ("how much did the wing cost", "the building cost 4 million pounds"),
        ("what was the cost of the wing", "the building cost 4 million pounds"),
    ],
)
def test_the_passage_holding_the_closest_sentence_is_the_answer(
    school: Searcher, question: str, answer: str
) -> None:
    # Before: the closest passages, labelled as such (the model's probability 0.55, 0.58)
    reading = school.confidence_reading(question)
    assert reading is not None
    assert probability(reading[0]) < school.settings.high_confidence
    shown = school.ask(question)
    assert shown.answered, shown.reason
    assert answer in shown.passages[0].text
    assert shown.confidence == "high"


def test_the_setting_at_the_threshold_leaves_the_threshold_alone(school: Searcher) -> None:
    settings = SearchSettings(sentence_vouched_from=school.settings.high_confidence)
    shown = Searcher(school.snapshot, settings).ask("what did the council do for the school")
    assert "Most of the money came from the county" in shown.passages[0].text
    assert shown.confidence == "low"
