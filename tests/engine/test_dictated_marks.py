""" "what did ellis say question mark": a mark said aloud to a phone's dictation is typed as its
words. Read as words, "mark" was a topic the story never uses, and the right passage was
rated low; now the words are the mark where they end the message or a question follows them
(`chat._DICTATED_MARK`), and stay words where a word before them makes them a noun ("a
question mark over ...")."""

from __future__ import annotations

import pytest

from bot.engine.search.reading import as_searched
from tests.engine.stories import searcher_for

POOL_STORY = "\n".join(
    [
        "The Tarrow council voted 5-2 on Tuesday to close the riverside pool for the summer.",
        "“We cannot pay for the repairs this year,” Mayor Lena Ortiz, 52, said.",
        "Councillor Dan Ellis voted against the closure. “Families will have nowhere to swim,”"
        " Ellis said.",
        "The pool opened in 1974 and was last repaired in 2009, when the state paid $2 million"
        " for a new roof.",
        "Tarrow, a river town of 14,000 people, has had no other public pool since 1990.",
        "Residents plan to petition the council to reopen it next year.",
    ]
)


def test_a_dictated_question_mark_is_read_as_the_mark() -> None:
    answer = searcher_for("pool", POOL_STORY).ask("what did ellis say question mark")
    assert answer.confidence == "high"
    assert answer.asked_speaker == "Dan Ellis"
    assert "nowhere to swim" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("what did ellis say question mark", "what did ellis say?"),
        (
            "what did ellis say question mark and what did the mayor say question mark",
            "what did ellis say? and what did the mayor say?",
        ),
        ("is the pool closing exclamation point lol", "is the pool closing! lol"),
        ("why is it closing question mark 😭", "why is it closing? 😭"),
        # a noun: a word before it determines or describes it, or words go on after it
        ("is there a question mark over the pool", "is there a question mark over the pool"),
        ("is that a big question mark", "is that a big question mark"),
    ],
)
def test_dictated_marks_as_searched(typed: str, searched: str) -> None:
    assert as_searched(typed) == searched
