"""A question asking for a verdict ("should the budget be cut", "is Cole a good mayor", "was
it wrong to cut the parks budget", "who's right, Cole or Patel") asks what the story cannot
settle: it tells who said what, and the closest passages are shown low (before: the passage
on the topic was rated high, as if it gave the verdict). A question of fact in the same words
("did the council cut the parks budget", "is that right") is still answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council cut the parks budget by a third on Tuesday.",
        "“This budget keeps every library open,” said Mayor Ann Cole of the cut.",
        "“The budget starves the parks,” said council member Raj Patel.",
        "Cole has led the town since 2019, and she won a second term as mayor last year.",
        "The parks department will close two pools in the summer.",
    ]
)


@pytest.fixture(scope="module")
def budget() -> Searcher:
    return searcher_for("budget", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "should the parks budget be cut",
        "is cole a good mayor",
        "was it wrong to cut the parks budget",
        "was the council right to cut the parks budget",
        "who's right about the parks budget, cole or patel",
    ],
)
def test_a_verdict_is_not_answered_high(budget: Searcher, question: str) -> None:
    answer = budget.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("did the council cut the parks budget", "by a third"),
        ("what did cole say about the parks budget", "every library"),
        ("when did cole win a second term", "since 2019"),
        ("is cole the mayor", "since 2019"),
        ("what will the parks department close", "two pools"),
    ],
)
def test_a_question_of_fact_is_still_answered(budget: Searcher, question: str, words: str) -> None:
    answer = budget.ask(question)
    assert answer.confidence == "high", question
    assert words in answer.passages[0].text
