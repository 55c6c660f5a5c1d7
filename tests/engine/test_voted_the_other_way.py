"""A question whose premise is a vote or a stance the story tells the other way ("why did
Patel vote for the cut" of "Patel, one of the two votes against the cut") is not answered
by that passage as if it gave the reason: shown first, low, where the member reads the
premise is wrong (before: rated high). Asked the right way round, answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council voted 5-2 on Tuesday to cut the parks budget by a third.",
        "“This budget keeps every library open,” said Mayor Ann Cole, who backed the cut.",
        "Council member Raj Patel, one of the two votes against the cut, was blunt. “The budget"
        " starves the parks,” Patel said.",
        "The parks department will close two pools in the summer.",
    ]
)


@pytest.fixture(scope="module")
def budget() -> Searcher:
    return searcher_for("budget", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why did patel vote for the cut",
        "why did patel support the budget cut",
        "why did cole vote against the cut",
    ],
)
def test_a_stance_told_the_other_way_is_not_answered_high(budget: Searcher, question: str) -> None:
    answer = budget.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("why did patel vote against the cut", "starves the parks"),
        ("why did cole back the cut", "every library"),
        # whether, asked: the passage telling the other way is the answer ("no")
        ("did patel vote for the cut", "one of the two votes against"),
    ],
)
def test_the_stance_told_is_still_answered(budget: Searcher, question: str, words: str) -> None:
    answer = budget.ask(question)
    assert answer.confidence == "high", question
    assert words in answer.passages[0].text
