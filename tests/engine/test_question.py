"""Reading questions: the shortcuts taken before the costly patterns never change a reading."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.question import _ASKS_X_WORDS, _X_WORDS_TAIL, QuestionKind, read_question
from bot.engine.snapshot import IndexSnapshot

PIECES = [
    *"Bukele Trump what was the Cornell professor views on comments Remarks QUOTES take".split(),
    *["'", "’", "'s", "’s", "s", " ", "  ", "\n", "-", ".", "?", "ſ", "ı", "é", "2021"],
]
NOUNS = ["comment", "comments", "REMARKS", "view", "views", "Take", "response", "words", "word"]
some_pieces = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@st.composite
def x_words_questions(draw: st.DrawFn) -> str:
    """Near "<who>'s <noun of speech>": most match _ASKS_X_WORDS, some just miss it."""
    parts = (
        draw(some_pieces),
        draw(st.sampled_from(["'", "’", "‘", ""])),
        draw(st.sampled_from(["s", "S", "ſ", ""])),
        draw(st.sampled_from([" ", "\t", "  ", ""])),
        draw(st.sampled_from(NOUNS)),
        draw(some_pieces),
    )
    return "".join(parts)


questions = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join), x_words_questions()
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=questions)
def test_asks_x_words_only_matches_where_its_tail_does(question: str) -> None:
    if _ASKS_X_WORDS.search(question):
        assert _X_WORDS_TAIL.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "did Bukele call himself a king, or was that someone else?",
        "Did Leavitt say that or somebody else?",
        "did Miller tell reporters about the deal or did someone else",
    ],
)
def test_a_question_doubting_the_speaker_asks_who_said_it(
    question: str, story_snapshot: IndexSnapshot
) -> None:
    read = read_question(question, story_snapshot.people)
    assert read.kind is QuestionKind.WHO_SAID and not read.speakers
