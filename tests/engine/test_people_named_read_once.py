"""The countries a text names by their people's words (`Countries.people_named`) read once a
text and kept, each word's terms read once (two words' together only where more than white
space stands between them): the same countries, at the same places, as reading the text word
by word, each pair of words' text anew, each time, for every question of tests/data and every
paragraph of the shipped stories, asked again; a caller changing the list it is given changes
nothing kept. And (13p50l) a word of one term no people's word opens with, white space or
nothing after it, passed over at once: the same countries, at the same places."""

from __future__ import annotations

import pytest

from bot.engine import countries as countries_module
from bot.engine.countries import _WORD, Countries, _tables
from bot.engine.lexicon import WordNet
from bot.engine.text import terms
from tests.engine.stories import questions_in_test_data, shipped_paragraphs


def _read_word_by_word(countries: Countries, text: str) -> list[tuple[frozenset[int], int, int]]:
    """`people_named` as it was: the text read word by word, each time."""
    by_terms = _tables(countries._wordnet.directory).people_by_terms
    words = list(_WORD.finditer(text))
    found: list[tuple[frozenset[int], int, int]] = []
    at = 0
    while at < len(words):
        for count in (2, 1):
            run = words[at : at + count]
            if len(run) < count:
                continue
            key = tuple(terms(text[run[0].start() : run[-1].end()]))
            named = by_terms.get(key) if len(key) == count else None
            if named is not None:
                break
        else:
            at += 1
            continue
        if not (at and countries._in_a_compound(words[at - 1].group(), run[0].group())):
            found.append((named, run[0].start(), run[-1].end()))
        at += count
    return found


def _texts() -> list[str]:
    texts = [
        "what did the Salvadoran president and the salvadorans say? British hauliers, Brits",
        "the Latin American and African Americans, the central American envoy; Americans",
        "Chinese and chinese officials, the Mexican and the mexicans. British",
        "Salvadorans",
        "",
        # what stands between two words: white space of any kind, marks, nothing a word holds
        "the U.S.-Mexican border, the Latin  American and Latin\nAmerican, Latin\u00a0American",
        "New Zealanders and New\tZealanders; the South African's and South-African envoys",
        "the African\u2013American and African\u2014American, Latin\u2011American, St.Lucian",
        "the Salvadoran’s and Salvadoran's words, “Salvadoran” and 'British' hauliers",
        "SALVADORAN PRESIDENT, the britiSH, U.K. and the U.S. British-American ties",
        # words of no term or of several, before and after a people's word; one at the end
        "the the British, Mr.Smith British and British Mr.Smith, of the Latin Americans",
        "Gen.Salvadoran Latin, British.Salvadoran, a.b.c Mexican, Mexican",
        "Latin",
        "British",
        "sans British people and British peoples",
    ]
    return texts + questions_in_test_data() + shipped_paragraphs()


def test_the_people_named_are_those_of_the_text_read_word_by_word(wordnet: WordNet) -> None:
    texts = _texts()
    assert len(texts) > 1_000
    countries = Countries(wordnet)
    named = 0
    for _ in range(2):  # the second time from what was kept
        for text in texts:
            found = countries.people_named(text)
            assert found == _read_word_by_word(countries, text), text
            named += bool(found)
            found.clear()  # the caller's list: not what is kept
            found.append((frozenset({0}), 0, 0))
    assert named > 100  # texts naming a country's people, not only texts naming none


def test_the_words_people_s_words_open_with_are_their_keys_first_terms(wordnet: WordNet) -> None:
    tables = _tables(wordnet.directory)
    assert tables.people_term_starts == {key[0] for key in tables.people_by_terms}
    assert {"salvadoran", "british"} <= tables.people_term_starts
    assert "presid" not in tables.people_term_starts


def test_a_full_store_starts_over(wordnet: WordNet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(countries_module, "_NAMED_KEPT", 3)
    countries = Countries(wordnet)
    texts = [f"what did the Salvadoran and the British envoys say on day {n}?" for n in range(10)]
    for text in texts * 2:
        assert countries.people_named(text) == _read_word_by_word(countries, text)
        assert len(countries._people_named) <= 3
