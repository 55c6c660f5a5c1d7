"""Index terms: the same words in passages and questions must meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.text import clean_question, terms, tokens


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
