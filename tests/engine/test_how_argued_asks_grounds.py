""" "How does the mayor argue he can keep it", "how are they arguing they need not ...": on what
grounds, a reason asked (bot/engine/reasons.py, `_ASKS_REASON`), as "how did he justify" is.
A passage telling only what they refuse, and no ground for it, is not vouched for as the
answer; "how long did they argue" asks no reason."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_reason
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STATUE_STORY = "\n".join(
    [
        "Harwick was ordered by a county court last month to hand the old bronze statue back"
        " to the Ruiz family.",
        "But on Tuesday, Mayor Tom Hale said it would be “absurd” for the town to give the"
        " statue back despite the court order.",
        "“Why would I give away the town's heart?” Hale said, adding that the statue would stay"
        " in the square. “I have no authority to sell town property.”",
        "The statue was cast in 1890 and stands in the main square.",
        "“We will appeal,” said the town's lawyer, Ada Finch.",
    ]
)


@pytest.fixture(scope="module")
def statue() -> Searcher:
    return searcher_for("statue", STATUE_STORY)


def test_how_someone_argues_is_not_answered_by_what_they_refuse(statue: Searcher) -> None:
    # before, the "absurd" passage, which gives no ground, came first rated high
    answer = statue.ask("how does the mayor argue he can keep the statue despite the ruling?")
    assert answer.answered
    assert answer.confidence == "low" or "no authority" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("how is the council arguing it owes nothing", True),
        ("How did the lawyer argue the order was void?", True),
        ("how long did they argue about the statue", False),
        ("how often do the two argue", False),
    ],
)
def test_how_argued_asks_a_reason(question: str, asked: bool) -> None:
    assert asks_reason(question) is asked
