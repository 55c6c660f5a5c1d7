"""BM25 index over passages: exact rank-bm25 ``BM25Okapi`` scores, cost following the postings.

The model is the one ``rank_bm25.BM25Okapi`` computes (same float operations in the same
order, so scores are bit-for-bit equal to ``BM25Okapi.get_scores`` for the usual parameters):

* ``idf(t) = log(N - df + 0.5) - log(df + 0.5)`` (``math.log``); the average idf is the
  plain left-to-right sum of the idfs in first-occurrence order of the terms, divided by the
  vocabulary size; terms with a negative idf get ``epsilon * average_idf`` instead;
* ``avgdl = total tokens / N``;
* a term ``t`` with frequency ``tf`` in document ``d`` contributes
  ``idf(t) * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * len(d) / avgdl)))``;
* a query's score is the sum of its terms' contributions, added in query order (a repeated
  term counts each time, an unknown term contributes 0).

Storage is CSR-like: for each term (ids in first-occurrence order) an offset range into one
concatenated array of document ids (sorted within a term, ``int32``), the term frequencies,
and the precomputed ``float64`` contributions. ``top_k`` uses MaxScore-style pruning with
per-term upper bounds, so a query costs about the postings of its rare terms.

Deliberate differences from the reference, all for corpora or parameters where the
reference cannot answer: an empty corpus, or one whose documents are all empty, gives an
index where every score is 0 (``BM25Okapi`` raises ``ZeroDivisionError``); with ``k1 == 0``
or ``b == 1`` and empty documents the reference computes ``0 / 0 = nan`` for documents that
lack a term, this index gives 0 there.
"""

from __future__ import annotations

import json
import math
import os
import struct
import tempfile
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["FORMAT_VERSION", "BM25Index"]

FORMAT_VERSION = 1
"""Version of the ``to_bytes`` format; ``from_bytes`` rejects any other."""

_MAGIC = b"STBM25IX"
_PREFIX = struct.Struct("<8sIIQI")  # magic, version, header length, payload length, payload crc
_ALIGN = 64
_BUILD_CHUNK = 50_000  # documents per build chunk (bounds the temporaries; progress step)
_CONTRIB_CHUNK = 4_000_000  # postings per contribution-computation slice
_SMALL_QUERY = 1_024  # below this many postings, skip pruning and score everything
_TOPK_HINT = 10  # per term, the k-th largest contribution is kept for this k
_BOUND_MARGIN = 1e-12  # relative safety margin on the pruning bound

Int32Array = npt.NDArray[np.int32]
Int64Array = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_ARRAY_NAMES = (
    "doc_len",
    "offsets",
    "doc_ids",
    "tfs",
    "contribs",
    "idf",
    "max_contrib",
    "min_contrib",
    "kth_contrib",
)


def _union(arrays: list[Int32Array]) -> Int32Array:
    """Sorted union of sorted int32 arrays without duplicates (sort based; np.unique is slow)."""
    if len(arrays) == 1:
        return arrays[0]
    merged = np.sort(np.concatenate(arrays))
    if len(merged) == 0:
        return merged
    keep = np.empty(len(merged), dtype=bool)
    keep[0] = True
    np.not_equal(merged[1:], merged[:-1], out=keep[1:])
    return merged[keep]


def _best(ids: npt.NDArray[Any], vals: FloatArray, m: int) -> npt.NDArray[np.intp]:
    """Positions of the ``m`` best entries by (score descending, doc id ascending)."""
    n = len(vals)
    if m <= 0 or n == 0:
        return np.empty(0, dtype=np.intp)
    if m < n:
        part = np.argpartition(vals, n - m)[n - m :]
        threshold = vals[part].min()
        sel = np.flatnonzero(vals >= threshold)  # every tie at the threshold competes by id
    else:
        sel = np.arange(n, dtype=np.intp)
    order = np.lexsort((ids[sel], -vals[sel]))
    return sel[order[:m]]


def _pairs(ids: npt.NDArray[Any], vals: FloatArray) -> list[tuple[int, float]]:
    return list(zip(map(int, ids.tolist()), map(float, vals.tolist()), strict=True))


class _Scratch(threading.local):
    acc: FloatArray | None = None
    mark: npt.NDArray[np.bool_] | None = None


class BM25Index:
    """Okapi BM25 over tokenised passages; document ``i`` is ``documents[i]`` of ``build``."""

    def __init__(
        self,
        *,
        terms: list[str],
        doc_len: Int64Array,
        offsets: Int64Array,
        doc_ids: Int32Array,
        tfs: npt.NDArray[Any],
        contribs: FloatArray,
        idf: FloatArray,
        max_contrib: FloatArray,
        min_contrib: FloatArray,
        kth_contrib: FloatArray,
        k1: float,
        b: float,
        epsilon: float,
        avgdl: float,
        average_idf: float,
    ) -> None:
        self._terms = terms
        self._vocab: dict[str, int] = {t: i for i, t in enumerate(terms)}
        self._doc_len = doc_len
        self._offsets = offsets
        self._doc_ids = doc_ids
        self._tfs = tfs
        self._contribs = contribs
        self._idf = idf
        self._max_contrib = max_contrib
        self._min_contrib = min_contrib
        self._kth_contrib = kth_contrib
        self._k1 = k1
        self._b = b
        self._epsilon = epsilon
        self._avgdl = avgdl
        self._average_idf = average_idf
        self._n = len(doc_len)
        self._scratch = _Scratch()

    # ------------------------------------------------------------------ build

    @classmethod
    def build(
        cls,
        documents: Sequence[Sequence[str]],
        *,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        progress: Callable[[int, int], None] | None = None,
    ) -> BM25Index:
        """Index ``documents`` (already tokenised). ``progress(done, total)`` reports documents."""
        n = len(documents)
        vocab: defaultdict[str, int] = defaultdict()
        vocab.default_factory = vocab.__len__  # new term -> next id: first-occurrence order
        lookup = vocab.__getitem__
        doc_len = np.zeros(n, dtype=np.int64)
        chunk_terms: list[Int32Array] = []
        chunk_docs: list[Int32Array] = []
        chunk_tfs: list[Int32Array] = []
        total_tokens = 0
        done = 0
        it: Iterator[Sequence[str]] = iter(documents)
        if progress is not None:
            progress(0, n)
        while done < n:
            docs = list(islice(it, _BUILD_CHUNK))
            if not docs:
                raise ValueError("documents yielded fewer items than its len()")
            m = len(docs)
            lens = np.fromiter(map(len, docs), dtype=np.int64, count=m)
            doc_len[done : done + m] = lens
            count = int(lens.sum())
            total_tokens += count
            tids = np.fromiter(map(lookup, chain.from_iterable(docs)), dtype=np.int64, count=count)
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
                chunk_docs.append((ukey % m + done).astype(np.int32))
                chunk_tfs.append(tf)
                del starts, ukey
            del key
            done += m
            if progress is not None:
                progress(done, n)

        vsize = len(vocab)
        terms = list(vocab)  # insertion order == id order
        del vocab
        df = np.zeros(vsize, dtype=np.int64)
        for ct in chunk_terms:
            df += np.bincount(ct, minlength=vsize)
        offsets = np.zeros(vsize + 1, dtype=np.int64)
        np.cumsum(df, out=offsets[1:])
        npost = int(offsets[-1])
        max_tf = max((int(t.max()) for t in chunk_tfs if len(t)), default=0)
        tf_dtype = np.uint8 if max_tf < 2**8 else np.uint16 if max_tf < 2**16 else np.uint32
        doc_ids = np.empty(npost, dtype=np.int32)
        tfs = np.empty(npost, dtype=tf_dtype)
        filled = offsets[:-1].copy()
        while chunk_terms:  # chunks are in doc order, so each term's docs stay sorted
            ct, cd, cf = chunk_terms.pop(0), chunk_docs.pop(0), chunk_tfs.pop(0)
            cnt = np.bincount(ct, minlength=vsize)
            start_in_chunk = np.cumsum(cnt) - cnt
            pos = filled[ct] + (np.arange(len(ct), dtype=np.int64) - start_in_chunk[ct])
            doc_ids[pos] = cd
            tfs[pos] = cf
            filled += cnt
            del ct, cd, cf, cnt, start_in_chunk, pos

        # idf exactly as BM25Okapi._calc_idf: math.log, sum in first-occurrence order.
        idf_list = [math.log(n - f + 0.5) - math.log(f + 0.5) for f in df.tolist()]
        idf_sum = 0.0
        for v in idf_list:
            idf_sum += v
        average_idf = idf_sum / vsize if vsize else 0.0
        eps = epsilon * average_idf
        idf = np.array([eps if v < 0 else v for v in idf_list], dtype=np.float64)
        avgdl = total_tokens / n if n else 0.0

        contribs = np.empty(npost, dtype=np.float64)
        if npost:
            # Same operations as BM25Okapi.get_scores, element by element.
            norm = k1 * ((1 - b) + b * doc_len / avgdl)
            term_of = np.repeat(np.arange(vsize, dtype=np.int32), df)
            kp1 = k1 + 1
            for lo in range(0, npost, _CONTRIB_CHUNK):
                hi = min(lo + _CONTRIB_CHUNK, npost)
                tf_f = tfs[lo:hi].astype(np.float64)
                ratio = (tf_f * kp1) / (tf_f + norm[doc_ids[lo:hi]])
                np.multiply(idf[term_of[lo:hi]], ratio, out=contribs[lo:hi])
            del norm, term_of
            max_contrib = np.maximum.reduceat(contribs, offsets[:-1])
            min_contrib = np.minimum.reduceat(contribs, offsets[:-1])
        else:
            max_contrib = np.zeros(vsize, dtype=np.float64)
            min_contrib = np.zeros(vsize, dtype=np.float64)
        kth_contrib = np.full(vsize, -np.inf, dtype=np.float64)
        for t in np.flatnonzero(df >= _TOPK_HINT).tolist():
            seg = contribs[offsets[t] : offsets[t + 1]]
            cut = len(seg) - _TOPK_HINT
            kth_contrib[t] = np.partition(seg, cut)[cut]
        return cls(
            terms=terms,
            doc_len=doc_len,
            offsets=offsets,
            doc_ids=doc_ids,
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

    # ------------------------------------------------------------------ facts

    def __len__(self) -> int:
        return self._n

    @property
    def vocabulary_size(self) -> int:
        return len(self._terms)

    @property
    def average_doc_length(self) -> float:
        return self._avgdl

    @property
    def parameters(self) -> tuple[float, float, float]:
        """(k1, b, epsilon)."""
        return (self._k1, self._b, self._epsilon)

    def vocabulary(self) -> Sequence[str]:
        """Every term of the index, in no particular order."""
        return self._terms

    def doc_length(self, doc_id: int) -> int:
        return int(self._doc_len[self._check_doc(doc_id)])

    def idf(self, term: str) -> float | None:
        """The term's idf as the model uses it (after the epsilon floor); None if unknown."""
        t = self._vocab.get(term)
        return None if t is None else float(self._idf[t])

    def document_frequency(self, term: str) -> int:
        t = self._vocab.get(term)
        return 0 if t is None else int(self._offsets[t + 1] - self._offsets[t])

    def term_frequency(self, doc_id: int, term: str) -> int:
        pos = self._find(doc_id, term)
        return 0 if pos < 0 else int(self._tfs[pos])

    def contains(self, doc_id: int, term: str) -> bool:
        return self._find(doc_id, term) >= 0

    def containing_any(self, doc_ids: Sequence[int], terms: Sequence[str]) -> list[bool]:
        """For each of `doc_ids`, whether the document holds at least one of `terms`.

        Equal to ``[any(self.contains(d, t) for t in terms) for d in doc_ids]``, but with one
        vectorised lookup of all the documents per term instead of one per (document, term):
        cost follows the number of documents asked about and the terms, not the corpus.
        """
        if len(doc_ids) == 0:
            return []
        self._check_doc(min(doc_ids))
        self._check_doc(max(doc_ids))
        # The postings' own dtype, so searchsorted never converts a (long) posting list.
        docs = np.asarray(doc_ids, dtype=self._doc_ids.dtype)
        found = np.zeros(len(docs), dtype=bool)
        for t in dict.fromkeys(self._resolve(terms)):
            ids = self._postings(t)[0]
            if len(ids):
                at = ids.searchsorted(docs)
                np.minimum(at, len(ids) - 1, out=at)
                found |= ids[at] == docs
        hits: list[bool] = found.tolist()
        return hits

    def _check_doc(self, doc_id: int) -> int:
        if not 0 <= doc_id < self._n:
            raise IndexError(f"doc_id {doc_id} out of range for {self._n} documents")
        return doc_id

    def _find(self, doc_id: int, term: str) -> int:
        self._check_doc(doc_id)
        t = self._vocab.get(term)
        if t is None:
            return -1
        lo, hi = int(self._offsets[t]), int(self._offsets[t + 1])
        i = lo + int(self._doc_ids[lo:hi].searchsorted(doc_id))
        return i if i < hi and int(self._doc_ids[i]) == doc_id else -1

    # ------------------------------------------------------------------ scoring

    def _resolve(self, query: Sequence[str]) -> list[int]:
        get = self._vocab.get
        return [t for t in map(get, query) if t is not None]

    def _postings(self, t: int) -> tuple[Int32Array, FloatArray]:
        lo, hi = int(self._offsets[t]), int(self._offsets[t + 1])
        return self._doc_ids[lo:hi], self._contribs[lo:hi]

    def scores(self, query: Sequence[str]) -> FloatArray:
        """Dense scores, length ``len(self)``; equal to ``BM25Okapi.get_scores(query)``."""
        out = np.zeros(self._n, dtype=np.float64)
        for t in self._resolve(query):
            ids, c = self._postings(t)
            out[ids] += c  # ids are unique within a posting list
        return out

    def sparse_scores(self, query: Sequence[str]) -> tuple[Int64Array, FloatArray]:
        """(doc ids ascending, scores) of the documents holding at least one query term.

        Every other document scores exactly 0. Cost is proportional to the postings touched.
        """
        qterms = self._resolve(query)
        if not qterms:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        docs, vals = self._score_touched(qterms)
        return docs.astype(np.int64), vals

    def _score_touched(self, qterms: list[int]) -> tuple[npt.NDArray[Any], FloatArray]:
        distinct = list(dict.fromkeys(qterms))
        total = sum(int(self._offsets[t + 1] - self._offsets[t]) for t in distinct)
        if len(distinct) == 1:
            ids, c = self._postings(distinct[0])
            vals = np.zeros(len(ids), dtype=np.float64)
            for _ in qterms:
                vals += c
            return ids, vals
        if total * 16 < self._n:
            docs = _union([self._postings(t)[0] for t in distinct])
            return docs, self._exact(qterms, docs, {})
        # Dense accumulator, zeroed again only where touched.
        scratch = self._scratch
        if scratch.acc is None or len(scratch.acc) != self._n:
            scratch.acc = np.zeros(self._n, dtype=np.float64)
            scratch.mark = np.zeros(self._n, dtype=bool)
        acc, mark = scratch.acc, scratch.mark
        assert mark is not None
        for t in qterms:  # query order: the same additions as the reference, per document
            ids, c = self._postings(t)
            np.add.at(acc, ids, c)
        for t in distinct:
            mark[self._postings(t)[0]] = True
        touched: npt.NDArray[Any] = np.flatnonzero(mark)
        docs = touched
        vals = acc[docs]
        acc[docs] = 0.0
        mark[docs] = False
        return docs, vals

    def _values(self, t: int, docs: npt.NDArray[Any]) -> FloatArray:
        """Contributions of term ``t`` at sorted ``docs`` (0 where absent)."""
        ids, c = self._postings(t)
        if len(ids) == 0 or len(docs) == 0:
            return np.zeros(len(docs), dtype=np.float64)
        if len(ids) <= len(docs):  # keys from the shorter side
            pos = np.searchsorted(docs, ids)
            pos_c = np.minimum(pos, len(docs) - 1)
            hit = docs[pos_c] == ids
            out = np.zeros(len(docs), dtype=np.float64)
            out[pos_c[hit]] = c[hit]
            return out
        pos = np.minimum(np.searchsorted(ids, docs), len(ids) - 1)
        return np.where(ids[pos] == docs, c[pos], 0.0)

    def _exact(
        self, qterms: list[int], docs: npt.NDArray[Any], cache: dict[int, FloatArray]
    ) -> FloatArray:
        """Exact scores at ``docs``: per document, the reference's additions in query order."""
        out = np.zeros(len(docs), dtype=np.float64)
        for t in qterms:
            v = cache.get(t)
            if v is None:
                v = cache[t] = self._values(t, docs)
            out += v
        return out

    def top_k(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best documents as (doc id, score), best first.

        Reference definition (what this returns, exactly)::

            s = BM25Okapi(corpus).get_scores(query)
            order = numpy.argsort(-s, kind="stable")[:k]
            [(int(i), float(s[i])) for i in order]

        i.e. score descending, ties by lower doc id, over *all* documents: when fewer than
        ``k`` documents score above 0, documents scoring exactly 0 (including those holding
        no query term) follow in doc-id order, then any documents with negative scores (a
        negative ``epsilon * average_idf`` floor). ``k <= 0`` gives ``[]``; ``k >= len``
        gives every document.
        """
        n = self._n
        k = min(int(k), n)
        if k <= 0:
            return []
        qterms = self._resolve(query)
        if not qterms:
            return [(i, 0.0) for i in range(k)]
        pruned = self._top_k_pruned(qterms, k)
        if pruned is not None:
            return pruned
        docs, vals = self._score_touched(qterms)
        return self._select_all(docs, vals, k)

    def _select_all(
        self, docs: npt.NDArray[Any], vals: FloatArray, k: int
    ) -> list[tuple[int, float]]:
        """Top k over all documents, given the scores of the touched ones (others score 0)."""
        pos = np.flatnonzero(vals > 0)
        sel = pos[_best(docs[pos], vals[pos], k)]
        out = _pairs(docs[sel], vals[sel])
        need = k - len(out)
        if need > 0:
            nonzero = docs[vals != 0]  # sorted; every other document scores exactly 0
            cand = np.arange(min(self._n, need + len(nonzero)), dtype=np.int64)
            if len(nonzero):
                at = np.minimum(np.searchsorted(nonzero, cand), len(nonzero) - 1)
                cand = cand[nonzero[at] != cand]
            out.extend((int(d), 0.0) for d in cand[:need].tolist())
            need = k - len(out)
        if need > 0:
            neg = np.flatnonzero(vals < 0)
            sel = neg[_best(docs[neg], vals[neg], need)]
            out.extend(_pairs(docs[sel], vals[sel]))
        return out

    def _top_k_pruned(self, qterms: list[int], k: int) -> list[tuple[int, float]] | None:
        """MaxScore in one pass: score only documents holding an essential term.

        Returns None when pruning cannot help (the caller then scores every touched document).
        Bounds rely on float addition being monotone: a document's exact score is the
        query-order sum of its contributions, each within ``[min(min_contrib, 0),
        max(max_contrib, 0)]`` of its term, so the query-order sums of those limits (with known
        values substituted where known) bound the score from both sides.

        ``theta`` is a lower bound on the k-th best score: at first from the precomputed
        ``_TOPK_HINT``-th largest contribution of each term, then from the candidates' lower
        bounds. Non-essential terms (smallest maxima first) are those whose maxima sum to less
        than ``theta``: a document holding only those cannot be in the top k.
        """
        offsets = self._offsets
        distinct = list(dict.fromkeys(qterms))
        if len(distinct) == 1:
            return None
        df = {t: int(offsets[t + 1] - offsets[t]) for t in distinct}
        total = sum(df.values())
        if total <= _SMALL_QUERY:
            return None
        ub = {t: max(float(self._max_contrib[t]), 0.0) for t in distinct}
        lb = {t: min(float(self._min_contrib[t]), 0.0) for t in distinct}
        theta = -math.inf
        if k <= _TOPK_HINT:
            for t in distinct:
                if df[t] < k:
                    continue
                kth = float(self._kth_contrib[t])
                low = 0.0
                for q in qterms:
                    low += kth if q == t else lb[q]
                theta = max(theta, low)
        essential = self._essential(qterms, distinct, ub, df, theta)
        if sum(df[t] for t in essential) * 2 > total:
            # Too many candidates: raise theta with the exact scores of the documents holding
            # the rarest terms, then see whether those terms alone are essential.
            seed: list[int] = []
            size = 0
            for t in sorted(distinct, key=lambda t: df[t]):
                if (size + df[t]) * 16 > total:
                    break
                seed.append(t)
                size += df[t]
            if not seed:
                return None
            docs = _union([self._postings(t)[0] for t in seed])
            if len(docs) < k:
                return None
            vals = self._exact(qterms, docs, {})
            theta = max(theta, float(np.partition(vals, len(vals) - k)[len(vals) - k]))
            essential = self._essential(qterms, distinct, ub, df, theta)
            if not set(essential) <= set(seed):
                return None
            sel = _best(docs, vals, k)
            return _pairs(docs[sel], vals[sel])
        docs = _union([self._postings(t)[0] for t in essential])
        known = {t: self._values(t, docs) for t in essential}
        low_arr = np.zeros(len(docs), dtype=np.float64)
        high = np.zeros(len(docs), dtype=np.float64)
        for q in qterms:
            v = known.get(q)
            if v is None:
                low_arr += lb[q]
                high += ub[q]
            else:
                low_arr += v
                high += v
        if len(docs) >= k:
            theta = max(theta, float(np.partition(low_arr, len(docs) - k)[len(docs) - k]))
        alive = np.flatnonzero(high * (1 + _BOUND_MARGIN) >= theta)
        cand = docs[alive]
        vals = self._exact(qterms, cand, {q: v[alive] for q, v in known.items()})
        sel = _best(cand, vals, k)
        return _pairs(cand[sel], vals[sel])

    @staticmethod
    def _essential(
        qterms: list[int],
        distinct: list[int],
        ub: dict[int, float],
        df: dict[int, int],
        theta: float,
    ) -> list[int]:
        """Terms a top-k document must hold: all but the low-maximum ones summing below theta."""
        rest: set[int] = set()
        for t in sorted(distinct, key=lambda t: (ub[t], -df[t])):
            bound = 0.0
            for q in qterms:
                if q in rest or q == t:
                    bound += ub[q]
            if bound * (1 + _BOUND_MARGIN) < theta:
                rest.add(t)
            else:
                break
        return [t for t in distinct if t not in rest]

    # ------------------------------------------------------------------ persistence

    def to_bytes(self) -> bytes:
        """Compact binary form: header + raw little-endian arrays + vocabulary; no pickle."""
        blob = "".join(self._terms).encode("utf-8", "surrogatepass")
        term_ends = np.cumsum(np.fromiter(map(len, self._terms), np.int64, len(self._terms)))
        arrays: dict[str, npt.NDArray[Any]] = {
            name: getattr(self, "_" + name) for name in _ARRAY_NAMES
        }
        arrays["term_ends"] = term_ends
        arrays["vocab"] = np.frombuffer(blob, dtype=np.uint8)
        layout = []
        pos = 0
        for name, arr in arrays.items():
            a = np.ascontiguousarray(arr)
            dt = a.dtype.newbyteorder("<")
            layout.append({"name": name, "dtype": dt.str, "shape": list(a.shape), "offset": pos})
            pos += a.nbytes
            pos += -pos % _ALIGN
        header = json.dumps(
            {
                "n": self._n,
                "k1": self._k1,
                "b": self._b,
                "epsilon": self._epsilon,
                "avgdl": self._avgdl,
                "average_idf": self._average_idf,
                "arrays": layout,
            }
        ).encode()
        header += b" " * (-(_PREFIX.size + len(header)) % _ALIGN)
        pieces: list[bytes | memoryview] = []
        crc = 0
        at = 0
        for entry, arr in zip(layout, arrays.values(), strict=True):
            off = int(str(entry["offset"]))
            if off > at:
                pad = bytes(off - at)
                pieces.append(pad)
                crc = zlib.crc32(pad, crc)
            a = np.ascontiguousarray(arr, dtype=np.dtype(str(entry["dtype"])))
            view = a.data.cast("B")
            pieces.append(view)
            crc = zlib.crc32(view, crc)
            at = off + a.nbytes
        if pos > at:
            pad = bytes(pos - at)
            pieces.append(pad)
            crc = zlib.crc32(pad, crc)
        prefix = _PREFIX.pack(_MAGIC, FORMAT_VERSION, len(header), pos, crc)
        return b"".join([prefix, header, *pieces])

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview) -> BM25Index:
        """Load ``to_bytes`` output; ``ValueError`` on another format version or corrupt data."""
        try:
            return cls._from_bytes(memoryview(data).cast("B"))
        except ValueError:
            raise
        except Exception as exc:  # any structural surprise means corrupt data
            raise ValueError(f"corrupt BM25 index data: {exc}") from exc

    @classmethod
    def _from_bytes(cls, data: memoryview) -> BM25Index:
        if len(data) < _PREFIX.size:
            raise ValueError("corrupt BM25 index data: too short")
        magic, version, hlen, plen, crc = _PREFIX.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("not a BM25 index (bad magic bytes)")
        if version != FORMAT_VERSION:
            raise ValueError(
                f"unsupported BM25 index format version {version} (expected {FORMAT_VERSION});"
                " rebuild the index"
            )
        start = _PREFIX.size + hlen
        if len(data) != start + plen:
            raise ValueError("corrupt BM25 index data: wrong length")
        payload = data[start:]
        if zlib.crc32(payload) != crc:
            raise ValueError("corrupt BM25 index data: checksum mismatch")
        meta = json.loads(bytes(data[_PREFIX.size : start]))
        arrays: dict[str, npt.NDArray[Any]] = {}
        for entry in meta["arrays"]:
            dt = np.dtype(entry["dtype"])
            shape = tuple(int(s) for s in entry["shape"])
            count = math.prod(shape)
            off = int(entry["offset"])
            if off < 0 or off + count * dt.itemsize > plen:
                raise ValueError("corrupt BM25 index data: array out of bounds")
            arr = np.frombuffer(payload, dtype=dt, count=count, offset=off).reshape(shape)
            arrays[entry["name"]] = arr.astype(dt.newbyteorder("="), copy=False)
        blob = arrays.pop("vocab").tobytes().decode("utf-8", "surrogatepass")
        ends = arrays.pop("term_ends").tolist()
        starts = [0, *ends[:-1]] if ends else []
        terms = [blob[a:e] for a, e in zip(starts, ends, strict=True)]
        n = int(meta["n"])
        offsets = arrays["offsets"]
        v = len(terms)
        npost = len(arrays["doc_ids"])
        if (
            len(arrays["doc_len"]) != n
            or len(offsets) != v + 1
            or len(arrays["idf"]) != v
            or len(arrays["max_contrib"]) != v
            or len(arrays["min_contrib"]) != v
            or len(arrays["kth_contrib"]) != v
            or len(arrays["tfs"]) != npost
            or len(arrays["contribs"]) != npost
            or (ends and ends[-1] != len(blob))
            or int(offsets[0]) != 0
            or int(offsets[-1]) != npost
            or bool(np.any(np.diff(offsets) < 0))
            or (npost and not 0 <= int(arrays["doc_ids"].min()) <= int(arrays["doc_ids"].max()) < n)
        ):
            raise ValueError("corrupt BM25 index data: inconsistent arrays")
        index = cls(
            terms=terms,
            k1=float(meta["k1"]),
            b=float(meta["b"]),
            epsilon=float(meta["epsilon"]),
            avgdl=float(meta["avgdl"]),
            average_idf=float(meta["average_idf"]),
            **arrays,
        )
        if len(index._vocab) != v:
            raise ValueError("corrupt BM25 index data: duplicate vocabulary entries")
        return index

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write ``to_bytes()`` atomically (temp file + ``os.replace``)."""
        target = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.to_bytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> BM25Index:
        return cls.from_bytes(Path(path).read_bytes())
