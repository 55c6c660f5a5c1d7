"""13p50g: what a question read twice now reads once, with the same results: the spans of
asking for someone's words from one start of a text (`question._asking_spans`, read by the
question's reading and again by whose words it asks), and a stored row of a term most
passages hold (`rows._KeptRows`: every stored row is a frequent term's and every frequent
term's is stored, so a stored index does not ask whether the term is frequent first)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given

from bot.engine import question
from bot.engine.index import BM25Index
from bot.engine.index.rows import _KeptRows
from tests.engine.stories import questions_in_test_data
from tests.engine.test_index import FAST, corpora, stored_rows, zipf_corpus


def test_whose_words_a_question_asks_reads_the_asking_spans_its_reading_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "what did the ferry pilot of Carrow say": the question's reading finds the verb of
    saying; whose words it asks (`speaker_words_asked`, which the searcher asks after the
    reading) finds it again from the same start: read once, the same words."""
    typed = "what did the ferry pilot of Carrow say about the tides?"
    question._asking_spans.cache_clear()
    question._speaker_spans.cache_clear()
    calls: list[int] = []
    real = question._first_speech_verb

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(question, "_first_speech_verb", counted)
    question.read_question(typed, [])
    read = len(calls)
    assert read >= 1
    assert question.speaker_words_asked(typed) == "the ferry pilot of Carrow"
    assert len(calls) == read  # no verb of saying looked for again
    question._asking_spans.cache_clear()  # other tests count what a text's first reading reads
    question._speaker_spans.cache_clear()


def test_the_asking_spans_remembered_are_the_ones_read_afresh() -> None:
    """Every question of tests/data, from its start and from where a source set off before
    it ends: the spans remembered are the ones worked out again, and whose words each asks
    is the same read with them or without."""
    texts = questions_in_test_data()
    assert len(texts) > 1000
    for typed in texts:
        start, past_source = question._asked_from(typed)
        for at in (start, past_source):
            if at is None:
                continue
            fresh = question._asking_spans.__wrapped__(typed, at)
            assert question._asking_spans(typed, at) == fresh, typed
            assert question._asking_spans(typed, at) == fresh, typed
    question._asking_spans.cache_clear()


def _old_kept_row(rows: _KeptRows, t: int) -> object:
    """`_kept_row` of a stored index as it read before: whether the term is frequent first."""
    if not rows.frequent(t):
        return None
    assert rows._stored is not None
    at = rows._stored_at.get(t)
    return None if at is None else rows._stored[at]


def _same_rows(index: BM25Index) -> None:
    for rows in (index._rows, index._frequencies):
        for t in range(len(index._postings.terms)):
            want = _old_kept_row(rows, t)
            for got in (rows._kept_row(t), rows._kept_or_stored(t), rows.kept(t)):
                if want is None:
                    assert got is None
                else:
                    assert got is not None
                    assert got.tobytes() == want.tobytes()  # type: ignore[attr-defined]


@FAST
@given(corpus=corpora)
def test_a_stored_row_is_read_as_before_without_asking_if_the_term_is_frequent(
    corpus: list[list[str]],
) -> None:
    """Every term of every index hypothesis makes (common words, rare ones, one passage), its
    stored rows read with the frequency test first and without: the same row or None."""
    made = BM25Index.build(corpus)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    _same_rows(stored)


def test_a_stored_row_is_read_without_asking_if_the_term_is_frequent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A corpus of frequent and rare words: each term's stored row (or None) as before, and
    whether a passage holds a word read without the frequency test."""
    docs, _ = zipf_corpus(3_000, 2_000, seed=7)
    plain = BM25Index.build(docs)
    stored = BM25Index.from_bytes(plain.to_bytes())
    stored.use_stored_rows(stored_rows(plain))
    _same_rows(stored)
    frequent = [w for w in plain.vocabulary() if plain.passage_frequency(w) * 64 >= len(docs)]
    rare = [w for w in plain.vocabulary() if 0 < plain.passage_frequency(w) * 64 < len(docs)]
    assert frequent and rare

    def asked(self: _KeptRows, t: int) -> bool:
        raise AssertionError("asked whether a term is frequent")

    monkeypatch.setattr(_KeptRows, "frequent", asked)
    passages = np.random.default_rng(7).choice(len(docs), size=20, replace=False).tolist()
    for word in frequent[:20] + rare[:20]:
        for p in passages:
            assert stored.contains(p, word) == plain.contains(p, word)
