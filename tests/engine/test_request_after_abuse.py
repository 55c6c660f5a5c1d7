"""A request for someone's words opened by "just" ("just tell me what Cole said about the
budget") or set off after words of abuse or impatience ("stupid bot, just tell me what Cole
said ...", "ugh, can you just tell me what ...") asks Cole's words, as "tell me what Cole said"
does (before: no speaker was read, the passages were anyone's)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council cut the parks budget by a third on Tuesday.",
        "“This budget keeps every library open,” said Mayor Ann Cole of the cut.",
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
        "tell me what cole said about the budget",
        "just tell me what cole said about the budget",
        "stupid bot, just tell me what cole said about the budget",
        "useless thing, tell me what cole said about the budget",
        "ugh, can you just tell me what cole said about the budget",
    ],
)
def test_the_words_asked_are_coles(budget: Searcher, question: str) -> None:
    answer = budget.ask(question)
    assert answer.asked_speaker is not None and "Cole" in answer.asked_speaker, question
    assert "every library" in answer.passages[0].text
