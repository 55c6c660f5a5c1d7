""" "The exact words X used about Y" asks for X's words: the words someone used, chose or
spoke are theirs (before, no one's words were read in it, and the answer was low)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council passed its budget on Tuesday after a long night.",
        "“This budget keeps every library open,” said Mayor Ann Cole.",
        "“The budget starves the parks,” said council member Raj Patel.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "give me the exact words patel used about the budget",
        "i want the words that patel chose on the budget",
    ],
)
def test_the_words_someone_used_are_theirs(question: str) -> None:
    answer = searcher_for("budget", STORY).ask(question)
    assert answer.asked_speaker == "Raj Patel"
    assert "starves the parks" in answer.passages[0].text
