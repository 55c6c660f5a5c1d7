""" "How is the council getting around the ruling", "how can they ignore the court", "how do
they get away with it": the grounds they go by, a reason asked (bot/engine/reasons.py,
`_ASKS_REASON`), as "how does he argue" is. A passage telling only that someone refuses despite
the ruling, which holds the question's words but no ground, is not vouched for as the answer;
"how far did they get around the lake" asks no reason."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_reason
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The long feud between the Harlow county board and the Pell's Point fishermen flared"
        " again on Friday at the courthouse.",
        "The board has sparred with the fishing families over the old ferry landing for years.",
        "The county was ordered last month to reopen the landing to the public, after a ruling"
        " in the fishermen's favour.",
        "But on Friday, board chair Rhoda Vance said it would be “ridiculous” for her to reopen"
        " the landing despite a unanimous Supreme Court ruling.",
        "“How can I open a dock that is falling apart?” Vance said. “I don't have the money to"
        " fix it.”",
        "Members of the board, including treasurer Carl Dunn, described the Supreme Court ruling"
        " as a win and said it did not bind them because the court has no say over private"
        " docks.",
        "The landing was built in 1902 and has been closed since a storm in 2019.",
        "Fishermen who used the landing said they would keep pressing the board.",
        "“We have waited five years,” said Mae Oduya, who fishes from the point.",
        "The board meets again in June, and the state government has stayed out of the feud.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how is the government getting around the SCOTUS ruling on the landing if it was"
        " unanimous?",
    ],
)
def test_getting_around_a_ruling_is_not_answered_by_a_refusal_despite_it(
    ferry: Searcher, question: str
) -> None:
    # before, the chair's "ridiculous ... despite a unanimous Supreme Court ruling", which
    # gives no ground, came first rated high
    answer = ferry.ask(question)
    assert answer.answered
    assert answer.confidence == "low" or "no say over" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how is the govt getting around the court ruling", True),
        ("how do they get away with it", True),
        ("how can the board ignore the court", True),
        ("How is the mayor sidestepping the order?", True),
        ("how far did they get around the lake", False),
        ("how did the fishermen get to the landing", False),
        ("how many people ignored the order", False),
    ],
)
def test_how_someone_gets_around_something_asks_a_reason(question: str, asked: bool) -> None:
    assert asks_reason(question) is asked
