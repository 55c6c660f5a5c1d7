"""A time to come as news gives a change scheduled, in the present tense, on a story of its
own: "the new toll takes effect on March 3", "the ban begins in May" answer "when does the toll
start" as "will start on March 3" would (gone by, it "took effect"), not a passage holding
"will" and a day gone by."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, holds_kind
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOLL_STORY = "\n".join(
    [
        "The Ashby county board voted on Monday to charge a toll on the old river bridge.",
        "Commuters from the east bank will pay the new toll every day, the board said on Monday.",
        "The new toll takes effect on March 3. The board plans a review after a year.",
        "Board member Lena Ortiz voted against the toll.",
    ]
)


@pytest.fixture(scope="module")
def toll() -> Searcher:
    return searcher_for("toll", TOLL_STORY)


@pytest.mark.parametrize(
    "text",
    [
        "The new toll takes effect on March 3.",
        "The ban begins in June.",
        "The law goes into effect on July 1.",
        "The rule comes into force in 2027.",
    ],
)
def test_a_change_scheduled_in_the_present_is_a_time_to_come(text: str) -> None:
    assert holds_kind(AnswerKind.FUTURE, text)


@pytest.mark.parametrize(
    "text", ["The new toll took effect on March 3.", "The ban began in May after a vote."]
)
def test_one_gone_by_is_not(text: str) -> None:
    assert not holds_kind(AnswerKind.FUTURE, text)


def test_when_the_toll_starts_is_its_scheduled_day(toll: Searcher) -> None:
    # before: the passage holding "will" and "Monday" first, held low
    answer = toll.ask("when does the new toll start")
    assert "March 3" in answer.passages[0].text
