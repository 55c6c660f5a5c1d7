"""Every passage's contribution of a term most passages hold, as one dense row.

A question of words most passages hold ("budget" in 88 % of a synthetic corpus's passages)
adds up their postings into one array of every passage's score (topk.select_dense). Scattering
88,000 postings into it (`np.add.at`) costs five times adding a row of every passage's
contribution (0.0 where the passage lacks the term) to it: the rows of the terms asked about
again are kept, made on a term's second question, within a budget of memory. When the budget
is full, a term's row takes the place of the row of the term asked least often only when it
has been asked more often: at 1,000,000 passages the budget holds 6 rows, a synthetic
corpus's questions asked 12 such terms in turn, and dropping the least recently asked made
a row (8 MB, 2-60 ms with its pages here) for one question in four: the slowest 1 % of them.

The sums are the same floats: a passage holding the term gets the same addition, and one
lacking it adds 0.0, which changes no sum that is not -0.0. No sum is -0.0 when every term of
the question contributes more than 0 (`usable`); otherwise the rows are not used.

`FrequencyRows` keep, of the terms one passage in 64 holds, each passage's frequency of the
term (0: it lacks it) in a byte: a term's contributions at a few thousand passages are read
from it and worked out by the formula's own operations (okapi.py), the same floats as the
postings' (no search of 900,000 postings for each passage, nor a row of 8 MB).

A build's files keep every such row, made at index time (`BM25Index.rows_to_store`: 160 MB of
contribution rows and 222 MB of frequency rows at 1,000,000 passages, memory-mapped and shared
between the processes of a machine): an index started from them makes no row while answering
and drops none (`use_stored`). A build made or read from the database in process makes its
rows as above.
"""

from __future__ import annotations

import mmap
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.index.okapi import okapi_norms, okapi_ratios
from bot.engine.index.postings import FloatArray, Postings

_COMMON_SHARE = 4  # a row for a term held by at least a quarter of the passages
_BUDGET_BYTES = 48 * 2**20  # 62 rows at 100,000 passages, 6 at 1,000,000
# A row of frequencies for a term held by at least one passage in 64 (222 of the 1,232 terms
# of the pipeline benchmark's 1,000,000 passages), 1 byte a passage: 64 rows at 1,000,000
# passages, every such term's at 100,000.
_FREQUENT_SHARE = 64
_FREQUENCY_BUDGET_BYTES = 64 * 2**20


_HUGE_PAGE_ADVICE_BYTES = 4 * 2**20  # numpy advises huge pages for an array from this size on


def zeroed(n: int, dtype: npt.DTypeLike) -> npt.NDArray[Any]:
    """`n` zeros of `dtype`, writable, in an anonymous mapping of their own rather than from
    numpy: numpy advises huge pages for an array from 4 MB on, and where the kernel then
    compacts memory on the first touch (transparent huge pages' defrag "madvise", as here)
    writing a new 8 MB row took 8-19 ms of system CPU against 1-3 ms in 4 kB pages: the
    slowest 1 % of the questions at 1,000,000 passages (docs/speed-history.md, eleventh
    session, 13t). Its pages are made at once (`MAP_POPULATE`, where there is one): every
    one is written (a row, every passage's score), and 2,000 faults a page at a time cost
    more (2.6 ms against 3-6 ms for a row of 8 MB). The mapping is unmapped with the last
    array over it."""
    size = n * np.dtype(dtype).itemsize
    if size < _HUGE_PAGE_ADVICE_BYTES:  # numpy gives no advice (nor a mapping a small row)
        return np.zeros(n, dtype=dtype)
    flags = 0
    for name in ("MAP_PRIVATE", "MAP_ANONYMOUS", "MAP_POPULATE"):
        flags |= getattr(mmap, name, 0)
    memory = mmap.mmap(-1, size, flags=flags) if flags else mmap.mmap(-1, size)
    return np.frombuffer(memory, dtype=dtype)


class _KeptRows:
    """Rows of one index's terms, made on demand and bounded: a term's row from the second
    question asking for it, and with the budget full, the rows of the terms asked most kept.
    Or every such term's row, made at index time and read from a build's file (`stored`)."""

    def __init__(
        self, postings: Postings, share: int, budget_bytes: int, dtype: npt.DTypeLike
    ) -> None:
        self._postings = postings
        self._n = len(postings.passage_lengths)
        self._share = share
        self.dtype = np.dtype(dtype)
        self._most = max(1, budget_bytes // max(1, self.dtype.itemsize * self._n))
        self._rows: dict[int, npt.NDArray[Any]] = {}
        # how many questions asked each common term: a row from the second, and the rows of
        # the terms asked most are kept (the common terms are a few dozen)
        self._asks: Counter[int] = Counter()
        self._lock = threading.Lock()  # questions are answered on several threads at once
        self._stored: npt.NDArray[Any] | None = None
        self._stored_at: dict[int, int] = {}

    def frequent(self, t: int) -> bool:
        """Whether term `t` is held by enough passages for a row."""
        return self._postings.frequency(t) * self._share >= self._n

    def terms(self) -> list[int]:
        """The terms a row is made for (held by enough passages), ascending."""
        counts = np.diff(self._postings.offsets)
        found: list[int] = np.flatnonzero(counts * self._share >= max(self._n, 1)).tolist()
        return found

    def every_row(self) -> Iterator[npt.NDArray[Any]]:
        """The row of each of `terms()`, in order, made one at a time (a build's file of
        them is written without all of them in memory)."""
        for t in self.terms():
            yield self._made(t)

    def use_stored(self, rows: npt.NDArray[Any]) -> None:
        """Read every row from `rows` (`every_row`'s, one a line, as a build's file holds
        them): none is made while answering, and none is dropped for another. ValueError
        when they are not this index's."""
        terms = self.terms()
        if rows.shape != (len(terms), self._n) or rows.dtype != self.dtype:
            raise ValueError("the stored rows are not the index's")
        self._stored = rows
        self._stored_at = {t: i for i, t in enumerate(terms)}

    def _kept_row(self, t: int) -> npt.NDArray[Any] | None:
        stored = self._stored
        if stored is not None:
            # every term of a stored row is frequent and every frequent term's row is stored
            # (`terms`; none for an index of no passages): no need to ask `frequent` first
            at = self._stored_at.get(t)
            return None if at is None else stored[at]
        if not self.frequent(t):
            return None
        with self._lock:
            self._asks[t] += 1
            row = self._rows.get(t)
            if row is not None:
                return row
            asks = self._asks[t]
            if asks < 2:
                return None
            if len(self._rows) >= self._most:
                least = min(self._rows, key=self._asks.__getitem__)  # the first made of equals
                if self._asks[least] >= asks:
                    return None
        row = self._made(t)
        row.flags.writeable = False
        with self._lock:
            self._rows[t] = row
            while len(self._rows) > self._most:
                others = (u for u in self._rows if u != t)
                del self._rows[min(others, key=self._asks.__getitem__)]
        return row

    def _kept_or_stored(self, t: int) -> npt.NDArray[Any] | None:
        """Term `t`'s row when stored or made already, else None (nothing made, no question
        counted)."""
        stored = self._stored
        if stored is not None:  # `_kept_row`'s reading of a stored row, one call fewer
            at = self._stored_at.get(t)
            return None if at is None else stored[at]
        with self._lock:
            return self._rows.get(t)

    def _made(self, t: int) -> npt.NDArray[Any]:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._rows)


class DenseRows(_KeptRows):
    """The dense rows of one index's common terms' contributions, made on demand and bounded."""

    def __init__(self, postings: Postings, budget_bytes: int = _BUDGET_BYTES) -> None:
        super().__init__(postings, _COMMON_SHARE, budget_bytes, np.float64)

    def usable(self, qterms: list[int]) -> bool:
        """Whether rows may stand in for the postings of `qterms`: every term's every
        contribution above 0, so no passage's sum is ever -0.0."""
        return bool(qterms) and all(self._postings.min_contrib[t] > 0 for t in qterms)

    def row(self, t: int) -> FloatArray | None:
        """Term `t`'s row, when it is common, asked about before and, with the budget full,
        asked more often than the term of a kept row; None: use its postings."""
        row: FloatArray | None = self._kept_row(t)
        return row

    def _made(self, t: int) -> FloatArray:
        ids, contributions = self._postings.of_term(t)
        row = zeroed(self._n, np.float64)
        # Indexed by numpy's own index type: a row assigned through the stored int32 passage
        # numbers converts each of them on the way (886,000 at 1,000,000 passages: 3.7 ms
        # against 1.2 ms with the conversion done first, in one pass)
        row[ids.astype(np.intp)] = contributions
        return row

    def kept(self, t: int) -> FloatArray | None:
        """Term `t`'s row when it is kept, else None (not counted as asked, nothing made): for
        reading a few passages' contributions, which a row of every passage's is not worth
        making for (1.2 ms at 1,000,000 passages, for a speaker's 1,500), nor keeping in place
        of a row a question of common words adds up."""
        row: FloatArray | None = self._kept_or_stored(t)
        return row


class FrequencyRows(_KeptRows):
    """Each passage's frequency of one of the index's frequent terms, a row a term, made on
    demand and bounded."""

    def __init__(self, postings: Postings, budget_bytes: int = _FREQUENCY_BUDGET_BYTES) -> None:
        super().__init__(postings, _FREQUENT_SHARE, budget_bytes, postings.tfs.dtype)
        # each length's norm (`_lengths` set) or each passage's
        self._norms: FloatArray | None = None
        self._lengths: npt.NDArray[np.uint16] | None = None  # each passage's, narrowed
        self._positive_norms = False  # every passage's norm above 0 (`norms_at`)

    def norms_at(self, passages: npt.NDArray[Any]) -> FloatArray:
        """The length part of the formula (`okapi_norms`) at `passages`: read through each
        passage's length (2 bytes) from a table of each length's norm. A question of a rare
        word among common ones reads them at its 20,000-100,000 passages at 1,000,000: from
        an array of every passage's norm (8 MB, out of the caches by then) that was a fifth
        of its top k; from 2 MB of lengths, a third of that. The same floats: the formula's
        operations, element by element, on the same lengths."""
        if self._norms is None:  # once
            p = self._postings
            lengths = p.passage_lengths
            longest = int(lengths.max()) if len(lengths) else -1
            if 0 <= longest <= np.iinfo(np.uint16).max and int(lengths.min()) >= 0:
                every = np.arange(longest + 1, dtype=lengths.dtype)
                table = okapi_norms(every, k1=p.k1, b=p.b, avgdl=p.avgdl)
                held = np.bincount(lengths, minlength=longest + 1) > 0
                self._positive_norms = float(table[held].min()) > 0
                self._lengths = lengths.astype(np.uint16)  # before the table: other threads
                self._norms = table
            else:  # no passage, or one too long for the table
                norms = okapi_norms(lengths, k1=p.k1, b=p.b, avgdl=p.avgdl)
                self._positive_norms = bool(len(norms)) and float(norms.min()) > 0
                self._norms = norms
        if self._lengths is not None:
            by_length: FloatArray = self._norms.take(self._lengths.take(passages))
            return by_length
        at: FloatArray = self._norms.take(passages)
        return at

    def contributions(
        self, t: int, passages: npt.NDArray[Any], norms: FloatArray
    ) -> FloatArray | None:
        """Term `t`'s contribution at each of `passages` (0.0 where a passage lacks it), whose
        `norms_at` are `norms`, from its row; None when it has none (`_KeptRows`)."""
        row = self._kept_row(t)
        if row is None:
            return None
        return self._worked_out(t, row.take(passages), norms)

    def kept(self, t: int) -> npt.NDArray[Any] | None:
        """Term `t`'s row of frequencies when stored or made already, else None (nothing
        made, no question counted): whether a few passages hold it is read there, one place
        each, not searched for in its postings (some 18 pages of them a passage, at
        1,000,000 passages)."""
        return self._kept_or_stored(t)

    def held_at(
        self,
        t: int,
        passages: npt.NDArray[Any],
        norms: Callable[[], FloatArray] | None = None,
    ) -> tuple[npt.NDArray[np.bool_], FloatArray] | None:
        """Whether each of `passages` holds term `t`, and the term's contribution there (0.0
        where it lacks it), from its row; None when it has none. `norms`: what gives
        `norms_at(passages)` when read already."""
        row = self._kept_row(t)
        if row is None:
            return None
        frequencies = row.take(passages)
        at = norms() if norms is not None else self.norms_at(passages)
        return frequencies > 0, self._worked_out(t, frequencies, at)

    def _worked_out(self, t: int, frequencies: npt.NDArray[Any], norms: FloatArray) -> FloatArray:
        idf = self._postings.idf[t]
        # the formula's own operations: the floats `okapi_contributions` stored
        if idf > 0 and self._positive_norms:
            # a frequency of 0 gives 0.0 (0 / a norm above 0, times an idf above 0): the
            # formula over every passage costs less than finding the passages holding it
            whole: FloatArray = okapi_ratios(frequencies, norms, self._postings.k1)
            whole *= idf  # (in place: `idf * ratios`, the same product)
            return whole
        held = np.flatnonzero(frequencies)
        out = np.zeros(len(frequencies), dtype=np.float64)
        out[held] = idf * okapi_ratios(frequencies[held], norms[held], self._postings.k1)
        return out

    def _made(self, t: int) -> npt.NDArray[Any]:
        p = self._postings
        lo, hi = int(p.offsets[t]), int(p.offsets[t + 1])
        row = np.zeros(self._n, dtype=self.dtype)
        row[p.passages[lo:hi].astype(np.intp)] = p.tfs[lo:hi]
        return row


# A frequent term's best passages: the passages of its largest contributions, one passage in
# this many (15,625 at 1,000,000 passages, where the bound below settled 36 of the pipeline
# benchmark's 39 questions of words most passages hold that reached it: docs/speed-history.md,
# 13topk)
_BEST_SHARE = 64


class BestPassages:
    """Each frequent term's best passages (those of its `size` largest contributions,
    ascending) and a bound on its contribution anywhere else: the smallest of theirs. A
    question of words most passages hold scores the union of its words' best passages; a
    passage outside every word's best scores at most the query-order sum of the bounds, so
    when that is below their k-th best score, they hold the top k (topk.top_k_best), without
    adding up 1,000,000 scores.

    Made at index time and stored with a build (`every_row`, `every_bound`, `use_stored`), or
    made on a term's first question for an index made in process (and kept: 64 kB a term at
    1,000,000 passages); an index reading stored rows of frequencies without these (an older
    build's folder) has none (`of_term` None: every score is added up, as before)."""

    def __init__(self, postings: Postings) -> None:
        self._postings = postings
        self._n = len(postings.passage_lengths)
        self.size = self._n // _BEST_SHARE
        self.dtype = np.dtype(np.int32)
        self._made: dict[int, tuple[npt.NDArray[np.int32], float]] = {}
        self._lock = threading.Lock()
        self._stored: npt.NDArray[np.int32] | None = None
        self._stored_bounds: list[float] = []
        self._stored_at: dict[int, int] = {}
        self._none = False  # stored rows of frequencies were read without these

    def terms(self) -> list[int]:
        """The terms with best passages: those with a row of frequencies (`FrequencyRows`)
        and more passages than `size`, ascending (none below 64 passages: `size` 0)."""
        if self.size == 0:
            return []
        counts = np.diff(self._postings.offsets)
        frequent = (counts * _FREQUENT_SHARE >= max(self._n, 1)) & (counts > self.size)
        found: list[int] = np.flatnonzero(frequent).tolist()
        return found

    def every_row(self) -> Iterator[npt.NDArray[np.int32]]:
        """The best passages of each of `terms()`, in order."""
        for t in self.terms():
            yield self._of(t)[0]

    def every_bound(self) -> Iterator[FloatArray]:
        """The bound of each of `terms()`, in order, a row of one each."""
        for t in self.terms():
            yield np.array([self._of(t)[1]], dtype=np.float64)

    def use_stored(self, rows: npt.NDArray[Any] | None, bounds: npt.NDArray[Any] | None) -> None:
        """Read every term's best passages from `rows` and bounds from `bounds`
        (`every_row`'s and `every_bound`'s, one a line); None: a build's folder without them
        (none made while answering). ValueError when they are not this index's."""
        if rows is None or bounds is None:
            self._none = True
            return
        terms = self.terms()
        if (
            rows.shape != (len(terms), self.size)
            or rows.dtype != self.dtype
            or bounds.shape != (len(terms), 1)
            or bounds.dtype != np.float64
        ):
            raise ValueError("the stored rows are not the index's")
        self._stored = rows
        self._stored_bounds = bounds[:, 0].tolist()
        self._stored_at = {t: i for i, t in enumerate(terms)}

    def of_term(self, t: int) -> tuple[npt.NDArray[np.int32], float] | None:
        """Term `t`'s best passages (ascending) and a bound (at least 0.0) on its contribution
        at every other passage; a term held by at most `size` passages: all of them, and 0.0.
        None when the index has none."""
        p = self._postings
        if p.frequency(t) <= self.size:
            return p.of_term(t)[0], 0.0
        if self._none or self.size == 0:
            return None
        if self._stored is not None:
            at = self._stored_at.get(t)
            return None if at is None else (self._stored[at], self._stored_bounds[at])
        return self._of(t)

    def _of(self, t: int) -> tuple[npt.NDArray[np.int32], float]:
        with self._lock:
            made = self._made.get(t)
        if made is None:
            ids, contributions = self._postings.of_term(t)
            best = contributions.argpartition(len(ids) - self.size)[len(ids) - self.size :]
            row: npt.NDArray[np.int32] = np.sort(ids[best]).astype(np.int32)
            # the smallest of the best: no other passage's is larger (nor 0.0, where one
            # lacks the term)
            made = (row, max(float(contributions[best].min()), 0.0))
            with self._lock:
                self._made[t] = made
        return made

    def __len__(self) -> int:
        return len(self._made)
