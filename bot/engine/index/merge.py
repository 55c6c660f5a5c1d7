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
    if np.any(kept_to[1:] <= kept_to[:-1]) or (len(kept_to) and not 0 <= kept_to[0] < n):
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

    # the kept postings, renumbered
    old_count = len(old.terms)
    df_old = np.diff(old.offsets)
    term_of = np.repeat(np.arange(old_count, dtype=np.int64), df_old)
    moved_to = kept[old.passages]
    kept_at = np.flatnonzero(moved_to >= 0)
    k_terms = term_of[kept_at]
    k_passages = moved_to[kept_at]
    del term_of, moved_to

    new_id, vocabulary = _term_order(
        old, kept, words, k_terms, k_passages, first_at, fresh, terms_at
    )
    k_terms = new_id[k_terms]
    fresh_terms = new_id[np.array(f_terms, dtype=np.int64)]
    fresh_passages = np.array(f_passages, dtype=np.int64)
    k_keys = k_terms * n + k_passages
    f_keys = fresh_terms * n + fresh_passages
    f_order = np.argsort(f_keys, kind="stable")
    f_keys = f_keys[f_order]
    fresh_tfs = np.array(f_tfs, dtype=np.int64)[f_order]
    k_tfs = old.tfs[kept_at]
    if np.all(k_keys[1:] > k_keys[:-1]):  # the kept terms keep their order (the usual case)
        at = np.searchsorted(k_keys, f_keys)
        keys = np.insert(k_keys, at, f_keys)
        tf_values = np.insert(k_tfs.astype(np.int64), at, fresh_tfs)
    else:
        keys = np.concatenate([k_keys, f_keys])
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        tf_values = np.concatenate([k_tfs.astype(np.int64), fresh_tfs])[order]
    del k_keys, f_keys, k_tfs
    terms_of_postings = keys // n if n else keys
    offsets = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms_of_postings, minlength=len(vocabulary)), out=offsets[1:])
    passages = (keys - terms_of_postings * n).astype(np.int32)
    max_tf = int(tf_values.max()) if len(tf_values) else 0
    return scored_postings(
        vocabulary,
        passage_lengths,
        offsets,
        passages,
        tf_values.astype(tf_dtype(max_tf)),
        k1=old.k1,
        b=old.b,
        epsilon=old.epsilon,
    )


def _term_order(
    old: Postings,
    kept: Int64Array,
    words: list[str],
    k_terms: Int64Array,
    k_passages: Int64Array,
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
    if len(k_terms):  # a term's first kept posting: its postings are in passage order
        starts = np.searchsorted(k_terms, np.arange(old_count))
        held = starts < len(k_terms)
        held[held] = k_terms[starts[held]] == np.flatnonzero(held)
        first[:old_count][held] = k_passages[starts[held]]
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
