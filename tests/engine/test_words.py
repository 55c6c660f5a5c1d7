"""The word lists' dictionary: lemminflect's lemma table read our own (faster) way."""

from __future__ import annotations

import lemminflect
import pytest

from bot.engine import words
from bot.engine.words import _lemma_overrides, _lemma_table, all_lemmas


def test_all_lemmas_equals_lemminflect_for_every_word() -> None:
    """Every word of lemminflect's table and of its overrides, written in each of the three
    ways it applies capitals to, and words it does not know; the parts of speech in its order
    too (the stemmer takes a word's first lemma)."""
    lines, _ = _lemma_table()
    words = sorted({line.split(",")[0] for line in lines} | set(_lemma_overrides()))
    assert len(words) > 60_000
    asked = [*words, *(w.capitalize() for w in words[::7]), *(w.upper() for w in words[::11])]
    asked += ["met", "Met", "MET", "said", "lives", "left", "zzqxv", "", "'d", "o'clock"]
    asked += ["a,noun", "be,", ",", "ab", "a'"]  # a comma, prefixes of the table's words
    different = [
        w for w in asked if list(all_lemmas(w).items()) != list(lemminflect.getAllLemmas(w).items())
    ]
    assert different == []
    assert all_lemmas("met") == {"VERB": ("meet",)}


def test_all_lemmas_returns_a_new_dict_each_time() -> None:
    first = all_lemmas("said")
    first["VERB"] = ("changed",)
    assert all_lemmas("said") != first


def test_all_lemmas_remembered_are_lemminflects_asked_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Remembered by the word as typed: asked again (from what was kept, and after a full
    store starts over) the same as lemminflect's, each a dict of its own."""
    monkeypatch.setattr(words, "_ALL_LEMMAS", {})
    monkeypatch.setattr(words, "_ALL_LEMMAS_KEPT", 50)
    lines, _ = _lemma_table()
    asked = sorted({line.split(",")[0] for line in lines})[::400]
    asked += ["Met", "MET", "met", "Said", "lives", "zzqxv", "", "o'clock"]
    for _ in range(3):
        for word in asked:
            found = all_lemmas(word)
            assert list(found.items()) == list(lemminflect.getAllLemmas(word).items()), word
            found.clear()  # the caller's own dict
            assert len(words._ALL_LEMMAS) <= 50
