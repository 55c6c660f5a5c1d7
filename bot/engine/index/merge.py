"""A reindex's postings made from the index in use: the passages that did not change keep
their postings (renumbered), the others are indexed afresh, and the result is what
`build_postings` gives for the whole new corpus, array for array: the same term numbering
(first occurrence), the same postings, the same floats (both are finished by
`scored_postings`).

A reindex after one story changed turned every passage's terms into term ids again (0.7-0.9 s
at 100,000 passages); here only the changed passages' terms are read, the rest is array work
over the postings.

Term ids are in order of first occurrence: by the passage a term first appears in, then by
where in that passage. A term keeps its place among the others while its first passage is
kept; where a term's first passage changes (it is new, or its first passage went or
changed), the passages it now first appears in are read again (`terms_at`) to place every
term first appearing there by position.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from bot.engine.index.build import scored_postings, tf_dtype
from bot.engine.index.postings import Int64Array, Postings


def merge_postings(
    old: Postings,
    kept: Int64Array,
    fresh: Mapping[int, Sequence[str]],
    terms_at: Callable[[int], Sequence[str]],
) -> Postings:
    """The postings of a new corpus of ``len(kept's targets) + len(fresh)`` passages.

    `kept[q]`: old passage q's number in the new corpus, -1 if it is not kept (a kept
    passage's terms are the same; the kept keep their order); `fresh`: every other new
    passage's terms, by its number; `terms_at(p)`: new passage p's terms (asked of a few kept
    passages, see the module's docstring). ValueError when they do not make a corpus."""
    if len(kept) != len(old.passage_lengths):
        raise ValueError("kept must map every old passage")
    kept_to = kept[kept >= 0]
    n = len(kept_to) + len(fresh)
    if np.any(kept_to[1:] <= kept_to[:-1]) or (len(kept_to) and kept_to[-1] >= n):
        raise ValueError("the kept passages must keep their order")
    taken = np.zeros(n, dtype=bool)
    taken[kept_to] = True
    fresh_at = np.fromiter(fresh, dtype=np.int64, count=len(fresh))
    if len(fresh_at) and (fresh_at.min() < 0 or fresh_at.max() >= n or taken[fresh_at].any()):
        raise ValueError("a fresh passage must be one no kept passage becomes")
    passage_lengths = np.zeros(n, dtype=np.int64)
    passage_lengths[kept_to] = old.passage_lengths[kept >= 0]

    # the fresh passages' postings, their new terms numbered after the old ones for now
    vocab = {term: t for t, term in enumerate(old.terms)}
    first_at: dict[int, int] = {}  # a term's first fresh passage
    f_terms: list[int] = []
    f_passages: list[int] = []
    f_tfs: list[int] = []
    for p in sorted(fresh):
        own = fresh[p]
        passage_lengths[p] = len(own)
        counts: dict[int, int] = {}
        for term in own:
            t = vocab.setdefault(term, len(vocab))
            if t not in counts:
                counts[t] = 0
                first_at.setdefault(t, p)
            counts[t] += 1
        f_terms.extend(counts)
        f_passages.extend([p] * len(counts))
        f_tfs.extend(counts.values())
    words = [*old.terms, *list(vocab)[len(old.terms) :]]

    # the kept postings, compacted: still grouped by old term, passages renumbered
    old_count = len(old.terms)
    held = np.diff(old.offsets)
    moved_to = kept.astype(np.int32)[old.passages]
    keep = moved_to >= 0
    k_passages = moved_to[keep]
    del moved_to
    kept_count = np.bincount(
        np.repeat(np.arange(old_count, dtype=np.int32), held)[keep], minlength=old_count
    )
    k_tfs = old.tfs[keep]
    del keep
    kept_start = np.cumsum(kept_count) - kept_count
    first_kept = np.full(old_count, -1, dtype=np.int64)
    some = kept_count > 0
    first_kept[some] = k_passages[kept_start[some]]

    new_id, vocabulary = _term_order(old, kept, words, first_kept, first_at, fresh, terms_at)
    size = len(vocabulary)
    # the kept segments in the new terms' order (the same order unless a first occurrence
    # moved), then each fresh posting put in its term's segment by passage
    by_new = np.zeros(size, dtype=np.int64)
    by_new[new_id[:old_count][some]] = kept_count[some]
    order = np.argsort(new_id[:old_count][some], kind="stable")
    if np.any(order[1:] < order[:-1]):
        seg_starts, seg_counts = kept_start[some][order], kept_count[some][order]
        gather = np.repeat(seg_starts - (np.cumsum(seg_counts) - seg_counts), seg_counts)
        gather += np.arange(len(gather), dtype=np.int64)
        k_passages, k_tfs = k_passages[gather], k_tfs[gather]
        del gather
    kept_at = np.cumsum(by_new) - by_new  # each new term's kept segment
    fresh_terms = new_id[np.array(f_terms, dtype=np.int64)]
    fresh_passages = np.array(f_passages, dtype=np.int64)
    f_order = np.lexsort((fresh_passages, fresh_terms))
    fresh_terms, fresh_passages = fresh_terms[f_order], fresh_passages[f_order]
    fresh_tfs = np.array(f_tfs, dtype=np.int64)[f_order]
    at = np.empty(len(fresh_terms), dtype=np.int64)
    bounds = np.flatnonzero(np.diff(fresh_terms, prepend=-1, append=size + 1))
    for lo, hi in itertools.pairwise(bounds.tolist()):
        u = int(fresh_terms[lo])
        segment = k_passages[kept_at[u] : kept_at[u] + by_new[u]]
        at[lo:hi] = kept_at[u] + np.searchsorted(segment, fresh_passages[lo:hi])
    passages = np.insert(k_passages, at, fresh_passages.astype(np.int32))
    max_tf = max(int(k_tfs.max()) if len(k_tfs) else 0, max(f_tfs, default=0))
    tfs = np.insert(k_tfs.astype(tf_dtype(max_tf)), at, fresh_tfs)
    del k_passages, k_tfs
    offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(by_new + np.bincount(fresh_terms, minlength=size), out=offsets[1:])
    return scored_postings(
        vocabulary, passage_lengths, offsets, passages, tfs, k1=old.k1, b=old.b, epsilon=old.epsilon
    )


def _term_order(
    old: Postings,
    kept: Int64Array,
    words: list[str],
    first_kept: Int64Array,
    first_at: Mapping[int, int],
    fresh: Mapping[int, Sequence[str]],
    terms_at: Callable[[int], Sequence[str]],
) -> tuple[Int64Array, list[str]]:
    """Each term's id in the new corpus (by the ids of `words`: the old terms', then the new
    ones'), and the new vocabulary in id order; a term no passage holds any more is left
    out (its id is past the vocabulary's end)."""
    count = len(words)
    old_count = len(old.terms)
    n = int(np.count_nonzero(kept >= 0)) + len(fresh)
    first = np.full(count, n, dtype=np.int64)  # n: in no passage
    first[:old_count][first_kept >= 0] = first_kept[first_kept >= 0]
    if first_at:
        ids = np.fromiter(first_at, dtype=np.int64, count=len(first_at))
        at = np.fromiter(first_at.values(), dtype=np.int64, count=len(ids))
        first[ids] = np.minimum(first[ids], at)
    # ranked within a first passage by old id, unless a term's first passage moved onto it:
    # then every term first appearing there is ranked by its position in the passage
    rank = np.arange(count, dtype=np.int64)
    was_first = np.full(count, -1, dtype=np.int64)  # where its first passage went, if kept
    held_before = np.flatnonzero(np.diff(old.offsets) > 0)
    was_first[held_before] = kept[old.passages[old.offsets[held_before]]]
    moved = (first != was_first) & (first < n)
    for p in np.unique(first[moved]).tolist():
        own = fresh[p] if p in fresh else terms_at(p)
        positions: dict[str, int] = {}
        for position, term in enumerate(own):
            positions.setdefault(term, position)
        for t in np.flatnonzero(first == p).tolist():
            rank[t] = positions[words[t]]
    order = np.lexsort((rank, first))
    held_count = int(np.count_nonzero(first < n))
    new_id = np.empty(count, dtype=np.int64)
    new_id[order] = np.arange(count, dtype=np.int64)
    return new_id, [words[t] for t in order[:held_count].tolist()]
