"""A question naming the part of a date it asks for ("what year", "which month", "what day")
is answered by a passage holding that part: "on Sunday" is a date, but says no year. On a
story of its own, where the passage on the meeting gives its day and the one on their first
meeting its year."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import asked_date_part, holds_date_part
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Mayor Ines Calder met the ferry company's owner, Piet Aalders, at the town hall on "
        "Sunday to talk about the pier.",
        "The two first met in 2015, when Aalders bought the ferry line from the town.",
        "Calder said the talks would go on through the winter.",
        "Aalders said the company had lost money every winter since the pier was built.",
        "Harbour master Lena Osei said the ferry would run from the north quay in March.",
        "“Tickets stay the same price,” Osei said.",
        "The council will vote on the repairs in the spring.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # the meeting's own passage says "on Sunday", and named both of them ranked it first
        ("what year did calder meet aalders", "in 2015"),
        ("in what year did the mayor and the ferry owner meet", "in 2015"),
        # a year is a date too, but no month
        ("which month does the ferry move", "in March"),
        ("what day did calder meet aalders", "on Sunday"),
    ],
)
def test_the_passage_holding_the_part_of_the_date_asked_comes_first(
    ferry: Searcher, question: str, shown: str
) -> None:
    answer = ferry.ask(question)
    assert answer.answered and shown in answer.passages[0].text


@pytest.mark.parametrize(
    ("text", "part", "held"),
    [
        ("met at the town hall on Sunday", "year", False),
        ("first met in 2015", "year", True),
        ("said on April 7", "day", True),
        ("said last week", "day", False),
        ("enacted in March 2022", "month", True),
        ("the 250 men held since 2019", "month", False),
    ],
)
def test_the_part_of_a_date_a_passage_holds(text: str, part: str, held: bool) -> None:
    assert holds_date_part(part, text) is held


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("what year did they first meet", "year"),
        ("What day of the week was the meeting", "day"),
        ("which months does the ferry run", "month"),
        ("when did they meet", None),
        ("what time does the ferry leave", None),
    ],
)
def test_the_part_of_a_date_a_question_asks_for(question: str, part: str | None) -> None:
    assert asked_date_part(question) == part
