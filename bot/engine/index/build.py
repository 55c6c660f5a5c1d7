"""Term lists -> `Postings`: the vocabulary, the postings sorted by term, and each posting's
contribution worked out once by the ranking formula (okapi.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.index.okapi import okapi_contributions, okapi_idf
from bot.engine.index.postings import TOPK_HINT, Int32Array, Int64Array, Postings

# Passages per build chunk: bounds the temporaries, and how long one call holds the
# interpreter (a chunk's terms become ids in one np.fromiter: at 50,000 passages that held it
# for 50 ms at a time, at 5,000 some 15-20 ms on a busy machine, and questions waited); the
# progress step.
_BUILD_CHUNK = 1_000


def build_postings(
    terms: Iterable[Sequence[str]],
    *,
    count: int,
    k1: float,
    b: float,
    epsilon: float,
    progress: Callable[[int, int], None] | None = None,
) -> Postings:
    """Index `terms` (each passage's terms, `count` of them: read a chunk at a time, so an
    iterator need not hold them all). ``progress(done, total)`` reports passages."""
    n = count
    vocab: defaultdict[str, int] = defaultdict()
    vocab.default_factory = vocab.__len__  # new term -> next id: first-occurrence order
    lookup = vocab.__getitem__
    passage_lengths = np.zeros(n, dtype=np.int64)
    chunk_terms: list[Int32Array] = []
    chunk_passages: list[Int32Array] = []
    chunk_tfs: list[Int32Array] = []
    done = 0
    it: Iterator[Sequence[str]] = iter(terms)
    if progress is not None:
        progress(0, n)
    while done < n:
        chunk = list(islice(it, _BUILD_CHUNK))
        if not chunk:
            raise ValueError("terms yielded fewer items than its len()")
        m = len(chunk)
        lens = np.fromiter(map(len, chunk), dtype=np.int64, count=m)
        passage_lengths[done : done + m] = lens
        count = int(lens.sum())
        tids = np.fromiter(map(lookup, chain.from_iterable(chunk)), dtype=np.int64, count=count)
        local = np.repeat(np.arange(m, dtype=np.int64), lens)
        key = tids * m + local
        del tids, local
        key.sort()
        if count:
            first = np.empty(count, dtype=bool)
            first[0] = True
            np.not_equal(key[1:], key[:-1], out=first[1:])
            starts = np.flatnonzero(first)
            del first
            ukey = key[starts]
            tf = np.diff(np.append(starts, count)).astype(np.int32)
            chunk_terms.append((ukey // m).astype(np.int32))
            chunk_passages.append((ukey % m + done).astype(np.int32))
            chunk_tfs.append(tf)
            del starts, ukey
        del key
        done += m
        if progress is not None:
            progress(done, n)

    vsize = len(vocab)
    vocabulary = list(vocab)  # insertion order == id order
    del vocab
    df = np.zeros(vsize, dtype=np.int64)
    for ct in chunk_terms:
        df += np.bincount(ct, minlength=vsize)
    offsets = np.zeros(vsize + 1, dtype=np.int64)
    np.cumsum(df, out=offsets[1:])
    npost = int(offsets[-1])
    max_tf = max((int(t.max()) for t in chunk_tfs if len(t)), default=0)
    passages = np.empty(npost, dtype=np.int32)
    tfs = np.empty(npost, dtype=tf_dtype(max_tf))
    filled = offsets[:-1].copy()
    while chunk_terms:  # chunks are in passage order, so each term's passages stay sorted
        ct, cp, cf = chunk_terms.pop(0), chunk_passages.pop(0), chunk_tfs.pop(0)
        cnt = np.bincount(ct, minlength=vsize)
        start_in_chunk = np.cumsum(cnt) - cnt
        pos = filled[ct] + (np.arange(len(ct), dtype=np.int64) - start_in_chunk[ct])
        passages[pos] = cp
        tfs[pos] = cf
        filled += cnt
        del ct, cp, cf, cnt, start_in_chunk, pos
    return scored_postings(
        vocabulary, passage_lengths, offsets, passages, tfs, k1=k1, b=b, epsilon=epsilon
    )


def tf_dtype(max_tf: int) -> type[np.unsignedinteger[Any]]:
    """The smallest unsigned type holding term frequencies up to `max_tf`."""
    return np.uint8 if max_tf < 2**8 else np.uint16 if max_tf < 2**16 else np.uint32


def scored_postings(
    vocabulary: list[str],
    passage_lengths: Int64Array,
    offsets: Int64Array,
    passages: Int32Array,
    tfs: npt.NDArray[Any],
    *,
    k1: float,
    b: float,
    epsilon: float,
) -> Postings:
    """The postings of terms `vocabulary` (in id order; term t's are [offsets[t],
    offsets[t + 1]), passages ascending), scored: each term's idf and each posting's
    contribution by the ranking formula, and the bounds top-k selection reads. Every index
    is finished here, built whole or merged (merge.py), so both give the same floats."""
    n = len(passage_lengths)
    vsize = len(vocabulary)
    df = np.diff(offsets)
    npost = int(offsets[-1])
    idf, average_idf = okapi_idf(df.tolist(), n, epsilon)
    avgdl = int(passage_lengths.sum()) / n if n else 0.0
    contribs = okapi_contributions(
        idf=idf,
        term_of=np.repeat(np.arange(vsize, dtype=np.int32), df),
        passages=passages,
        tfs=tfs,
        passage_lengths=passage_lengths,
        k1=k1,
        b=b,
        avgdl=avgdl,
    )
    if npost:
        max_contrib = np.maximum.reduceat(contribs, offsets[:-1])
        min_contrib = np.minimum.reduceat(contribs, offsets[:-1])
    else:
        max_contrib = np.zeros(vsize, dtype=np.float64)
        min_contrib = np.zeros(vsize, dtype=np.float64)
    kth_contrib = np.full(vsize, -np.inf, dtype=np.float64)
    for t in np.flatnonzero(df >= TOPK_HINT).tolist():
        seg = contribs[offsets[t] : offsets[t + 1]]
        cut = len(seg) - TOPK_HINT
        kth_contrib[t] = np.partition(seg, cut)[cut]
    return Postings(
        terms=vocabulary,
        passage_lengths=passage_lengths,
        offsets=offsets,
        passages=passages,
        tfs=tfs,
        contribs=contribs,
        idf=idf,
        max_contrib=max_contrib,
        min_contrib=min_contrib,
        kth_contrib=kth_contrib,
        k1=float(k1),
        b=float(b),
        epsilon=float(epsilon),
        avgdl=float(avgdl),
        average_idf=float(average_idf),
    )
