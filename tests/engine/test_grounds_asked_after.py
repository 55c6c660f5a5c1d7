"""A later part of a message asking only for the grounds of what the part before asks ("What's
the basis?", "whats the evidence", "what's that based on") is asked of that part's topic: it
has none of its own, so the passage vouched for the part before answers it too, though the
story never uses some of that part's words (found there through the words the story uses)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HOUSING_STORY = "\n".join(
    [
        "The city council voted on Monday to buy the Eastgate towers from their owner, "
        "Brightline Homes, for 40 million dollars.",
        "Mayor Carla Ruiz said the purchase would keep rents low for the 900 families there.",
        "According to the Eastgate Tenants Union, Brightline has evicted 300 families since "
        "2021, though only 12 were behind on rent, raising concerns over unfair evictions.",
        "Brightline said it had followed the law in every case.",
        "The towers were built in 1968 and need new lifts and windows.",
        "The council will vote on the repairs in the spring.",
        "Residents cheered outside city hall after the vote.",
        "A new tenants' board will help run the towers from next year.",
        "Ruiz said the city would not raise rents for five years.",
        "The sale is expected to close in August.",
        "Brightline owns four other buildings in the city.",
    ]
)


@pytest.fixture(scope="module")
def housing() -> Searcher:
    return searcher_for("housing", HOUSING_STORY)


@pytest.mark.parametrize(
    "grounds", ["What's the basis?", "whats the evidence", "what is that based on"]
)
def test_the_grounds_asked_after_a_question_are_of_its_topic(
    housing: Searcher, grounds: str
) -> None:
    answer = housing.ask(f"Why is the tenants union worried about unfair evictions? {grounds}")
    assert answer.answered, answer.reason
    assert "raising concerns over unfair evictions" in answer.passages[0].text
    assert answer.confidence == "high"
