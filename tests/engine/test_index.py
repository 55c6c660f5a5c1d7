"""BM25Index against rank_bm25.BM25Okapi: dense, sparse and top-k scores, persistence."""

from __future__ import annotations

import itertools
import math
import struct
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from bot.engine.index import FORMAT_VERSION, BM25Index, bm25, topk
from bot.engine.index.okapi import okapi_norms
from bot.engine.index.postings import union
from bot.engine.index.rows import DenseRows, FrequencyRows, zeroed
from tests.engine.index_files import load_index, save_index

WORDS = ["a", "b", "c", "d", "e", "f", "g", "h", "émoji🙂", ""]
UNKNOWN = ["zz", "A", "a "]

word = st.sampled_from(WORDS)
# Small vocabularies make terms common (negative idf floored to epsilon * average idf).
corpora = st.one_of(
    st.lists(st.lists(word, max_size=12), min_size=1, max_size=25),
    st.lists(st.lists(st.sampled_from(WORDS[:2]), max_size=4), min_size=1, max_size=8),
    st.builds(lambda d, n: [d] * n, st.lists(word, min_size=1, max_size=6), st.integers(1, 6)),
).filter(lambda docs: any(docs))  # BM25Okapi divides by zero when every document is empty
queries = st.lists(st.sampled_from(WORDS + UNKNOWN), max_size=6)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def reference_top_k(ref_scores: npt.NDArray[np.float64], k: int) -> list[tuple[int, float]]:
    """The definition in BM25Index.top_k: stable sort by descending score, ties by doc id."""
    order = np.argsort(-ref_scores, kind="stable")[: max(k, 0)]
    return [(int(i), float(ref_scores[i])) for i in order]


def assert_close(got: npt.NDArray[np.float64], want: npt.NDArray[np.float64]) -> None:
    assert got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)


def check(index: BM25Index, ref: BM25Okapi, query: list[str], n: int) -> None:
    want = np.asarray(ref.get_scores(query), dtype=np.float64)
    dense = index.scores(query)
    assert_close(dense, want)
    ids, vals = index.sparse_scores(query)
    assert np.all(np.diff(ids) > 0)
    assert_close(vals, want[ids])
    outside = np.ones(n, dtype=bool)
    outside[ids] = False
    assert np.all(want[outside] == 0.0)
    for k in {0, 1, 3, 10, n - 1, n, n + 5}:
        assert index.top_k(query, k) == reference_top_k(want, k), (query, k)


@FAST
@given(corpus=corpora, qs=st.lists(queries, min_size=1, max_size=4))
def test_matches_bm25okapi(corpus: list[list[str]], qs: list[list[str]]) -> None:
    ref = BM25Okapi(corpus)
    index = BM25Index.build(corpus)
    assert len(index) == len(corpus)
    for q in qs:
        check(index, ref, q, len(corpus))
    loaded = BM25Index.from_bytes(index.to_bytes())
    for q in qs:
        assert np.array_equal(loaded.scores(q), index.scores(q))
        assert loaded.top_k(q, 5) == index.top_k(q, 5)
    for t in set(WORDS + UNKNOWN):
        df = sum(t in d for d in corpus)
        assert index.passage_frequency(t) == df
        if t in ref.idf:
            assert index.idf(t) == pytest.approx(ref.idf[t], rel=1e-12, abs=1e-15)
        else:
            assert index.idf(t) is None and df == 0
    for i, d in enumerate(corpus):
        assert index.passage_length(i) == len(d)
        for t in WORDS[:3]:
            assert index.contains(i, t) == (t in d)
            assert index.term_frequency(i, t) == d.count(t)


@FAST
@given(
    corpus=corpora,
    query=queries,
    k1=st.sampled_from([0.5, 1.2, 1.5, 2.0]),
    b=st.sampled_from([0.0, 0.3, 0.75]),
    epsilon=st.sampled_from([0.0, 0.25, 1.0]),
)
def test_parameters(
    corpus: list[list[str]], query: list[str], k1: float, b: float, epsilon: float
) -> None:
    ref = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
    index = BM25Index.build(corpus, k1=k1, b=b, epsilon=epsilon)
    check(index, ref, query, len(corpus))


def zipf_corpus(n: int, vocab: int, seed: int) -> tuple[list[list[str]], list[list[str]]]:
    rng = np.random.default_rng(seed)
    p = 1.0 / np.arange(1, vocab + 1)
    p /= p.sum()
    words = np.array([f"w{i}" for i in range(vocab)], dtype=object)
    docs = [words[rng.choice(vocab, size=rng.integers(0, 40), p=p)].tolist() for _ in range(n)]
    qs = [words[rng.choice(vocab, size=rng.integers(1, 6), p=p)].tolist() for _ in range(150)]
    return docs, qs


@pytest.mark.parametrize(("n", "vocab"), [(3000, 400), (2000, 30)])
def test_pruned_top_k_exact_on_larger_corpus(n: int, vocab: int) -> None:
    """Corpora large enough for the MaxScore path; scores must be bit-for-bit the reference's."""
    docs, qs = zipf_corpus(n, vocab, seed=n + vocab)
    ref = BM25Okapi(docs)
    index = BM25Index.build(docs)
    for q in qs:
        want = ref.get_scores(q)
        assert np.array_equal(index.scores(q), want)
        for k in (1, 10, 37):
            assert index.top_k(q, k) == reference_top_k(want, k), (q, k)


def test_negative_scores_rank_below_untouched_documents() -> None:
    # Every term is in most documents: all idfs negative, so the average and the floor are too.
    corpus = [["a", "b"], ["a", "b"], ["a"], ["b"], ["a", "b"], []]
    ref = BM25Okapi(corpus)
    assert ref.average_idf < 0
    index = BM25Index.build(corpus)
    want = ref.get_scores(["a"])
    assert want.min() < 0
    assert index.top_k(["a"], 6) == reference_top_k(want, 6)
    assert index.top_k(["a"], 2)[0] == (3, 0.0)


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_containing_any_equals_contains_per_document(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    index = BM25Index.build(corpus)
    docs = data.draw(st.lists(st.integers(0, len(corpus) - 1), max_size=2 * len(corpus)))
    want = [any(index.contains(d, t) for t in query) for d in docs]
    assert index.containing_any(docs, query) == want


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_scores_at_equals_sparse_scores_bit_for_bit(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    """A speaker's passages are scored where they stand; each score must be the very float
    `sparse_scores` gives (0.0 where the passage holds no query term), in any order asked."""
    index = BM25Index.build(corpus)
    asked = data.draw(st.lists(st.integers(0, len(corpus) - 1), unique=True))
    ids, vals = index.sparse_scores(query)
    score_of = dict(zip(ids.tolist(), vals.tolist(), strict=True))
    assert index.scores_at(query, asked) == [score_of.get(p, 0.0) for p in asked]


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_scores_of_ascending_passages_equal_scores_at(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    """A speaker's passages come as an ascending array, scored without sorting them again:
    the same floats as `scores_at` in any order, and as `sparse_scores`."""
    index = BM25Index.build(corpus)
    asked = sorted(data.draw(st.sets(st.integers(0, len(corpus) - 1))))
    ids, vals = index.sparse_scores(query)
    score_of = dict(zip(ids.tolist(), vals.tolist(), strict=True))
    got = index.scores_of(query, np.asarray(asked, dtype=np.int64))
    assert got.dtype == np.float64
    assert got.tolist() == [score_of.get(p, 0.0) for p in asked]
    assert got.tolist() == index.scores_at(query, asked[::-1])[::-1]


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_holding_any_of_an_array_equals_containing_any(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    index = BM25Index.build(corpus)
    docs = data.draw(st.lists(st.integers(0, len(corpus) - 1), max_size=2 * len(corpus)))
    held = index.holding_any(np.asarray(docs, dtype=np.int64), query)
    assert held.tolist() == index.containing_any(docs, query)


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_each_word_s_passages_and_the_passages_holding_any_word(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    """`holding_each` gives each word's `holding_any` (a word no passage holds: none, and
    each word once however often asked), and `holding` the passages `sparse_scores` scores,
    without scoring them; read from the postings, and from the rows of frequencies stored with
    a build."""
    made = BM25Index.build(corpus)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    docs = data.draw(st.lists(st.integers(0, len(corpus) - 1), max_size=2 * len(corpus)))
    asked = np.asarray(docs, dtype=np.int64)
    for index in (made, stored):
        each = index.holding_each(asked, [*query, "never-a-word", *query])
        assert list(each) == list(dict.fromkeys([*query, "never-a-word"]))
        for word, held in each.items():
            assert held.tolist() == made.holding_any(asked, [word]).tolist()
        holding = index.holding(query)
        assert holding.dtype == np.int64
        assert holding.tolist() == made.sparse_scores(query)[0].tolist()


@FAST
@given(corpus=corpora, query=queries, data=st.data())
def test_a_term_at_passages_is_what_holding_any_and_scores_of_give(
    corpus: list[list[str]], query: list[str], data: st.DataObject
) -> None:
    """One look-up of a term at ascending passages gives both: whether each holds it, and the
    term's score there; added up in query order, the floats `scores_of` gives. Read from the
    postings, and again from the rows of frequencies (a word's second question) or of the
    common words' contributions once they are kept."""
    index = BM25Index.build(corpus)
    asked = np.asarray(sorted(data.draw(st.sets(st.integers(0, len(corpus) - 1)))), dtype=np.int64)
    known = [index._vocab[term] for term in query if term in index._vocab]
    for _ in range(2):
        total = np.zeros(len(asked), dtype=np.float64)
        for term in query:
            held, contributions = index.term_at(term, asked)
            assert held.tolist() == index.holding_any(asked, [term]).tolist()
            assert contributions.tobytes() == index.scores_of([term], asked).tobytes()
            total += contributions
        assert total.tobytes() == index.scores_of(query, asked).tobytes()
        for t in known + known:  # each common word's row, made on its second question
            index._rows.row(t)


def test_passages_out_of_range_are_refused_before_they_are_narrowed() -> None:
    """Passage numbers are checked as given: 2**32 would wrap to 0 as the postings' int32."""
    index = BM25Index.build([["x"], ["y"]])
    for asked in ([0, 2**32], [-(2**32) + 1], [1, -1]):
        as_array = np.asarray(asked, dtype=np.int64)
        with pytest.raises(IndexError):
            index.holding_any(as_array, ["x"])
        with pytest.raises(IndexError):
            index.scores_of(["x"], as_array)
    assert index.scores_of(["x"], np.zeros(0, dtype=np.int64)).shape == (0,)


@FAST
@given(corpus=corpora, query=queries)
def test_a_terms_contribution_is_its_score_alone(corpus: list[list[str]], query: list[str]) -> None:
    index = BM25Index.build(corpus)
    for term in query:
        for passage, score in enumerate(index.scores_at([term], range(len(corpus)))):
            assert index.contribution(passage, term) == score


@pytest.mark.parametrize(("n", "vocab"), [(3000, 400), (2000, 30)])
def test_scores_at_on_larger_corpus(n: int, vocab: int) -> None:
    """Both of sparse_scores' paths (a union of short postings, the dense accumulator)."""
    docs, qs = zipf_corpus(n, vocab, seed=n + vocab)
    index = BM25Index.build(docs)
    asked = np.random.default_rng(1).permutation(n)[: n // 3].tolist()
    for q in qs:
        ids, vals = index.sparse_scores(q)
        score_of = dict(zip(ids.tolist(), vals.tolist(), strict=True))
        assert index.scores_at(q, asked) == [score_of.get(p, 0.0) for p in asked]
    with pytest.raises(IndexError):
        index.scores_at(["w1"], [0, n])
    assert index.scores_at(["w1"], []) == []


def test_containing_any_rejects_unknown_documents() -> None:
    index = BM25Index.build([["x"], ["y"]])
    assert index.containing_any([], ["x"]) == []
    assert index.containing_any([1, 0, 1], []) == [False, False, False]
    with pytest.raises(IndexError):
        index.containing_any([0, 2], ["x"])
    with pytest.raises(IndexError):
        index.containing_any([-1], ["x"])


def test_progress_and_small_cases() -> None:
    calls: list[tuple[int, int]] = []
    index = BM25Index.build([["x"], [], ["x", "y"]], progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert index.vocabulary_size == 2
    assert index.top_k([], 2) == [(0, 0.0), (1, 0.0)]
    assert index.top_k(["nope"], 5) == [(0, 0.0), (1, 0.0), (2, 0.0)]
    with pytest.raises(IndexError):
        index.contains(3, "x")
    empty = BM25Index.build([])
    assert len(empty) == 0 and empty.top_k(["x"], 3) == [] and empty.scores(["x"]).shape == (0,)
    assert len(BM25Index.from_bytes(empty.to_bytes())) == 0
    blank = BM25Index.build([[], []])  # the reference raises ZeroDivisionError here
    assert blank.top_k(["x"], 3) == [(0, 0.0), (1, 0.0)]


def test_persistence_errors(tmp_path: Path) -> None:
    index = BM25Index.build([["a", "b"], ["b", "c", "c"], ["d"]])
    data = index.to_bytes()
    assert b"pickle" not in data
    with pytest.raises(ValueError, match="version"):
        BM25Index.from_bytes(data[:8] + struct.pack("<I", FORMAT_VERSION + 1) + data[12:])
    with pytest.raises(ValueError, match="magic"):
        BM25Index.from_bytes(b"X" + data[1:])
    with pytest.raises(ValueError):
        BM25Index.from_bytes(data[:-1])
    with pytest.raises(ValueError):
        BM25Index.from_bytes(b"")
    for pos in range(0, len(data), max(1, len(data) // 60)):
        broken = bytearray(data)
        broken[pos] ^= 0x5A
        try:
            loaded = BM25Index.from_bytes(bytes(broken))
        except ValueError:
            continue
        # A flip in padding may be harmless, but then the index must be unchanged.
        assert np.array_equal(loaded.scores(["b", "c"]), index.scores(["b", "c"]))

    path = tmp_path / "index.bin"
    save_index(index, path)
    assert path.read_bytes() == data
    assert load_index(path).top_k(["c"], 2) == index.top_k(["c"], 2)
    assert [p.name for p in tmp_path.iterdir()] == ["index.bin"]


def test_idf_arithmetic_matches_reference_exactly() -> None:
    docs, _ = zipf_corpus(500, 200, seed=7)
    ref = BM25Okapi(docs)
    index = BM25Index.build(docs)
    for t, v in ref.idf.items():
        assert index.idf(t) == v
    assert math.isclose(index.average_passage_length, ref.avgdl, rel_tol=0, abs_tol=0)


@pytest.mark.parametrize("seed", range(8))
def test_best_of_many_scores_equals_a_full_sort(seed: int) -> None:
    """From 4,096 scores on, the m-th best is first bounded from a sample (a larger one from
    131,072 on): the chosen passages and their order must be a full sort's (score descending,
    passage ascending), ties too."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(4_096, 30_000) if seed < 6 else rng.integers(140_000, 400_000))
    # few distinct values: many ties at the m-th best, which must compete by passage number
    vals = rng.integers(0, 3 + seed * 40, size=n).astype(np.float64) / 7
    ids = rng.permutation(n * 2)[:n]
    for m in (1, 10, 37, 256):
        want = np.lexsort((ids, -vals))[:m].tolist()
        assert topk.best(ids, vals, m).tolist() == want
        by_place = np.lexsort((np.arange(n), -vals))[:m].tolist()  # ids None: entry i is i
        assert topk.best(None, vals, m).tolist() == by_place


def test_the_best_scores_are_chosen_without_numpy_s_function_dispatch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The k best are chosen by numpy's array methods (`nonzero`, `argpartition`,
    `partition`), not through its functions (`np.flatnonzero`, `np.argpartition`,
    `np.partition`), whose Python dispatch cost more than the work on a question's few
    thousand scores: still a full sort's passages, in its order, ties too."""
    rng = np.random.default_rng(3)
    cases = []
    for n in (5, 300, 5_000, 20_000):
        vals = rng.integers(-2, 30, size=n).astype(np.float64) / 7
        cases.append((rng.permutation(n * 2)[:n], vals))

    def unused(*args: object, **kwargs: object) -> None:
        raise AssertionError("numpy's function was called")

    for name in ("flatnonzero", "argpartition", "partition"):
        monkeypatch.setattr(np, name, unused)
    for ids, vals in cases:
        for m in (1, 10, 37):
            want = np.lexsort((ids, -vals))[:m].tolist()
            assert topk.best(ids, vals, m).tolist() == want
            assert (
                topk.best(None, vals, m).tolist()
                == np.lexsort((np.arange(len(vals)), -vals))[:m].tolist()
            )
            held = vals > 0
            want_all = [(int(ids[i]), float(vals[i])) for i in want if held[i]]
            assert topk.select_all(ids, vals, m, 10**6)[: len(want_all)] == want_all


def test_the_best_scores_are_chosen_among_few_above_the_groups_maxima(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The k best of a seeded question's 2,000-4,000 candidates (or of every passage's score)
    are chosen among the scores at or above the k-th best of the groups' maxima (each score's
    group its place modulo 256), a floor for the k-th best: a few dozen partitioned, not every
    score. Still a full sort's passages, in its order, ties at the k-th score too."""
    rng = np.random.default_rng(17)
    partitioned: list[int] = []
    of_all = topk._best_of_all

    def counted(ids: Any, vals: Any, m: int) -> Any:
        partitioned.append(len(vals))
        return of_all(ids, vals, m)

    monkeypatch.setattr(topk, "_best_of_all", counted)
    for n in (1_100, 3_000, 40_000):
        for vals in (rng.random(n), rng.integers(0, 50, n).astype(np.float64) / 7):
            ids = rng.permutation(n * 2)[:n]
            for passages, chosen in ((ids, ids), (None, np.arange(n))):
                partitioned.clear()
                want = np.lexsort((chosen, -vals))[:20].tolist()
                assert topk.best(passages, vals, 20).tolist() == want
                if vals.max() < 1:  # distinct scores: few at or above the floor
                    assert partitioned and max(partitioned) <= 200, partitioned


def test_the_union_of_postings_merges_their_sorted_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The union of sorted passage numbers (a question's terms' postings or best passages) is
    sorted by numpy's stable sort, which merges the arrays' sorted runs (a third of the time of
    its default quicksort for three terms' best passages at 1,000,000 passages), not by
    `np.sort`: the same passages, in order, once each, as int32."""
    rng = np.random.default_rng(11)
    cases = [
        [np.arange(0, 40, 3, dtype=np.int32), np.arange(0, 40, 5, dtype=np.int32)],
        [np.array([], dtype=np.int32), np.array([2, 9], dtype=np.int32)],
        [np.array([7], dtype=np.int32)] * 3,
    ]
    for sizes in ((300, 5_000), (15_625, 15_625, 15_625), (1, 2, 3, 40_000)):
        cases.append(
            [np.sort(rng.choice(60_000, size, replace=False)).astype(np.int32) for size in sizes]
        )

    def unused(*args: object, **kwargs: object) -> None:
        raise AssertionError("np.sort was called")

    monkeypatch.setattr(np, "sort", unused)
    for arrays in cases:
        merged = union(arrays)
        assert merged.dtype == np.int32
        assert merged.tolist() == sorted(set(np.concatenate(arrays).tolist()))


def test_top_k_of_words_most_passages_hold_is_the_reference() -> None:
    """Words in most passages: every score added up in one array (the dense path), top k as
    rank-bm25 ranks them, with passages scoring 0 after the others when fewer than k score."""
    docs, qs = zipf_corpus(6_000, 12, seed=5)
    ref = BM25Okapi(docs)
    index = BM25Index.build(docs)
    for q in qs[:60]:
        want = ref.get_scores(q)
        for k in (1, 10, 200):
            assert index.top_k(q, k) == reference_top_k(want, k), (q, k)


@FAST
@given(
    corpus=corpora,
    qs=st.lists(queries, min_size=1, max_size=4),
    epsilon=st.sampled_from([0.0, 0.25, 1.0]),
)
def test_the_rows_of_common_words_add_up_to_the_same_floats(
    corpus: list[list[str]], qs: list[list[str]], epsilon: float
) -> None:
    """A common word's postings give way to its kept row from its second question on: every
    passage's score the very float `scores` adds up (compared as bytes: -0.0 is not 0.0),
    all passages' or some passages' (`scores_of`), and the top k the reference's."""
    ref = BM25Okapi(corpus, epsilon=epsilon)
    index = BM25Index.build(corpus, epsilon=epsilon)
    for _ in range(3):
        for q in qs:
            want = index.scores(q)
            assert index._dense_scores(index._resolve(q)).tobytes() == want.tobytes()
            every = np.arange(len(corpus))
            assert index.scores_of(q, every).tobytes() == want.tobytes()
            assert index.scores_of(q, every[::-1]).tobytes() == want[::-1].tobytes()
            for k in (1, 3, len(corpus)):
                assert index.top_k(q, k) == reference_top_k(ref.get_scores(q), k)


def stored_rows(index: BM25Index) -> dict[str, npt.NDArray[np.generic]]:
    """The rows `rows_to_store` gives, as a build's files hold them (one array, a row a line)."""
    rows = {}
    for name, (dtype, shape, made) in index.rows_to_store().items():
        rows[name] = np.array(list(made), dtype=dtype).reshape(shape)
    return rows


@FAST
@given(corpus=corpora, qs=st.lists(queries, min_size=1, max_size=4))
def test_rows_stored_with_a_build_answer_as_the_rows_made_while_answering(
    corpus: list[list[str]], qs: list[list[str]]
) -> None:
    """An index reading every common word's row from its build's files (made at index time)
    gives every score and top k, byte for byte, as one making its rows while answering, from
    its first question on, and makes none."""
    made = BM25Index.build(corpus)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    every = np.arange(len(corpus))
    for _ in range(2):
        for q in qs:
            qterms = stored._resolve(q)
            assert stored._dense_scores(qterms).tobytes() == made.scores(q).tobytes()
            assert stored.scores_of(q, every).tobytes() == made.scores_of(q, every).tobytes()
            for k in (1, 3, len(corpus)):
                assert stored.top_k(q, k) == made.top_k(q, k)
            assert stored.holding_any(every, q).tolist() == made.holding_any(every, q).tolist()
            for word in q:
                held, values = stored.term_at(word, every)
                assert held.tolist() == made.holding_any(every, [word]).tolist()
                assert values.tobytes() == made.scores_of([word], every).tobytes()
                for passage in range(len(corpus)):
                    assert stored.contains(passage, word) == made.contains(passage, word)
                    assert stored.term_frequency(passage, word) == made.term_frequency(
                        passage, word
                    )
    assert len(stored._rows) == len(stored._frequencies) == 0  # none made


def test_whether_passages_hold_words_with_and_without_rows_is_the_postings_answer() -> None:
    """Words with a row of frequencies (stored with the build; one passage in 64 holds them)
    and rarer words without one, in any order: whether each passage holds any of them, and
    each (passage, word)'s frequency, as an index without rows reads them in its postings."""
    docs, qs = zipf_corpus(3_000, 2_000, seed=7)
    plain = BM25Index.build(docs)
    stored = BM25Index.from_bytes(plain.to_bytes())
    stored.use_stored_rows(stored_rows(plain))
    frequencies = [plain.passage_frequency(w) for q in qs for w in q]
    assert min(frequencies) * 64 < len(docs) <= max(frequencies) * 64  # words of both kinds
    rng = np.random.default_rng(7)
    for q in qs:
        asked = rng.choice(len(docs), size=50, replace=False)
        assert stored.holding_any(asked, q).tolist() == plain.holding_any(asked, q).tolist()
        for p in asked[:5].tolist():
            for w in q:
                assert stored.term_frequency(p, w) == plain.term_frequency(p, w)
                assert stored.contains(p, w) == plain.contains(p, w)


def test_passages_asked_about_term_after_term_have_their_norms_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A speaker group's passages, asked about one frequent word after another (each read
    from its row of frequencies): the length part of the formula at them is read once, not
    once a word, and every word's look-up gives what the passages as an array give."""
    docs, qs = zipf_corpus(3_000, 2_000, seed=7)
    plain = BM25Index.build(docs)
    stored = BM25Index.from_bytes(plain.to_bytes())
    stored.use_stored_rows(stored_rows(plain))
    words = [
        w
        for w in dict.fromkeys(w for q in qs for w in q)
        if stored._frequencies.frequent(stored._vocab[w])
    ]
    assert len(words) >= 3
    asked = np.sort(np.random.default_rng(7).choice(len(docs), size=400, replace=False))
    expected = [plain.term_at(w, asked) for w in words]
    reads = []
    norms_at = stored._frequencies.norms_at
    monkeypatch.setattr(
        stored._frequencies, "norms_at", lambda passages: reads.append(1) or norms_at(passages)
    )
    at = stored.passages_at(asked)
    for word, (held, values) in zip(words, expected, strict=True):
        found, contributions = stored.term_at(word, at)
        assert found.tolist() == held.tolist()
        assert contributions.tobytes() == values.tobytes()
    assert len(reads) == 1


def test_rows_of_another_index_are_refused() -> None:
    docs = [["a", "b"], ["a"], ["a", "b"], ["b"]] * 10
    rows = stored_rows(BM25Index.build(docs))
    with pytest.raises(ValueError, match="not the index's"):
        BM25Index.build(docs[:-1]).use_stored_rows(rows)


@pytest.mark.parametrize("n", [0, 3, 600_000])  # 600,000 float64: past numpy's 4 MB
def test_a_zeroed_row_is_n_writable_zeros_of_its_own(n: int) -> None:
    """A row's memory from `zeroed` (a mapping of its own from 4 MB): zeros, as many as
    asked, written and read back like numpy's, and not shared with another row."""
    row, other = zeroed(n, np.float64), zeroed(n, np.float64)
    assert row.dtype == np.float64 and row.shape == (n,)
    assert not row.any()
    row[::7] = 2.5
    assert row.sum() == 2.5 * len(range(0, n, 7))
    assert not other.any()


def test_rows_are_made_on_a_word_s_second_question_and_kept_for_the_words_asked_most() -> None:
    """Within the budget, a common word's row is made on its second question; with the budget
    full, only for a word asked more often than the least asked of those kept, whose row it
    takes the place of: words asked in turn do not make a row each time."""
    docs = [["a", "b", "c"], ["a", "b"], ["a", "c", "d"], ["a", "b", "d"], ["e"]] * 20
    postings = BM25Index.build(docs)._postings
    terms = {t: i for i, t in enumerate(postings.terms)}
    rows = DenseRows(postings, budget_bytes=2 * 8 * len(docs))  # two rows
    assert rows.row(terms["e"]) is None  # held by a fifth of the passages: not common
    assert [rows.row(terms[t]) for t in "abc"] == [None, None, None]  # first questions
    a = rows.row(terms["a"])
    assert a is not None and not a.flags.writeable
    ids, contributions = postings.of_term(terms["a"])
    want = np.zeros(len(docs))
    want[ids] = contributions
    assert a.tobytes() == want.tobytes()
    b = rows.row(terms["b"])
    assert b is not None and rows.row(terms["a"]) is a  # a: 3 questions, b: 2
    assert rows.row(terms["c"]) is None  # asked as often as b, the least asked kept: no row
    c = rows.row(terms["c"])  # a third time, more than b
    assert c is not None and len(rows) == 2 and rows.kept(terms["b"]) is None
    assert rows.row(terms["a"]) is a  # a, asked most, stays
    assert rows.row(terms["b"]) is None  # b: 3 questions, c: 3
    assert rows.row(terms["b"]) is not None and rows.kept(terms["c"]) is None
    assert rows.kept(terms["a"]) is a and len(rows) == 2


def test_a_kept_row_is_read_without_making_or_asking_for_one() -> None:
    """Reading a few passages' contributions (`kept`) finds a row already made, and neither
    makes one nor counts as a question of the word."""
    docs = [["a", "b"], ["a"], ["a", "b"], ["b"]] * 10
    postings = BM25Index.build(docs)._postings
    a, b = (postings.terms.index(word) for word in "ab")
    rows = DenseRows(postings)
    assert rows.kept(a) is None and rows.kept(a) is None and len(rows) == 0
    assert rows.row(a) is None  # still its first question
    made = rows.row(a)
    assert made is not None and rows.kept(a) is made and rows.kept(b) is None


@FAST
@given(corpora)
def test_a_row_is_every_passage_s_contribution_of_its_term(docs: list[list[str]]) -> None:
    """A row (made through numpy's own index type) holds, byte for byte, each holder's
    contribution at its passage and 0.0 at every other passage, -0.0 and ties included."""
    postings = BM25Index.build(docs)._postings
    rows = DenseRows(postings, budget_bytes=8 * len(docs) * len(postings.terms))
    for t in range(len(postings.terms)):
        row = rows.row(t)
        if row is None:  # a term's first question (a row on its second), or not common
            row = rows.row(t)
        if row is None:
            assert postings.frequency(t) * 4 < len(docs)
            continue
        ids, contributions = postings.of_term(t)
        want = np.zeros(len(docs))
        for passage, contribution in zip(ids.tolist(), contributions.tolist(), strict=True):
            want[passage] = contribution
        assert row.tobytes() == want.tobytes()


@FAST
@given(
    corpus=corpora,
    k1=st.sampled_from([0.0, 1.5]),
    b=st.sampled_from([0.0, 0.75, 1.0]),
    epsilon=st.sampled_from([0.0, 0.25]),
)
def test_a_row_of_frequencies_gives_the_postings_contributions(
    corpus: list[list[str]], k1: float, b: float, epsilon: float
) -> None:
    """A term's contributions worked out again from its row of frequencies are, byte for byte,
    the ones its postings hold at the passages holding it and 0.0 elsewhere, whatever the
    parameters (a norm of 0 where k1 is 0, an idf of 0 where epsilon is)."""
    postings = BM25Index.build(corpus, k1=k1, b=b, epsilon=epsilon)._postings
    rows = FrequencyRows(postings, budget_bytes=len(corpus) * len(postings.terms))
    every = np.arange(len(corpus), dtype=np.intp)
    norms = rows.norms_at(every)
    for t in range(len(postings.terms)):
        found = rows.contributions(t, every, norms)
        if found is None:  # a term's first question: a row from its second
            found = rows.contributions(t, every, norms)
        if found is None:
            assert not rows.frequent(t)
            continue
        assert found.tobytes() == postings.values(t, every).tobytes()


@pytest.mark.parametrize("longest", [3, 70_000])
def test_the_length_part_is_each_passage_s_own_through_a_table_or_not(longest: int) -> None:
    """Read through a table of each length's norm (passages of up to 65,535 terms) or, past
    that, from every passage's own: byte for byte the formula over every passage's length,
    and a row's contributions the postings'."""
    corpus = [["a", "b"], ["a"] * longest, ["b", "c", "a"], ["c"], ["a", "c"] * 5]
    postings = BM25Index.build(corpus)._postings
    rows = FrequencyRows(postings, budget_bytes=2**20)
    every = np.arange(len(corpus), dtype=np.intp)
    want = okapi_norms(postings.passage_lengths, k1=postings.k1, b=postings.b, avgdl=postings.avgdl)
    assert rows.norms_at(every).tobytes() == want.tobytes()
    assert rows.norms_at(every[::-2]).tobytes() == want[::-2].tobytes()
    for t in range(len(postings.terms)):
        found = rows.contributions(t, every, rows.norms_at(every))
        found = rows.contributions(t, every, rows.norms_at(every))  # from its second question
        assert found is not None
        assert found.tobytes() == postings.values(t, every).tobytes()


@pytest.mark.parametrize(("n", "vocab", "k"), [(6_000, 120, 10), (4_000, 60, 20), (3_000, 400, 5)])
def test_top_k_from_the_rarest_words_passages_is_the_reference(n: int, vocab: int, k: int) -> None:
    """The top k from the passages of a question's rarest words alone (scored from rows of
    frequencies from a word's second question on), when no other passage can reach them:
    rank-bm25's, and it answers some of the questions."""
    docs, qs = zipf_corpus(n, vocab, seed=n + k)
    ref = BM25Okapi(docs)
    index = BM25Index.build(docs)
    settled = 0
    for _ in range(2):
        for q in qs[:80]:
            seeded = topk.top_k_seeded(
                index._postings, index._resolve(q), k, index._contributions_at
            )
            want = reference_top_k(ref.get_scores(q), k)
            assert seeded is None or seeded == want, q
            settled += seeded is not None
            assert index.top_k(q, k) == want, q
    assert settled


def test_rows_stand_in_only_where_every_contribution_is_above_zero() -> None:
    """With epsilon 0, a word in most passages contributes 0.0: adding 0.0 to a -0.0 sum
    would change it, so such a question adds up its postings."""
    docs = [["a", "x"], ["a"], ["a", "y"], ["z"]]
    index = BM25Index.build(docs, epsilon=0.0)
    rows = DenseRows(index._postings)
    common, rare = index._resolve(["a"]), index._resolve(["z"])
    assert not rows.usable(common) and rows.usable(rare) and not rows.usable([])


def test_maxscore_within_a_bound_on_its_candidates_is_exact_or_gives_way() -> None:
    """For words most passages hold, MaxScore runs only when its essential terms' postings
    are few (`most`), else leaves the question to the dense path: exact when it answers."""
    docs, qs = zipf_corpus(3000, 400, seed=7)
    ref = BM25Okapi(docs)
    index = BM25Index.build(docs)
    answered = gave_way = 0
    for q in qs:
        qterms = index._resolve(q)
        limited = topk.top_k_pruned(index._postings, qterms, 10, most=len(docs) // 16)
        if limited is None:
            gave_way += topk.top_k_pruned(index._postings, qterms, 10) is not None
            continue
        answered += 1
        assert limited == reference_top_k(ref.get_scores(q), 10), q
    assert answered and gave_way


def common_words_corpus(n: int = 6_400, seed: int = 5) -> list[list[str]]:
    """Passages of five words most of them hold, and rare words; every twentieth passage is
    about the first two (each said several times)."""
    rng = np.random.default_rng(seed)
    words = np.array(COMMON_WORDS, dtype=object)
    docs = []
    for i in range(n):
        about = ["budget"] * int(rng.integers(3, 7)) + ["council"] * int(rng.integers(3, 7))
        common = words[rng.choice(5, size=rng.integers(1, 12), p=[0.3, 0.25, 0.2, 0.15, 0.1])]
        rare = [f"rare{j}" for j in rng.integers(0, 3_000, size=rng.integers(2, 20))]
        docs.append((about if i % 20 == 0 else []) + common.tolist() + rare)
    return docs


COMMON_WORDS = ("budget", "council", "school", "road", "water")


def test_a_question_of_common_words_is_answered_from_their_best_passages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words most passages hold ("budget" in 80 % of them): the top k found among each word's
    best passages (the passages of its largest contributions, stored with a build or made in
    process), the reference's to the bit, without adding up every passage's score. (Below
    `_BEST_FROM` passages every score is added up: not tried.)"""
    docs = common_words_corpus()
    small = BM25Index.build(docs)
    tried: list[bool] = []
    monkeypatch.setattr(topk, "top_k_best", lambda *args: tried.append(True))
    assert small.top_k(["budget", "council"], 10)
    assert not tried
    monkeypatch.undo()
    monkeypatch.setattr(bm25, "_BEST_FROM", 0)
    ref = BM25Okapi(docs)
    made = BM25Index.build(docs)
    query = ["budget", "council"]
    assert min(made.passage_frequency(w) for w in query) * 2 > len(docs)

    def added_up(qterms: list[int]) -> npt.NDArray[np.float64]:
        raise AssertionError("every passage's score added up")

    def answers(index: BM25Index) -> None:
        monkeypatch.setattr(index, "_dense_scores", added_up)
        for k in (1, 10, 20):
            assert index.top_k(query, k) == reference_top_k(ref.get_scores(query), k)

    answers(made)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    answers(stored)


def test_an_older_build_s_rows_without_best_passages_answer_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An index reading a build's rows written before the best passages were (none made
    while answering: every score added up) and one reading them give the reference's top k,
    for questions of common words, repeated or not, the best passages settling them or not."""
    monkeypatch.setattr(bm25, "_BEST_FROM", 0)
    docs = common_words_corpus()
    ref = BM25Okapi(docs)
    made = BM25Index.build(docs)
    rows = stored_rows(made)
    with_best = BM25Index.from_bytes(made.to_bytes())
    with_best.use_stored_rows(rows)
    older = BM25Index.from_bytes(made.to_bytes())
    older.use_stored_rows({n: rows[n] for n in ("contribution_rows", "frequency_rows")})
    queries = [[w] for w in COMMON_WORDS]
    queries += [list(q) for q in itertools.combinations(COMMON_WORDS, 2)]
    queries += [[a, b, a] for a, b in itertools.combinations(COMMON_WORDS, 2)]
    queries += [list(q) for q in itertools.combinations(COMMON_WORDS, 3)]
    settled = []
    among_best = topk.top_k_best

    def recorded(*args: Any) -> list[tuple[int, float]] | None:
        found = among_best(*args)
        settled.append(found is not None)
        return found

    monkeypatch.setattr(topk, "top_k_best", recorded)
    for query in queries:
        want = ref.get_scores(query)
        for k in (1, 10, 400):
            expected = reference_top_k(want, k)
            assert with_best.top_k(query, k) == expected, (query, k)
            assert older.top_k(query, k) == expected, (query, k)
    assert True in settled and False in settled  # (the older index's calls: None)
    assert older._best.of_term(older._vocab["budget"]) is None
    assert len(with_best._best) == len(older._best) == 0  # none made


def test_common_words_their_best_passages_leave_open_settled_by_a_band_of_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words most passages hold, whose best passages' k-th best score is not above the sum of
    the words' bounds (a bound cut through a contribution many passages share, or a passage
    near every word's bound might still reach it): the passages of the rarest word whose
    contribution reaches that k-th best less the other words' bounds are scored too
    (`topk._with_band`), and settle it without adding up every score: the reference's top
    k to the bit, repeated words too, the best passages made in process or stored."""
    monkeypatch.setattr(bm25, "_BEST_FROM", 0)
    docs = common_words_corpus()
    ref = BM25Okapi(docs)
    made = BM25Index.build(docs)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    banded: list[bool] = []
    band = topk._with_band

    def recorded(*args: Any) -> list[tuple[int, float]] | None:
        found = band(*args)
        banded.append(found is not None)
        return found

    monkeypatch.setattr(topk, "_with_band", recorded)
    queries = [list(q) for q in itertools.combinations(COMMON_WORDS, 2)]
    queries += [list(q) for q in itertools.combinations(COMMON_WORDS, 3)]
    queries += [[a, b, a] for a, b in itertools.combinations(COMMON_WORDS, 2)]
    for query in queries:
        want = ref.get_scores(query)
        for k in (1, 10, 100):
            expected = reference_top_k(want, k)
            for index in (made, stored):
                assert index.top_k(query, k) == expected, (query, k)
    assert True in banded

    def added_up(without_band: bool) -> int:
        """How many of the questions add up every score."""
        added: list[bool] = []
        for index in (made, stored):
            dense = index._dense_scores

            def counted(qterms: list[int], dense: Any = dense) -> npt.NDArray[np.float64]:
                added.append(True)
                return dense(qterms)  # type: ignore[no-any-return]

            monkeypatch.setattr(index, "_dense_scores", counted)
        if without_band:
            monkeypatch.setattr(topk, "_with_band", lambda *args: None)
        for query in queries:
            for k in (1, 10, 100):
                made.top_k(query, k)
                stored.top_k(query, k)
        return len(added)

    assert added_up(False) < added_up(True)


def seeded_corpus(n: int = 6_400, seed: int = 11, *, negative: bool = False) -> list[list[str]]:
    """`common_words_corpus`'s passages, each also holding one of five words in some 6 % of
    them (one to four times): a question of one of those and common words is settled by the
    passages holding it (the seeds). `negative`: "filler", in every passage, makes the
    average idf negative (with epsilon 0, the common words then contribute -0.0)."""
    rng = np.random.default_rng(seed)
    docs = common_words_corpus(n, seed)
    for doc in docs:
        if rng.random() < 0.3:
            doc.extend([f"mid{int(rng.integers(0, 5))}"] * int(rng.integers(1, 5)))
        if negative:
            doc.extend(["filler"] * int(rng.integers(1, 3)))
    return docs


@pytest.mark.parametrize(("epsilon", "negative"), [(0.25, False), (0.0, True), (0.25, True)])
def test_a_rare_word_s_passages_narrowed_by_the_others_best_give_the_same_top_k(
    monkeypatch: pytest.MonkeyPatch, epsilon: float, negative: bool
) -> None:
    """A question of a rarer word and words most passages hold, its passages narrowed to
    those the common words' best passages and bounds leave able to reach the k best
    (`topk._narrowed`): the reference's top k to the bit, for the rarer word first, in the
    middle, last or repeated, k of 1 to 200, the best passages made in process or stored,
    and narrowed for some questions (from `_NARROW_FROM` seeds on: lowered here)."""
    monkeypatch.setattr(topk, "_NARROW_FROM", 0)
    docs = seeded_corpus(negative=negative)
    ref = BM25Okapi(docs, epsilon=epsilon)
    made = BM25Index.build(docs, epsilon=epsilon)
    stored = BM25Index.from_bytes(made.to_bytes())
    stored.use_stored_rows(stored_rows(made))
    narrowed = []
    narrow = topk._narrowed

    def recorded(*args: Any) -> Any:
        found = narrow(*args)
        narrowed.append(found is not None and len(found[0]) < len(args[1]))
        return found

    monkeypatch.setattr(topk, "_narrowed", recorded)
    queries = []
    for rare in ("mid0", "mid3"):
        for a, b in itertools.combinations(COMMON_WORDS, 2):
            queries += [[rare, a, b], [a, rare, b], [a, b, rare], [rare, rare, a], [a, rare, a]]
    for query in queries:
        want = ref.get_scores(query)
        for k in (1, 20, 200):
            expected = reference_top_k(want, k)
            assert made.top_k(query, k) == expected, (query, k)
            assert stored.top_k(query, k) == expected, (query, k)
    assert True in narrowed
