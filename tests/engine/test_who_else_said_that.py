"""A follow-up asking who else said it ("who else said that", "did anyone else say something
like that") means the words the answer before quoted: someone else's passage on them first,
and none vouched for as the same thing said (before: a passage of whatever the question's
few words found, rated high)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_in_turn, searcher_for

MARKET_STORY = "\n".join(
    [
        "The Dunmore town board voted on Monday to move the Saturday farmers market from the"
        " square to the fairgrounds, starting in May.",
        "Board member Alma Reyes said the square had become unsafe on market days. “Cars and"
        " strollers are fighting over the same narrow lane,” Reyes said.",
        "Farmer Tobias Lund, who has sold apples at the market for twenty years, said he would"
        " follow it. “The fairgrounds have parking for everybody and room for more stalls,”"
        " Lund said.",
        "Shop owner Nina Walsh said the move would empty the square. “Half my Saturday"
        " customers come for the market and stay for coffee,” Walsh said.",
        "Baker Omar Price agreed with Reyes about the lane. “Every Saturday I watch a stroller"
        " squeeze past a delivery van in that narrow lane,” he said.",
    ]
)


@pytest.fixture(scope="module")
def market() -> Searcher:
    return searcher_for("market", MARKET_STORY)


@pytest.mark.parametrize(
    "again",
    ["did anyone else say that", "who else said something like that", "who else made that point"],
)
def test_someone_elses_words_on_it_first(market: Searcher, again: str) -> None:
    answer = asked_in_turn(market, "what did reyes say", again)
    assert answer.answered, again
    assert answer.confidence == "low", again
    assert {str(q.speaker) for q in answer.passages[0].quotes} == {"Omar Price"}, again


def test_words_no_one_else_said_are_not_vouched_for(market: Searcher) -> None:
    answer = asked_in_turn(market, "what did walsh say", "who else said that")
    assert answer.answered
    assert answer.confidence == "low"
    assert all("Nina Walsh" not in str(q.speaker) for q in answer.passages[0].quotes)
