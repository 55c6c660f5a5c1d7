"""A question asking of someone by their relation to a person it names ("did kowal's husband
reopen the bakery") of a story that never tells of anyone so related: what the story tells of
the person named, or of someone else, answers nothing asked of the one asked of. On a story
of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BAKERY_STORY = "\n".join(
    [
        "The Kowal bakery on Pine Street burned down in January.",
        "Owner Anna Kowal had run the bakery for twenty years.",
        "Her sister, Marta Kowal, reopened the bakery in a rented kitchen in June.",
        "Firefighters said an old oven started the blaze.",
        "Kowal's customers raised $30,000 to help rebuild.",
    ]
)


@pytest.fixture(scope="module")
def bakery() -> Searcher:
    return searcher_for("bakery", BAKERY_STORY)


@pytest.mark.parametrize(
    "question", ["did kowal's husband reopen the bakery", "has kowal's lawyer reopened the bakery"]
)
def test_a_relation_never_told_of_is_held_low(bakery: Searcher, question: str) -> None:
    # before: high on her sister's reopening (the story names no husband, no lawyer)
    answer = bakery.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "question", ["did kowal's sister reopen the bakery", "did kowal reopen the bakery"]
)
def test_a_relation_the_story_names_stays_high(bakery: Searcher, question: str) -> None:
    answer = bakery.ask(question)
    assert answer.answered, answer.reason
    assert "reopened the bakery" in answer.passages[0].text
    assert answer.confidence == "high"
