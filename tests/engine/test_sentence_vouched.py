"""A passage the confidence model rates just under its threshold is the answer where, of every
sentence of the passages ranked, the one closest in meaning to the question is its own: a
paragraph's vector is the mean of its sentences', and the one sentence saying what is asked
("The lamp was repaired last spring after a storm cracked its lens" among the keeper's years
and the visitors' weekends) is found when they are read one at a time."""

from __future__ import annotations

import pytest

from bot.engine.confidence import probability
from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import searcher_for

LIGHTHOUSE_STORY = "\n".join(
    [
        "The Harbour Trust met on Tuesday to discuss the future of the old lighthouse at Carrow"
        " Point. Members voted to keep it open through the winter.",
        "The lighthouse keeper, Ellen Marsh, has worked at the point for thirty years. The lamp"
        " was repaired last spring after a storm cracked its lens. Visitors can climb the tower"
        " on weekends, and school groups come most Fridays.",
        "Council leader Tom Vance said the trust would seek money from a national heritage fund."
        " “We cannot let the light go dark,” Vance said. He expects a decision by March.",
        "The trust also plans a small museum in the keeper's cottage, with photographs of"
        " shipwrecks along the coast.",
    ]
)

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
def lighthouse() -> Searcher:
    return searcher_for("lighthouse", LIGHTHOUSE_STORY)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    ("story", "question", "answer"),
    [
        ("lighthouse", "what damaged the lamp", "a storm cracked its lens"),
        ("lighthouse", "was the lamp broken", "a storm cracked its lens"),
        ("school", "what happened to the old labs", "a fire destroyed the old laboratories"),
        ("school", "how did parents help", "raised by parents at summer fairs"),
    ],
)
def test_the_passage_holding_the_closest_sentence_is_the_answer(
    story: str, question: str, answer: str, request: pytest.FixtureRequest
) -> None:
    searcher: Searcher = request.getfixturevalue(story)
    # Before: the closest passages, labelled as such (the model's probability 0.59)
    reading = searcher.confidence_reading(question)
    assert reading is not None
    assert probability(reading[0]) < searcher.settings.high_confidence
    shown = searcher.ask(question)
    assert shown.answered, shown.reason
    assert answer in shown.passages[0].text
    assert shown.confidence == "high"


def test_the_setting_at_the_threshold_leaves_the_threshold_alone(lighthouse: Searcher) -> None:
    settings = SearchSettings(sentence_vouched_from=lighthouse.settings.high_confidence)
    shown = Searcher(lighthouse.snapshot, settings).ask("what damaged the lamp")
    assert "a storm cracked its lens" in shown.passages[0].text
    assert shown.confidence == "low"
