"""A question asking the view of whoever it is put to ("what would you do about the budget",
"what do you make of the cut") is answered by no passage: the closest are shown low (before:
the passage on the budget was rated high, as if it were the answer). A question asking what
the story says through "you" ("can you tell me what cole said") is still answered high."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council cut the parks budget by a third on Tuesday.",
        "“This budget keeps every library open,” said Mayor Ann Cole of the cut.",
        "“The budget starves the parks,” said council member Raj Patel.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what would you do about the parks budget",
        "what do you make of the parks budget cut",
        "whats your opinion on the parks budget",
    ],
)
def test_your_view_is_not_answered_high(question: str) -> None:
    answer = searcher_for("budget", STORY).ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


def test_what_the_story_says_asked_through_you_still_is() -> None:
    answer = searcher_for("budget", STORY).ask("can you tell me what cole said about the budget")
    assert answer.confidence == "high"
    assert "every library" in answer.passages[0].text
