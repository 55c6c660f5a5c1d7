"""The ranking formula: Okapi BM25 as ``rank_bm25.BM25Okapi`` computes it, bit for bit.

Same float operations in the same order as the reference, so scores are equal to
``BM25Okapi.get_scores`` for the usual parameters:

* ``idf(t) = log(N - df + 0.5) - log(df + 0.5)`` (``math.log``); the average idf is the
  plain left-to-right sum of the idfs in first-occurrence order of the terms, divided by the
  vocabulary size; terms with a negative idf get ``epsilon * average_idf`` instead;
* ``avgdl = total terms / N``;
* a term ``t`` with frequency ``tf`` in passage ``p`` contributes
  ``idf(t) * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * len(p) / avgdl)))``;
* a query's score is the sum of its terms' contributions, added in query order (a repeated
  term counts each time, an unknown term contributes 0).

The index stores each contribution once, when it is built; answering only adds them.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

_CONTRIB_CHUNK = 4_000_000  # postings per contribution-computation slice (bounds temporaries)


def okapi_idf(
    passage_frequencies: list[int], passage_count: int, epsilon: float
) -> tuple[FloatArray, float]:
    """Each term's idf after the epsilon floor, and the average idf before it, exactly as
    ``BM25Okapi._calc_idf``: ``math.log``, summed in first-occurrence order."""
    n = passage_count
    idf_list = [math.log(n - f + 0.5) - math.log(f + 0.5) for f in passage_frequencies]
    idf_sum = 0.0
    for v in idf_list:
        idf_sum += v
    average_idf = idf_sum / len(idf_list) if idf_list else 0.0
    eps = epsilon * average_idf
    idf = np.array([eps if v < 0 else v for v in idf_list], dtype=np.float64)
    return idf, average_idf


def okapi_contributions(
    *,
    idf: FloatArray,
    term_of: npt.NDArray[np.int32],
    passages: npt.NDArray[np.int32],
    tfs: npt.NDArray[Any],
    passage_lengths: npt.NDArray[np.int64],
    k1: float,
    b: float,
    avgdl: float,
) -> FloatArray:
    """Each posting's contribution: ``BM25Okapi.get_scores``'s operations, element by element.

    Posting ``i`` is term ``term_of[i]`` in passage ``passages[i]``, ``tfs[i]`` times. Worked
    out in slices, so no temporary is as long as all the postings.
    """
    contribs = np.empty(len(passages), dtype=np.float64)
    if not len(passages):
        return contribs  # and no division by an average length of 0
    norm = okapi_norms(passage_lengths, k1=k1, b=b, avgdl=avgdl)
    for lo in range(0, len(passages), _CONTRIB_CHUNK):
        hi = min(lo + _CONTRIB_CHUNK, len(passages))
        ratio = okapi_ratios(tfs[lo:hi], norm[passages[lo:hi]], k1)
        np.multiply(idf[term_of[lo:hi]], ratio, out=contribs[lo:hi])
    return contribs


def okapi_norms(
    passage_lengths: npt.NDArray[np.int64], *, k1: float, b: float, avgdl: float
) -> FloatArray:
    """Each passage's ``k1 * ((1 - b) + b * len(p) / avgdl)``: the length part of the formula."""
    norms = k1 * ((1 - b) + b * passage_lengths / avgdl)
    return norms.astype(np.float64, copy=False)


def okapi_ratios(tfs: npt.NDArray[Any], norms: FloatArray, k1: float) -> FloatArray:
    """``(tf * (k1 + 1)) / (tf + norm)`` of each (frequency, passage's norm) pair: a
    contribution is the term's idf times this. `okapi_contributions` and a term's
    contributions worked out again from its frequencies (rows.py) share it, so both give the
    same floats.

    Worked out in place, in one new array and one temporary: each of the formula's operations
    in a new array of its own (50,000 passages: 400 kB each, four of them) cost a row's
    contributions twice the time, and often seven times, in fresh pages
    (docs/speed-history.md, 13m1). The same operations on the same floats."""
    ratios: FloatArray = tfs.astype(np.float64)  # (a copy: the frequencies are not written)
    sums = ratios + norms
    ratios *= k1 + 1
    ratios /= sums
    return ratios
