"""A message pasting someone's words, its last quotation closed after its full stop
("“... open,” said Mayor Cole. “We will not close a branch.” what did patel say"), then asking:
the question starts after the closing quotation mark, as after a full stop (before: the
message was read as one sentence, no speaker read, and the pasted passage of Cole's came
first, high, for a question of Patel's words)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council cut the parks budget by a third on Tuesday.",
        "“This budget keeps every library open,” said Mayor Ann Cole of the cut. “We will not"
        " close a single branch.”",
        "“The budget starves the parks,” said council member Raj Patel.",
        "The parks department will close two pools in the summer.",
    ]
)


@pytest.fixture(scope="module")
def budget() -> Searcher:
    return searcher_for("budget", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "“This budget keeps every library open,” said Mayor Ann Cole. “We will not close a"
        " single branch.” what did patel say",
        '"This budget keeps every library open," said Cole. "We will not close a single'
        ' branch." So what did patel say about the budget?',
    ],
)
def test_the_question_after_the_pasted_words_is_read(budget: Searcher, question: str) -> None:
    answer = budget.ask(question)
    assert answer.asked_speaker is not None and "Patel" in answer.asked_speaker
    assert "starves the parks" in answer.passages[0].text
