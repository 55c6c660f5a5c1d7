"""A yes/no question asks whether someone it names did or is something: a passage telling it
of someone else, naming neither them nor pointing back at them, is not the answer, however
much of the rest it holds ("did ortiz sell the dairy farm" of "Farmer Hal Brenner sold his
dairy farm"). A name most of the story's passages use is no telling word of the topic, so the
passage's share of the topic did not miss it. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "The town of Alder Creek held its spring meeting on Tuesday night.",
        "Mayor Lena Ortiz opened the meeting with a report on the town's roads.",
        "Ortiz said the repairs to Main Street would finish by June.",
        "Farmer Hal Brenner sold his dairy farm to a solar company in March.",
        "Ortiz has led the town since 2018 and faces reelection in the fall.",
        "The library will stay open on Sundays, Ortiz told residents.",
        "The mayor vetoed the downtown parking plan last year.",
        "Ortiz praised the volunteers who cleaned the river banks.",
        "She also cut the ribbon on the new footbridge over the creek.",
        "Residents asked Ortiz about the price of water.",
        "The school board will meet again in May.",
        "Ortiz closed the meeting shortly before ten.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


@pytest.mark.parametrize(
    "question", ["did ortiz sell the dairy farm", "has ortiz sold her farm to a solar company"]
)
def test_a_deed_of_someone_else_is_held_low(town: Searcher, question: str) -> None:
    # before: high on Brenner's sale ("Ortiz" is in most paragraphs: no telling word)
    answer = town.ask(question)
    assert answer.answered, answer.reason
    assert "Brenner" in answer.passages[0].text
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("did brenner sell the dairy farm", "Brenner sold"),  # the one asked of, by name
        ("did ortiz veto the parking plan", "The mayor vetoed"),  # by her role
        ("is ortiz facing reelection", "faces reelection"),
        # one of two joined is named there
        ("did ortiz or brenner sell the dairy farm", "Brenner sold"),
    ],
)
def test_the_one_asked_of_named_stays_high(town: Searcher, question: str, words: str) -> None:
    answer = town.ask(question)
    assert answer.answered, answer.reason
    assert words in answer.passages[0].text
    assert answer.confidence == "high"
