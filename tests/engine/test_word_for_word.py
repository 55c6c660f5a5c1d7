""" "HRW's read on Bukele since 2019 — what does their analysis say, word for word": "word for
word" (and "verbatim") says the form the answer is wanted in, a quotation as the story has it,
and is no topic a passage must hold; read as one, it left no topic word held and the right
passage, first, was rated low (fresh-67 s04). "need it verbatim for the graf" was read so
already, as a need; now the words are read so wherever they stand."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BUDGET_STORY = "\n".join(
    [
        "The city council passed its budget on Thursday after a four-hour hearing.",
        "“This budget keeps every library open and fixes the roads we have ignored,” Mayor"
        " Lena Ortiz said.",
        "Councilman Paul Brandt voted against it. “We are borrowing against our children,”"
        " Brandt said.",
        "The budget adds $4 million for road repairs.",
    ]
)


@pytest.fixture(scope="module")
def budget():  # type: ignore[no-untyped-def]
    return searcher_for("budget", BUDGET_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: first, low
        "Brandt's read on the borrowing — what did he say, word for word",
        "what did brandt say, word for word",
        "what did brandt say verbatim",
        # a guard, as on main: high with a topic held besides
        "brandt on borrowing - word for word pls",
    ],
)
def test_word_for_word_is_no_topic(budget, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = budget.ask(typed)
    assert answer.asked_speaker == "Paul Brandt"
    assert answer.confidence == "high"
    assert "borrowing against our children" in answer.passages[0].text
