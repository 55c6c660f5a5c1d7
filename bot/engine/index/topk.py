"""Top-k selection: the k best passages by (score descending, passage ascending), from the
passages of a question's rarest terms alone when the other terms' bounds prove it
(`top_k_seeded`), else with MaxScore-style pruning on per-term bounds, so a query costs about
the postings of its rare terms rather than all of them."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.index.postings import TOPK_HINT, FloatArray, Int32Array, Postings, union

_SMALL_QUERY = 1_024  # below this many postings, skip pruning and score everything
_BOUND_MARGIN = 1e-12  # relative safety margin on the pruning bound
# A float sum of a question's few contributions is within some 1e-15 of their real sum, a
# share of their sizes: a bound on it here leaves this much more room (`_narrowed`)
_SLACK = 1e-9
# The rarest word's passages are narrowed (`_narrowed`) from this many on: at 1,000,000
# passages 46 of the pipeline benchmark's settled questions with 32,000-64,000 took 17 % less
# time, 62 with 16,000-32,000 5 % more, and at 100,000 every one (all below 16,000) 35 % more
# (docs/speed-history.md, 13m1)
_NARROW_FROM = 32_768


# The scores are dealt into this many groups (at least four times the m asked for), each
# score's group its place modulo it, and the m-th best of the groups' maxima is a floor for
# the m-th best of all
_GROUPS = 256


def best(ids: npt.NDArray[Any] | None, vals: FloatArray, m: int) -> npt.NDArray[np.intp]:
    """Positions of the ``m`` best entries by (score descending, passage ascending); `ids`
    None: entry i is passage i (every passage's score, without an array of 100,000 ids)."""
    n = len(vals)
    if m <= 0 or n == 0:
        return np.empty(0, dtype=np.intp)
    groups = max(_GROUPS, 4 * m)
    if n >= 4 * groups:
        # Partitioning every score costs some 9 ns a score here (a selection's branches: at
        # 100,000 passages a seeded question's 2,000-4,000 candidates, 17 µs). The m largest
        # of the groups' maxima are m scores, so the m-th best of all is no lower than the
        # m-th of them: the m best, and every tie with the last of them, are at or above it,
        # and few others are (the maxima in one pass of numpy's, without a branch a score;
        # a sample's m-th best, as before, left 2,500-20,000 of 1,000,000 scores to partition).
        # A floor of NaN (no score is one) would keep nothing: every score is partitioned then.
        rows = n // groups
        maxima = np.maximum.reduce(vals[: rows * groups].reshape(rows, groups), axis=0)
        maxima.partition(groups - m)
        floor = maxima[groups - m]
        if floor == floor:
            kept: npt.NDArray[np.intp] = (vals >= floor).nonzero()[0]
            if len(kept) < n // 2:
                return kept[_best_of_all(kept if ids is None else ids[kept], vals[kept], m)]
    return _best_of_all(ids, vals, m)


def _best_of_all(ids: npt.NDArray[Any] | None, vals: FloatArray, m: int) -> npt.NDArray[np.intp]:
    n = len(vals)
    sel: npt.NDArray[np.intp]
    if m < n:
        part = vals.argpartition(n - m)[n - m :]  # (as `best`: methods, not functions)
        threshold = np.minimum.reduce(vals[part])
        sel = (vals >= threshold).nonzero()[0]  # every tie at the threshold competes by id
    else:
        sel = np.arange(n, dtype=np.intp)
    order = np.lexsort((sel if ids is None else ids[sel], -vals[sel]))
    return sel[order[:m]]


def pairs(ids: npt.NDArray[Any], vals: FloatArray) -> list[tuple[int, float]]:
    return list(zip(map(int, ids.tolist()), map(float, vals.tolist()), strict=True))


def select_all(
    passages: npt.NDArray[Any], vals: FloatArray, k: int, passage_count: int
) -> list[tuple[int, float]]:
    """Top k over all passages, given the scores of the touched ones (others score 0)."""
    pos = (vals > 0).nonzero()[0]
    sel = pos[best(passages[pos], vals[pos], k)]
    out = pairs(passages[sel], vals[sel])
    need = k - len(out)
    if need > 0:
        nonzero = passages[vals != 0]  # sorted; every other passage scores exactly 0
        cand = np.arange(min(passage_count, need + len(nonzero)), dtype=np.int64)
        if len(nonzero):
            at = np.minimum(np.searchsorted(nonzero, cand), len(nonzero) - 1)
            cand = cand[nonzero[at] != cand]
        out.extend((int(p), 0.0) for p in cand[:need].tolist())
        need = k - len(out)
    if need > 0:
        neg = np.flatnonzero(vals < 0)
        sel = neg[best(passages[neg], vals[neg], need)]
        out.extend(pairs(passages[sel], vals[sel]))
    return out


def select_dense(scores: FloatArray, k: int) -> list[tuple[int, float]] | None:
    """Top k from every passage's score (`scores[i]` is passage i's), when at least k
    passages score above 0 (then no passage scoring 0 or less is among them); else None."""
    sel = best(None, scores, k)
    if len(sel) < k or not scores[sel[-1]] > 0:  # the k-th best is no more than 0
        return None
    return pairs(sel, scores[sel])


# The passages holding a question's rarest word are scored alone while it is in at most one
# passage in this many, its two rarest while they are in one in twice as many (at 1,000,000
# passages the benchmark's 188 top-k questions took 0.55 of the CPU time; a fourth: no
# faster, and its slowest questions slower than adding up every score)
_SEED_SHARE = 8
_SEED_TERMS = 2  # tried with the rarest word, then with the two rarest


# `among_best(passages, terms)`: which of the ascending `passages` are among any of `terms`'
# best passages (rows.py's `BestPassages`), and each term's bound on its contribution at
# every other passage; None when the index has none
AmongBest = Callable[
    [npt.NDArray[Any], list[int]], tuple[npt.NDArray[np.bool_], dict[int, float]] | None
]


def top_k_seeded(
    postings: Postings,
    qterms: list[int],
    k: int,
    values_at: Callable[[list[int], npt.NDArray[Any]], dict[int, FloatArray] | None],
    among_best: AmongBest | None = None,
) -> list[tuple[int, float]] | None:
    """The top k when they all hold one of the question's rarest terms (the seeds): the
    passages holding those, scored exactly, settle it when no other passage can reach their
    k-th best score. Another passage lacks the seed terms and holds each other term at most
    at its largest contribution, and float addition is monotone: the query-order sum of
    those bounds its score. None when that bound is not below the k-th best, or the seeds are
    too many (then every score is added up).

    For a question of words most passages hold and a rarer one, at 1,000,000 passages (the
    rarer in some 20,000 passages, the others in 900,000): adding up every passage's score
    reads megabytes, this the seeds' contributions of each other term, read from a row of
    bytes (rows.py). `values_at(terms, passages)`: each of `terms`' contributions at the
    ascending `passages` (0.0 where one lacks it), or None when they would cost more than
    adding up every score.

    With `among_best` (`AmongBest`), the rarest word's passages are first narrowed to those
    that can reach the k best (`_narrowed`): at 1,000,000 passages some 1,000-4,000 of its
    20,000-110,000 scored exactly, the same top k."""
    distinct = list(dict.fromkeys(qterms))
    n = len(postings.passage_lengths)
    rarest = sorted(distinct, key=lambda t: (postings.frequency(t), t))
    size = 0
    for count in range(1, min(_SEED_TERMS, len(distinct) - 1) + 1):
        seeded = rarest[:count]
        size += postings.frequency(seeded[-1])
        if size * _SEED_SHARE * count > n:  # the two rarest: half as many
            return None
        outside = 0.0  # a passage lacking every seed term scores at most this
        for q in qterms:
            if q not in seeded:
                outside += max(float(postings.max_contrib[q]), 0.0)
        seeds = union([postings.of_term(t)[0] for t in seeded])
        if len(seeds) < k:
            continue
        known: dict[int, FloatArray] | None
        if count == 1:  # the seeds are its postings: their contributions are at hand
            narrowed = None
            if among_best is not None and len(seeds) >= _NARROW_FROM:
                narrowed = _narrowed(postings, seeds, seeded[0], qterms, k, values_at, among_best)
            if narrowed is not None:
                seeds, known = narrowed
            else:
                known = values_at(rarest[1:], seeds)
                if known is not None:
                    known[seeded[0]] = postings.of_term(seeded[0])[1]
        else:
            known = values_at(distinct, seeds)
        if known is None:
            return None
        settled = _settled_within(seeds, known, qterms, k, outside)
        if settled is not None:
            return settled
    return None


def _narrowed(
    postings: Postings,
    seeds: npt.NDArray[Any],
    seed: int,
    qterms: list[int],
    k: int,
    values_at: Callable[[list[int], npt.NDArray[Any]], dict[int, FloatArray] | None],
    among_best: AmongBest,
) -> tuple[npt.NDArray[Any], dict[int, FloatArray]] | None:
    """The seeds (the passages holding the term `seed`) that can be among their k best by
    score, with every term's contributions there: the same k best and every tie with the
    last, so `_settled_within` gives of them what it gives of all the seeds. None when they
    cannot be told apart (then every seed is scored).

    A seed among none of the other terms' best passages holds each of them at most at its
    bound: its score, the query-order float sum of its contributions, is at most that of its
    own contribution and those bounds (float addition is monotone), within a few units in the
    last place of their real sum (`_SLACK` is far more). The seeds among some other term's
    best passages, scored exactly, give a k-th best score that the k best of all the seeds
    reach: a seed whose own contribution leaves it below that is neither among them nor tied
    with the last."""
    others = [t for t in dict.fromkeys(qterms) if t != seed]
    found = among_best(seeds, others)
    if found is None:
        return None
    inside, bounds = found
    first = inside.nonzero()[0]
    if len(first) < k:
        return None
    own = postings.of_term(seed)[1]
    known = values_at(others, seeds[first])
    if known is None:
        return None
    known[seed] = own[first]
    exact = np.zeros(len(first), dtype=np.float64)
    for q in qterms:  # query order, as `_settled_within`'s
        exact += known[q]
    exact.partition(len(exact) - k)
    theta = float(exact[len(exact) - k])  # no higher than the k-th best of all the seeds
    largest = max(abs(float(postings.max_contrib[seed])), abs(float(postings.min_contrib[seed])))
    rest = 0.0  # the other terms' bounds, added up
    size = abs(theta) + 1.0  # what the float error is a share of
    for q in qterms:
        rest += 0.0 if q == seed else bounds[q]
        size += largest if q == seed else abs(bounds[q])
    # a seed reaches theta only if its own contribution, times its terms, reaches this
    least = (theta - rest - _SLACK * size) / qterms.count(seed)
    reach = own >= least
    reach |= inside
    chosen = reach.nonzero()[0]
    if len(chosen) * 2 > len(seeds):
        return None  # (few left out: every seed scored, as before)
    known = values_at(others, seeds[chosen])
    if known is None:
        return None
    known[seed] = own[chosen]
    return seeds[chosen], known


def _settled_within(
    candidates: npt.NDArray[Any],
    known: dict[int, FloatArray],
    qterms: list[int],
    k: int,
    outside: float,
) -> list[tuple[int, float]] | None:
    """The top k of `candidates`, scored exactly from their `known` contributions, when their
    k-th best score is above `outside` (what any passage not among them scores at most), with
    a margin for float error; else None."""
    found, _ = _kth_within(candidates, _exact(known, qterms, len(candidates)), k, outside)
    return found


def _exact(known: dict[int, FloatArray], qterms: list[int], n: int) -> FloatArray:
    exact = np.zeros(n, dtype=np.float64)
    for q in qterms:  # query order: the reference's additions, per passage
        exact += known[q]
    return exact


def _kth_within(
    candidates: npt.NDArray[Any], exact: FloatArray, k: int, outside: float
) -> tuple[list[tuple[int, float]] | None, float]:
    """`_settled_within`'s answer from the candidates' `exact` scores, and their k-th best."""
    # the k best first: the last of them holds the k-th best score (one selection, not a
    # partition of every candidate's score for it and another for them: at 1,000,000 passages
    # some 50,000 candidates, a partition ~0.3 ms)
    sel = best(candidates, exact, k)
    theta = float(exact[sel[-1]])
    if theta > 0 and outside * (1 + _BOUND_MARGIN) < theta:
        return pairs(candidates[sel], exact[sel]), theta
    return None, theta


# A band of a word's passages (`_with_band`) is scored only while its passages not yet among
# the candidates are at most one passage in this many (else every score is added up)
_BAND_SHARE = 16


def top_k_best(
    qterms: list[int],
    k: int,
    best_of: Callable[[int], tuple[Int32Array, float] | None],
    values_at: Callable[[list[int], npt.NDArray[Any]], dict[int, FloatArray] | None],
    postings: Postings | None = None,
    among_best: AmongBest | None = None,
) -> list[tuple[int, float]] | None:
    """The top k when they are all among the question's terms' best passages: `best_of(t)`
    gives term t's best passages and a bound on its contribution at any other passage (rows.py's
    `BestPassages`). The union of those passages, scored exactly, settles it when the
    query-order sum of the bounds (what a passage outside every term's best scores at most:
    float addition is monotone) is below their k-th best score. When it is not, with
    `postings`, a band of one term's passages is added (`_with_band`). None when neither
    settles it, or a term has no best passages (then every score is added up).

    For a question of words most passages hold ("budget", "council"): some 45,000 passages'
    contributions read at 1,000,000 passages, not 1,000,000 scores added up and selected from.
    `values_at` as `top_k_seeded`'s."""
    distinct = list(dict.fromkeys(qterms))
    found: dict[int, float] = {}
    rows = []
    for t in distinct:
        got = best_of(t)
        if got is None:
            return None
        rows.append(got[0])
        found[t] = got[1]
    outside = 0.0  # a passage outside every term's best scores at most this
    for q in qterms:
        outside += found[q]
    candidates = union(rows)
    if len(candidates) < k:
        return None
    known = values_at(distinct, candidates)
    if known is None:
        return None
    exact = _exact(known, qterms, len(candidates))
    settled, theta = _kth_within(candidates, exact, k, outside)
    if settled is not None or postings is None or not theta > 0:
        return settled
    return _with_band(postings, qterms, k, found, candidates, exact, theta, values_at, among_best)


def _with_band(
    postings: Postings,
    qterms: list[int],
    k: int,
    bounds: dict[int, float],
    candidates: npt.NDArray[Any],
    exact: FloatArray,
    theta: float,
    values_at: Callable[[list[int], npt.NDArray[Any]], dict[int, FloatArray] | None],
    among_best: AmongBest | None,
) -> list[tuple[int, float]] | None:
    """`top_k_best` when the best passages' k-th best score, `theta`, does not settle it (at
    1,000,000 passages its bound cut through a contribution many passages share, or a
    passage near the bound of every word might still reach it): a passage outside every
    word's best reaches `theta` only if each word's contribution there reaches `theta` less
    the other words' bounds. The passages of the question's rarest word (j) whose contribution
    reaches that, less a slack (`need`), are scored too; any other passage holds j at most at
    `need` (or not at all, 0.0) and every word at most at its bound, so scores at most their
    query-order sum (float addition is monotone), a little below `theta`: the candidates and
    the band hold the top k and every tie at the k-th score. Some 16,000-50,000 passages
    scored more at 1,000,000 passages, against adding up 1,000,000 scores and choosing from
    them. None when `need` is not above 0.0 or the band is many passages."""
    distinct = list(dict.fromkeys(qterms))
    j = min(distinct, key=postings.frequency)
    rest = 0.0  # the other words' bounds, added up
    size = abs(theta) + 1.0  # what the float error is a share of
    for q in qterms:
        rest += 0.0 if q == j else bounds[q]
        size += abs(bounds[q])
    need = (theta - rest - _SLACK * size) / qterms.count(j)
    if not need > 0.0:
        return None
    ids, contributions = postings.of_term(j)
    band = ids.compress(contributions >= need)
    marked = None if among_best is None else among_best(band, distinct)
    if marked is not None:  # (the candidates are the passages among any word's best)
        new = band[~marked[0]]
    else:
        at = np.minimum(np.searchsorted(candidates, band), len(candidates) - 1)
        new = band[candidates[at] != band]
    if len(new) * _BAND_SHARE > len(postings.passage_lengths):
        return None
    outside = 0.0  # a passage neither among the candidates nor the band scores at most this
    for q in qterms:
        outside += min(need, bounds[q]) if q == j else bounds[q]
    if len(new) == 0:
        return _kth_within(candidates, exact, k, outside)[0]
    known = values_at(distinct, new)
    if known is None:
        return None
    return _kth_within(
        np.concatenate((candidates, new)),
        np.concatenate((exact, _exact(known, qterms, len(new)))),
        k,
        outside,
    )[0]


def top_k_pruned(
    postings: Postings, qterms: list[int], k: int, *, most: int | None = None
) -> list[tuple[int, float]] | None:
    """MaxScore in one pass: score only passages holding an essential term.

    Returns None when pruning cannot help (the caller then scores every touched passage).
    With `most`, it looks up at most about that many postings, and returns None rather than
    more: the caller then adds up every passage's score, for words most passages hold
    (cheaper than scoring that many candidates, or than a long guess at a better bound).
    Bounds rely on float addition being monotone: a passage's exact score is the query-order
    sum of its contributions, each within ``[min(min_contrib, 0), max(max_contrib, 0)]`` of its
    term, so the query-order sums of those limits (with known values substituted where known)
    bound the score from both sides.

    ``theta`` is a lower bound on the k-th best score: at first from the precomputed
    ``TOPK_HINT``-th largest contribution of each term, then from the candidates' lower
    bounds. Non-essential terms (smallest maxima first) are those whose maxima sum to less
    than ``theta``: a passage holding only those cannot be in the top k.
    """
    distinct = list(dict.fromkeys(qterms))
    if len(distinct) == 1:
        return None
    df = {t: postings.frequency(t) for t in distinct}
    total = sum(df.values())
    if total <= _SMALL_QUERY:
        return None
    ub = {t: max(float(postings.max_contrib[t]), 0.0) for t in distinct}
    lb = {t: min(float(postings.min_contrib[t]), 0.0) for t in distinct}
    theta = -math.inf
    if k <= TOPK_HINT:
        for t in distinct:
            if df[t] < k:
                continue
            kth = float(postings.kth_contrib[t])
            low = 0.0
            for q in qterms:
                low += kth if q == t else lb[q]
            theta = max(theta, low)
    essential = _essential(qterms, distinct, ub, df, theta)
    few = sum(df[t] for t in essential)
    if few * 2 > total or (most is not None and few > most):
        # Too many candidates: raise theta with the exact scores of the passages holding
        # the rarest terms, then see whether those terms alone are essential.
        seed: list[int] = []
        size = 0
        for t in sorted(distinct, key=lambda t: df[t]):
            if (size + df[t]) * 16 > total:
                break
            seed.append(t)
            size += df[t]
        if not seed or (most is not None and size * len(qterms) > most):
            return None
        passages = union([postings.of_term(t)[0] for t in seed])
        if len(passages) < k:
            return None
        vals = postings.exact(qterms, passages, {})
        theta = max(theta, float(np.partition(vals, len(vals) - k)[len(vals) - k]))
        essential = _essential(qterms, distinct, ub, df, theta)
        if not set(essential) <= set(seed):
            return None
        sel = best(passages, vals, k)
        return pairs(passages[sel], vals[sel])
    passages = union([postings.of_term(t)[0] for t in essential])
    known = {t: postings.values(t, passages) for t in essential}
    low_arr = np.zeros(len(passages), dtype=np.float64)
    high = np.zeros(len(passages), dtype=np.float64)
    for q in qterms:
        v = known.get(q)
        if v is None:
            low_arr += lb[q]
            high += ub[q]
        else:
            low_arr += v
            high += v
    if len(passages) >= k:
        theta = max(theta, float(np.partition(low_arr, len(passages) - k)[len(passages) - k]))
    alive = np.flatnonzero(high * (1 + _BOUND_MARGIN) >= theta)
    cand = passages[alive]
    vals = postings.exact(qterms, cand, {q: v[alive] for q, v in known.items()})
    sel = best(cand, vals, k)
    return pairs(cand[sel], vals[sel])


def _essential(
    qterms: list[int],
    distinct: list[int],
    ub: dict[int, float],
    df: dict[int, int],
    theta: float,
) -> list[int]:
    """Terms a top-k passage must hold: all but the low-maximum ones summing below theta."""
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
