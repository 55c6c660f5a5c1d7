"""The countries a text names (`Countries.in_text`) read once for the text and whether as
written, and from the words that may start a name only: the same countries, at the same places,
as reading every word of it each time, for every question of tests/data and every paragraph of
the shipped stories, each way of asking, asked again."""

from __future__ import annotations

import pytest

from bot.engine import countries as countries_module
from bot.engine.countries import (
    _CAPITALISED,
    _CAPITALISED_BEFORE,
    _LOOK_BACK,
    _WORD,
    Countries,
    _name_at,
    _tables,
)
from bot.engine.lexicon import WordNet
from tests.engine.stories import questions_in_test_data, shipped_paragraphs


def _every_word_read(
    countries: Countries, text: str, *, cased: bool, people_words: bool
) -> list[tuple[frozenset[int], int, int]]:
    """`in_text` as it was: every word of the text read in turn, each time."""
    tables = _tables(countries._wordnet.directory)
    table = tables.names if cased else tables.lower
    words = list((_CAPITALISED if cased else _WORD).finditer(text))
    found: list[tuple[frozenset[int], int, int]] = []
    at = 0
    while at < len(words):
        if words[at].group().lower().rstrip(".") not in tables.longest:
            at += 1
            continue
        match = _name_at(text, words, at, table, tables.longest, cased=cased)
        if match is None:
            at += 1
            continue
        name, end = match
        start = words[at].start()
        if (people_words or name not in tables.people_words) and not (
            cased and _CAPITALISED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        ):
            found.append((table[name], start, words[end - 1].end()))
        at = end
    return found


def _texts() -> list[str]:
    texts = [
        "what did the U.S. say about El Salvador and the salvadoran president?",
        "Did New Mexico or San Salvador say anything? the american and the Mexican envoys",
        "tell us what the UK and the United States of America said. British hauliers?",
        "the U.S.",
        "",
    ]
    return texts + questions_in_test_data() + shipped_paragraphs()


def test_the_countries_found_are_those_of_every_word_read(wordnet: WordNet) -> None:
    texts = _texts()
    assert len(texts) > 1_000
    countries = Countries(wordnet)
    named = 0
    for _ in range(2):  # the second time from what was kept
        for text in texts:
            for cased in (True, False):
                for people_words in (True, False):
                    found = countries.in_text(text, cased=cased, people_words=people_words)
                    expected = _every_word_read(
                        countries, text, cased=cased, people_words=people_words
                    )
                    assert found == expected, (text, cased, people_words)
                    named += bool(found)
    assert named > 100  # texts naming countries, not only texts naming none


def test_a_full_store_starts_over(wordnet: WordNet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(countries_module, "_NAMED_KEPT", 3)
    countries = Countries(wordnet)
    texts = [f"what did the U.S. and El Salvador say on day {n}?" for n in range(10)]
    for text in texts * 2:
        assert countries.in_text(text, cased=False) == _every_word_read(
            countries, text, cased=False, people_words=True
        )
        assert len(countries._named) <= 3
