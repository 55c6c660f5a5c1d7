"""Index terms: the same words in passages and questions must meet."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.text import _FOLD, clean_question, fold_marks, terms, tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("met", "meet"),
        ("said", "says"),
        ("told", "tell"),
        ("returning", "return"),
        ("Trump’s", "trump"),
        ("Trump‘s", "Trump's"),
        ("deterrent", "deterrence"),
        ("sought", "seeking"),
    ],
)
def test_forms_of_a_word_share_a_term(a: str, b: str) -> None:
    assert terms(a) == terms(b) != []


def test_stop_words_and_punctuation_are_dropped() -> None:
    assert terms("What is the population of El Salvador?") == ["popul", "el", "salvador"]


def test_acronyms_survive_even_when_they_spell_a_stop_word() -> None:
    assert terms("the U.S. and the US") == ["us", "us"]
    assert terms("give it to us") == ["give"]


def test_numbers_keep_their_digits() -> None:
    assert terms("detained 85,000 people for $6 million") == [
        "detain",
        "85000",
        "peopl",
        "6",
        "million",
    ]


def test_token_offsets_point_at_the_words() -> None:
    text = "“How can I smuggle a terrorist?” Bukele said."
    for token in tokens(text):
        assert terms(text[token.start : token.end]) == [token.term]


def test_questions_lose_control_and_invisible_characters() -> None:
    assert clean_question("  what\u200b did\x00 he\n\n say\u202e? ") == "what did he say ?"


@given(st.text(alphabet=st.sampled_from("aZ's.,-’“ 1é\u00a0\u2014U.S.doesn'tTheMet"), max_size=40))
def test_terms_are_the_terms_of_the_tokens(text: str) -> None:
    assert terms(text) == [t.term for t in tokens(text)]


# Every mark `fold_marks` folds, beside plain text, other characters beyond ASCII and the
# folded characters themselves
_MARKS = "".join(map(chr, _FOLD)) + "aZ '\"- é🙂ſİ"


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(_MARKS), max_size=30) | st.text(max_size=30))
def test_marks_are_folded_as_by_the_fold_table(text: str) -> None:
    """`fold_marks` replaces only the marks a text holds: the same text as `str.translate`
    with the table, every character in its place."""
    assert fold_marks(text) == text.translate(_FOLD)
    assert len(fold_marks(text)) == len(text)
