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
"""

from __future__ import annotations

import threading
from collections import Counter

import numpy as np

from bot.engine.index.postings import FloatArray, Postings

_COMMON_SHARE = 4  # a row for a term held by at least a quarter of the passages
_BUDGET_BYTES = 48 * 2**20  # 62 rows at 100,000 passages, 6 at 1,000,000


class DenseRows:
    """The dense rows of one index's common terms, made on demand and bounded."""

    def __init__(self, postings: Postings, budget_bytes: int = _BUDGET_BYTES) -> None:
        self._postings = postings
        self._n = len(postings.passage_lengths)
        self._most = max(1, budget_bytes // max(1, 8 * self._n))
        self._rows: dict[int, FloatArray] = {}
        # how many questions asked each common term: a row from the second, and the rows of
        # the terms asked most are kept (the common terms are a few dozen)
        self._asks: Counter[int] = Counter()
        self._lock = threading.Lock()  # questions are answered on several threads at once

    def usable(self, qterms: list[int]) -> bool:
        """Whether rows may stand in for the postings of `qterms`: every term's every
        contribution above 0, so no passage's sum is ever -0.0."""
        return bool(qterms) and all(self._postings.min_contrib[t] > 0 for t in qterms)

    def row(self, t: int) -> FloatArray | None:
        """Term `t`'s row, when it is common, asked about before and, with the budget full,
        asked more often than the term of a kept row; None: use its postings."""
        if self._postings.frequency(t) * _COMMON_SHARE < self._n:
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
        ids, contributions = self._postings.of_term(t)
        row = np.zeros(self._n, dtype=np.float64)
        # Indexed by numpy's own index type: a row assigned through the stored int32 passage
        # numbers converts each of them on the way (886,000 at 1,000,000 passages: 3.7 ms
        # against 1.2 ms with the conversion done first, in one pass)
        row[ids.astype(np.intp)] = contributions
        row.flags.writeable = False
        with self._lock:
            self._rows[t] = row
            while len(self._rows) > self._most:
                others = (u for u in self._rows if u != t)
                del self._rows[min(others, key=self._asks.__getitem__)]
        return row

    def kept(self, t: int) -> FloatArray | None:
        """Term `t`'s row when it is kept, else None (not counted as asked, nothing made): for
        reading a few passages' contributions, which a row of every passage's is not worth
        making for (1.2 ms at 1,000,000 passages, for a speaker's 1,500), nor keeping in place
        of a row a question of common words adds up."""
        with self._lock:
            return self._rows.get(t)

    def __len__(self) -> int:
        return len(self._rows)
