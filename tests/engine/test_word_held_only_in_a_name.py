"""A word the passage holds only before the last word of a name ("the State Department")
is no use of it: the name's last word says what it is (a department, no state). A passage
holding the question's words only so ("what did Ruiz say about the state of emergency") holds
nothing asked and is not rated high; the name typed whole is still answered."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FLOOD_STORY = "\n".join(
    [
        "Governor Ana Ruiz toured the flooded town of Port Lema on Tuesday, two days after the "
        "Lema River broke its banks.",
        "“The State Department has promised us help from abroad, and we will take it,” Ruiz said.",
        "“The buses will stop running on the river road until the water goes down,” Ruiz said "
        "of the town's transport.",
        "About 1,200 residents spent the night in the high school gym.",
        "“A state of curfew is not needed here, the people are calm,” said police chief Tom "
        "Brandt.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did ruiz say about the state of emergency",
        "what did the governor say about states of emergency",
    ],
)
def test_a_word_held_only_in_a_name_is_not_answered_with_high_confidence(question: str) -> None:
    searcher = searcher_for("port-lema-flood", FLOOD_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"


def test_the_words_meant_apart_still_answer() -> None:
    searcher = searcher_for("port-lema-flood", FLOOD_STORY)
    answer = searcher.ask("what did ruiz say about the state department")
    assert answer.confidence == "high"
    assert "State Department has promised" in answer.passages[0].text


def test_a_name_typed_short_is_still_the_name() -> None:
    # "help from state" as "sat down in the Oval": the word ends its phrase, the name said short
    searcher = searcher_for("port-lema-flood", FLOOD_STORY)
    answer = searcher.ask("what did ruiz say about getting help from state")
    assert answer.confidence == "high"
    assert "State Department has promised" in answer.passages[0].text
