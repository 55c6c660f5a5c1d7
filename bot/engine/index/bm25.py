"""`BM25Index`: what the engine asks of the index (facts, lookups, scores, the top k), over the
postings the other modules of this package build, store and select from."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.index import stored, topk
from bot.engine.index.build import build_postings
from bot.engine.index.merge import merge_postings
from bot.engine.index.postings import FloatArray, Int32Array, Int64Array, Postings, union
from bot.engine.index.rows import BestPassages, DenseRows, FrequencyRows, zeroed

# For a question of words most passages hold, MaxScore's candidates are few when the postings
# of its essential terms number at most the passages over this (else every score is added up:
# at 100,000 and 1,000,000 passages the faster of the two; docs/speed-history.md, seventh session).
_FEW = 16
# At most this many passages are looked up in a frequent term's postings for the top k (more
# are read from its row of frequencies, or every score is added up)
_FEW_LOOKUPS = 4_096
# From this many passages on, a question of words most passages hold is first tried on each
# word's best passages (rows.py's `BestPassages`). At 100,000 passages they settled 17 of the
# 44 such questions of the pipeline benchmark and the others paid for them (+0.5 % of a
# question's instructions); at 1,000,000 36 of 39 (docs/speed-history.md, 13topk). Between
# the two not measured.
_BEST_FROM = 500_000


class _Scratch(threading.local):
    acc: FloatArray | None = None
    mark: npt.NDArray[np.bool_] | None = None
    dense: FloatArray | None = None  # every passage's score, `_dense_scores`'
    # `_among_best`'s: each passage's last marking, and this call's mark
    marks: npt.NDArray[np.uint8] | None = None
    marking = 0


class PassagesAt:
    """Ascending passages (not empty) that `BM25Index.term_at` is asked about term after
    term: a speaker group's, in each question naming it. What every term's look-up reads of
    them is read once: the passages checked and widened, and the length part of the formula
    at each (`FrequencyRows.norms_at`: two reads a passage, 14,000 at 1,000,000 passages, more
    than half of a frequent term's look-up there)."""

    def __init__(self, index: BM25Index, passages: npt.NDArray[Any]) -> None:
        self.index = index
        self.asked = index._checked_passages(passages)
        self.wide = self.asked.astype(np.intp)
        self._norms: FloatArray | None = None

    def __len__(self) -> int:
        return len(self.asked)

    def norms(self) -> FloatArray:
        """`FrequencyRows.norms_at` the passages, read the first time a term needs them."""
        if self._norms is None:
            self._norms = self.index._frequencies.norms_at(self.wide)
        return self._norms


class BM25Index:
    """Okapi BM25 over passages' terms; passage ``i`` is ``terms[i]`` of ``build``."""

    DEFAULT_PARAMETERS = (1.5, 0.75, 0.25)  # `build`'s (k1, b, epsilon)

    def __init__(self, postings: Postings) -> None:
        self._postings = postings
        self._vocab: dict[str, int] = {t: i for i, t in enumerate(postings.terms)}
        self._n = len(postings.passage_lengths)
        self._scratch = _Scratch()
        self._rows = DenseRows(postings)
        self._frequencies = FrequencyRows(postings)
        self._best = BestPassages(postings)

    @classmethod
    def build(
        cls,
        terms: Iterable[Sequence[str]],
        *,
        count: int | None = None,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        progress: Callable[[int, int], None] | None = None,
    ) -> BM25Index:
        """Index `terms` (each passage's terms: a sequence, or an iterator of `count`).
        ``progress(done, total)`` reports passages."""
        if count is None:
            if not isinstance(terms, Sized):
                raise TypeError("count is needed when terms has no length")
            count = len(terms)
        return cls(
            build_postings(terms, count=count, k1=k1, b=b, epsilon=epsilon, progress=progress)
        )

    def merged(
        self,
        kept: Int64Array,
        fresh: Mapping[int, Sequence[str]],
        terms_at: Callable[[int], Sequence[str]],
    ) -> BM25Index:
        """The index `build` gives for a new corpus, made from this one: `kept[q]` is passage
        q's number in the new corpus (-1: not kept), `fresh` every other new passage's terms
        by number, `terms_at(p)` new passage p's terms (merge.py). This index is only read."""
        return BM25Index(merge_postings(self._postings, kept, fresh, terms_at))

    def to_bytes(self) -> bytes:
        """The stored form (stored.py)."""
        return stored.to_bytes(self._postings)

    def to_pieces(self) -> list[bytes | memoryview]:
        """`to_bytes` in pieces, most of them views of the index's arrays."""
        return stored.to_pieces(self._postings)

    @classmethod
    def from_bytes(
        cls, data: bytes | bytearray | memoryview, *, checked: bool = False
    ) -> BM25Index:
        """Load ``to_bytes`` output; ``ValueError`` on another format version or corrupt data.
        `checked`: the bytes were checked already (see `stored.from_bytes`)."""
        return cls(stored.from_bytes(data, checked=checked))

    def rows_to_store(
        self,
    ) -> dict[str, tuple[np.dtype[Any], tuple[int, int], Iterator[npt.NDArray[Any]]]]:
        """The rows a build's files keep (rows.py), by name: their type, shape (how many, and
        each one's length) and the rows, made one at a time. Read back with
        `use_stored_rows`, no row is made while answering (each cost a question 1-60 ms at
        1,000,000 passages)."""
        return {
            "contribution_rows": (
                self._rows.dtype,
                (len(self._rows.terms()), self._n),
                self._rows.every_row(),
            ),
            "frequency_rows": (
                self._frequencies.dtype,
                (len(self._frequencies.terms()), self._n),
                self._frequencies.every_row(),
            ),
            "best_passages": (
                self._best.dtype,
                (len(self._best.terms()), self._best.size),
                self._best.every_row(),
            ),
            "best_bounds": (
                np.dtype(np.float64),
                (len(self._best.terms()), 1),
                self._best.every_bound(),
            ),
        }

    def use_stored_rows(self, rows: Mapping[str, npt.NDArray[Any]]) -> None:
        """Answer from the rows `rows_to_store` gave, read from a build's files (2-D arrays,
        by the same names), made no more. ValueError when they are not this index's. A
        build's folder written before its best passages were (no "best_passages" nor
        "best_bounds") answers without them (`BestPassages`)."""
        self._rows.use_stored(rows["contribution_rows"])
        self._frequencies.use_stored(rows["frequency_rows"])
        self._best.use_stored(rows.get("best_passages"), rows.get("best_bounds"))

    # ------------------------------------------------------------------ facts

    def __len__(self) -> int:
        return self._n

    @property
    def vocabulary_size(self) -> int:
        return len(self._postings.terms)

    @property
    def average_passage_length(self) -> float:
        return self._postings.avgdl

    @property
    def parameters(self) -> tuple[float, float, float]:
        """(k1, b, epsilon)."""
        return (self._postings.k1, self._postings.b, self._postings.epsilon)

    def vocabulary(self) -> Sequence[str]:
        """Every term of the index, in no particular order."""
        return self._postings.terms

    def passage_length(self, passage: int) -> int:
        return int(self._postings.passage_lengths[self._check_passage(passage)])

    def idf(self, term: str) -> float | None:
        """The term's idf as the model uses it (after the epsilon floor); None if unknown."""
        t = self._vocab.get(term)
        return None if t is None else float(self._postings.idf[t])

    def passage_frequency(self, term: str) -> int:
        """How many passages hold `term` (BM25's document frequency)."""
        t = self._vocab.get(term)
        return 0 if t is None else self._postings.frequency(t)

    def term_frequency(self, passage: int, term: str) -> int:
        row = self._frequency_row(passage, term)
        if row is not None:
            return int(row[passage])
        pos = self._find(passage, term)
        return 0 if pos < 0 else int(self._postings.tfs[pos])

    def contains(self, passage: int, term: str) -> bool:
        row = self._frequency_row(passage, term)
        if row is not None:
            return bool(row[passage])
        return self._find(passage, term) >= 0

    def _frequency_row(self, passage: int, term: str) -> npt.NDArray[Any] | None:
        """The term's row of frequencies when there is one already (rows.py), the passage
        checked; None: look it up in the postings."""
        self._check_passage(passage)
        t = self._vocab.get(term)
        return None if t is None else self._frequencies.kept(t)

    def contribution(self, passage: int, term: str) -> float:
        """What `term` adds to `passage`'s score (0.0 when the passage lacks it): one lookup,
        for a few (passage, term) pairs at a time."""
        pos = self._find(passage, term)
        return 0.0 if pos < 0 else float(self._postings.contribs[pos])

    def containing_any(self, passages: Sequence[int], terms: Sequence[str]) -> list[bool]:
        """For each of `passages`, whether the passage holds at least one of `terms`.

        Equal to ``[any(self.contains(p, t) for t in terms) for p in passages]``, but with one
        vectorised lookup of all the passages per term instead of one per (passage, term):
        cost follows the number of passages asked about and the terms, not the corpus.
        """
        hits: list[bool] = self.holding_any(passages, terms).tolist()
        return hits

    def holding_any(
        self, passages: Sequence[int] | npt.NDArray[Any], terms: Sequence[str]
    ) -> npt.NDArray[np.bool_]:
        """`containing_any` as an array."""
        if len(passages) == 0:
            return np.zeros(0, dtype=bool)
        held = _Held(self, passages)
        found = np.zeros(len(held.asked), dtype=bool)
        for t in dict.fromkeys(self._resolve(terms)):
            held.add(t, found)
        return found

    def holding_each(
        self, passages: Sequence[int] | npt.NDArray[Any], terms: Iterable[str]
    ) -> dict[str, npt.NDArray[np.bool_]]:
        """`holding_any(passages, [term])` of each of `terms`, the passages checked and
        converted once: a question's rivals (thousands of passages) are asked about each
        topic word and its bridges in turn."""
        wanted = list(dict.fromkeys(terms))
        if len(passages) == 0:
            return {term: np.zeros(0, dtype=bool) for term in wanted}
        held = _Held(self, passages)
        found: dict[str, npt.NDArray[np.bool_]] = {}
        for term in wanted:
            found[term] = np.zeros(len(held.asked), dtype=bool)
            t = self._vocab.get(term)
            if t is not None:
                held.add(t, found[term])
        return found

    def holding(self, query: Sequence[str]) -> Int64Array:
        """The passages holding at least one query term, ascending: `sparse_scores`'
        passages, without adding up their scores."""
        qterms = list(dict.fromkeys(self._resolve(query)))
        if not qterms:
            return np.empty(0, dtype=np.int64)
        return union([self._postings.of_term(t)[0] for t in qterms]).astype(np.int64)

    def passages_at(self, passages: npt.NDArray[Any]) -> PassagesAt | npt.NDArray[Any]:
        """Ascending `passages` as `term_at` reads them, for asking it about them again and
        again (`PassagesAt`); none as they are."""
        return PassagesAt(self, passages) if len(passages) else passages

    def term_at(
        self, term: str, passages: npt.NDArray[Any] | PassagesAt
    ) -> tuple[npt.NDArray[np.bool_], FloatArray]:
        """For ascending `passages`, whether each holds `term` and what the term adds to its
        score (0.0 where it lacks it): what `holding_any` and `scores_of` give of one term,
        from one look-up, for a searcher that asks both of the same passages (a speaker's
        1,400 at 100,000 passages, against postings of 90,000). `passages` as `passages_at`
        gave them (of this index) are not read again."""
        if len(passages) == 0:
            return np.zeros(0, dtype=bool), np.zeros(0, dtype=np.float64)
        if not isinstance(passages, PassagesAt) or passages.index is not self:
            passages = PassagesAt(self, np.asarray(passages))
        asked = passages.asked
        t = self._vocab.get(term)
        if t is None:
            return np.zeros(len(asked), dtype=bool), np.zeros(len(asked), dtype=np.float64)
        row = self._rows.kept(t)
        if row is not None and self._postings.min_contrib[t] > 0:
            # read where the passages stand in the word's row (its every contribution above
            # 0, so a passage holds it where it adds more than 0), not searched for in its
            # postings: at 1,000,000 passages a speaker's 14,000 in postings of 900,000
            contributions = row[asked]
            return contributions > 0, contributions
        found = self._frequencies.held_at(t, passages.wide, passages.norms)
        if found is not None:  # from its row of frequencies: no search of 900,000 postings
            return found
        ids, contributions = self._postings.of_term(t)
        if len(ids) == 0:
            return np.zeros(len(asked), dtype=bool), np.zeros(len(asked), dtype=np.float64)
        at = ids.searchsorted(asked)
        np.minimum(at, len(ids) - 1, out=at)
        held = ids[at] == asked
        return held, np.where(held, contributions[at], 0.0)

    def _checked_passages(self, passages: Sequence[int] | npt.NDArray[Any]) -> Int32Array:
        """`passages` (not empty) in the postings' own dtype, IndexError for one out of range:
        checked before they are narrowed, and with numpy's min and max (Python's, over an
        array of 1,500 passages, were half of a speaker question's lookups)."""
        given = np.asarray(passages)
        self._check_passage(int(given.min()))
        self._check_passage(int(given.max()))
        return given.astype(self._postings.passages.dtype, copy=False)

    def _check_passage(self, passage: int) -> int:
        if not 0 <= passage < self._n:
            raise IndexError(f"passage {passage} out of range for {self._n} passages")
        return passage

    def _find(self, passage: int, term: str) -> int:
        self._check_passage(passage)
        t = self._vocab.get(term)
        if t is None:
            return -1
        postings = self._postings
        lo, hi = int(postings.offsets[t]), int(postings.offsets[t + 1])
        ids = postings.passages[lo:hi]
        # searched for as a number of the postings' own type: numpy searches an int32 array
        # for a Python int by first converting every element to int64 (a term's 15,000
        # postings at 1,000,000 passages, some 3 µs of each of a question's 7 `contains`)
        i = lo + int(ids.searchsorted(ids.dtype.type(passage)))
        return i if i < hi and int(postings.passages[i]) == passage else -1

    # ------------------------------------------------------------------ scoring

    def _resolve(self, query: Sequence[str]) -> list[int]:
        get = self._vocab.get
        return [t for t in map(get, query) if t is not None]

    def scores(self, query: Sequence[str]) -> FloatArray:
        """Dense scores, length ``len(self)``; equal to ``BM25Okapi.get_scores(query)``."""
        out = np.zeros(self._n, dtype=np.float64)
        for t in self._resolve(query):
            ids, c = self._postings.of_term(t)
            np.add.at(out, ids, c)  # (numpy 2's add.at is some 3x faster than out[ids] += c)
        return out

    def _dense_scores(self, qterms: list[int]) -> FloatArray:
        """`scores` of the resolved `qterms`, the same floats, with the kept rows of the
        commonest terms added where they can stand in for the postings (rows.py). Written in
        this thread's own array, made once (`rows.zeroed`): valid until its next call here."""
        scratch = self._scratch
        if scratch.dense is None or len(scratch.dense) != self._n:
            scratch.dense = zeroed(self._n, np.float64)
        out = scratch.dense
        rows = self._rows if self._rows.usable(qterms) else None
        for i, t in enumerate(qterms):
            row = rows.row(t) if rows is not None else None
            if i == 0 and row is not None:
                np.copyto(out, row)  # 0.0 plus a row is the row
                continue
            if i == 0:
                out.fill(0.0)
            if row is not None:
                out += row
            else:
                ids, c = self._postings.of_term(t)
                np.add.at(out, ids, c)
        if not qterms:
            out.fill(0.0)
        return out

    def sparse_scores(self, query: Sequence[str]) -> tuple[Int64Array, FloatArray]:
        """(passages ascending, scores) of the passages holding at least one query term.

        Every other passage scores exactly 0. Cost is proportional to the postings touched.
        """
        qterms = self._resolve(query)
        if not qterms:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        passages, vals = self._score_touched(qterms)
        return passages.astype(np.int64), vals

    def scores_at(self, query: Sequence[str], passages: Sequence[int]) -> list[float]:
        """The scores of `passages` alone (0.0 where a passage holds no query term), each
        equal to its ``sparse_scores`` value: the same additions, in query order.

        Cost follows the passages asked about and the query's terms, not their postings: a
        speaker's few hundred passages against a word half the corpus uses.
        """
        values: list[float] = self.scores_of(query, passages).tolist()
        return values

    def scores_of(
        self, query: Sequence[str], passages: Sequence[int] | npt.NDArray[Any]
    ) -> FloatArray:
        """`scores_at` as an array (a speaker's passages come and go as arrays)."""
        if len(passages) == 0:
            return np.zeros(0, dtype=np.float64)
        asked = self._checked_passages(passages)
        qterms = self._resolve(query)
        if np.all(asked[1:] > asked[:-1]):  # ascending already, as a speaker's passages are
            return self._postings.exact(qterms, asked, self._rows_at(qterms, asked))
        order = np.argsort(asked, kind="stable")
        out = np.empty(len(asked), dtype=np.float64)
        asked = asked[order]
        out[order] = self._postings.exact(qterms, asked, self._rows_at(qterms, asked))
        return out

    def _contributions_at(
        self, qterms: list[int], passages: Int32Array
    ) -> dict[int, FloatArray] | None:
        """Each of `qterms`' contributions at the ascending `passages` (0.0 where one lacks
        it), from its row of frequencies where it has one, else from its postings; None when
        a frequent term has no row yet and the passages are many (looked up in its postings,
        60,000 passages in 900,000 postings took longer than adding up every score)."""
        found: dict[int, FloatArray] = {}
        norms: FloatArray | None = None
        at = passages.astype(np.intp)
        for t in qterms:
            if self._frequencies.frequent(t):
                if norms is None:
                    norms = self._frequencies.norms_at(at)
                values = self._frequencies.contributions(t, at, norms)
                if values is not None:
                    found[t] = values
                    continue
                if len(passages) > _FEW_LOOKUPS:
                    return None
            found[t] = self._postings.values(t, passages)
        return found

    def _rows_at(self, qterms: list[int], passages: Int32Array) -> dict[int, FloatArray]:
        """The contributions at `passages` of those of `qterms` whose rows are kept: a row's
        values there are `Postings.values`' (its contribution, 0.0 where it is absent), read
        without looking each passage up in the term's postings ("say", in most passages,
        against a speaker's 1,500). No row is made here (`DenseRows.kept`)."""
        found: dict[int, FloatArray] = {}
        for t in dict.fromkeys(qterms):
            row = self._rows.kept(t)
            if row is not None:
                found[t] = row[passages]
        return found

    def _among_best(
        self, passages: npt.NDArray[Any], terms: list[int]
    ) -> tuple[npt.NDArray[np.bool_], dict[int, float]] | None:
        """`topk.AmongBest`: which of the ascending `passages` are among any of `terms`' best
        passages (`BestPassages`), and each term's bound elsewhere; None without them.

        The best passages are marked with this call's number in this thread's array of every
        passage's last marking (one byte each), and the passages' marks read: no pass to
        unmark them (the array is zeroed when the numbers wrap around, once in 255 calls)."""
        lists = []
        bounds: dict[int, float] = {}
        for t in terms:
            got = self._best.of_term(t)
            if got is None:
                return None
            lists.append(got[0])
            bounds[t] = got[1]
        scratch = self._scratch
        marks = scratch.marks
        if marks is None or len(marks) != self._n:
            marks = scratch.marks = np.zeros(self._n, dtype=np.uint8)
            scratch.marking = 0
        if scratch.marking == 255:
            marks.fill(0)
            scratch.marking = 0
        scratch.marking += 1
        mark = np.uint8(scratch.marking)
        for ids in lists:
            # (numpy's own index type: an int32 index is converted on the way, slower)
            marks[ids.astype(np.intp)] = mark
        inside: npt.NDArray[np.bool_] = marks[passages.astype(np.intp)] == mark
        return inside, bounds

    def _touches_most(self, qterms: list[int]) -> bool:
        """Whether the query's postings are many for the corpus (then scores are added up in
        one array of every passage's)."""
        total = sum(self._postings.frequency(t) for t in dict.fromkeys(qterms))
        return total * 16 >= self._n

    def _score_touched(self, qterms: list[int]) -> tuple[npt.NDArray[Any], FloatArray]:
        postings = self._postings
        distinct = list(dict.fromkeys(qterms))
        if len(distinct) == 1:
            ids, c = postings.of_term(distinct[0])
            vals = np.zeros(len(ids), dtype=np.float64)
            for _ in qterms:
                vals += c
            return ids, vals
        if not self._touches_most(distinct):
            holding = union([postings.of_term(t)[0] for t in distinct])
            return holding, postings.exact(qterms, holding, {})
        # Dense accumulator, zeroed again only where touched.
        scratch = self._scratch
        if scratch.acc is None or len(scratch.acc) != self._n:
            scratch.acc = zeroed(self._n, np.float64)
            scratch.mark = np.zeros(self._n, dtype=bool)
        acc, mark = scratch.acc, scratch.mark
        assert mark is not None
        for t in qterms:  # query order: the same additions as the reference, per passage
            ids, c = postings.of_term(t)
            np.add.at(acc, ids, c)
        for t in distinct:
            mark[postings.of_term(t)[0]] = True
        touched: npt.NDArray[Any] = np.flatnonzero(mark)
        vals = acc[touched]
        acc[touched] = 0.0
        mark[touched] = False
        return touched, vals

    def top_k(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best passages as (passage, score), best first.

        Reference definition (what this returns, exactly)::

            s = BM25Okapi(corpus).get_scores(query)
            order = numpy.argsort(-s, kind="stable")[:k]
            [(int(i), float(s[i])) for i in order]

        i.e. score descending, ties by lower passage number, over *all* passages: when fewer
        than ``k`` passages score above 0, passages scoring exactly 0 (including those holding
        no query term) follow in order, then any passages with negative scores (a negative
        ``epsilon * average_idf`` floor). ``k <= 0`` gives ``[]``; ``k >= len`` gives every
        passage.
        """
        n = self._n
        k = min(int(k), n)
        if k <= 0:
            return []
        qterms = self._resolve(query)
        if not qterms:
            return [(i, 0.0) for i in range(k)]
        if self._touches_most(qterms):
            # A rare enough word among words most passages hold: its passages alone, scored
            # exactly, when they settle it.
            seeded = topk.top_k_seeded(
                self._postings, qterms, k, self._contributions_at, self._among_best
            )
            if seeded is not None:
                return seeded
            # Words most passages hold: MaxScore when its first bound leaves few candidates,
            # else one array of every score, without listing those touched (with the rows of
            # the commonest words faster than MaxScore in 68 of the pipeline benchmark's 69
            # such questions it answered at 100,000 passages).
            pruned = topk.top_k_pruned(self._postings, qterms, k, most=self._n // _FEW)
            if pruned is not None:
                return pruned
            # Else the best passages of each word, scored exactly, when they settle it.
            if n >= _BEST_FROM:
                among_best = topk.top_k_best(
                    qterms,
                    k,
                    self._best.of_term,
                    self._contributions_at,
                    self._postings,
                    self._among_best,
                )
                if among_best is not None:
                    return among_best
            chosen = topk.select_dense(self._dense_scores(qterms), k)
            if chosen is not None:
                return chosen
        seeded = topk.top_k_seeded(self._postings, qterms, k, self._contributions_at)
        if seeded is not None:
            return seeded
        pruned = topk.top_k_pruned(self._postings, qterms, k)
        if pruned is not None:
            return pruned
        passages, vals = self._score_touched(qterms)
        return topk.select_all(passages, vals, k, n)


class _Held:
    """Which of some passages hold a term, one term at a time, the passages checked and
    converted once."""

    def __init__(self, index: BM25Index, passages: Sequence[int] | npt.NDArray[Any]) -> None:
        self._index = index
        # The postings' own dtype, so searchsorted never converts a (long) posting list.
        self.asked = index._checked_passages(passages)
        self._places: npt.NDArray[np.intp] | None = None  # `asked` as numpy's index type

    def add(self, t: int, found: npt.NDArray[np.bool_]) -> None:
        """Mark in `found` the passages holding term `t` (by its number)."""
        row = self._index._frequencies.kept(t)
        if row is not None:  # a frequency above 0 where a passage holds it
            if self._places is None:
                self._places = self.asked.astype(np.intp)
            found |= row[self._places] > 0
            return
        ids = self._index._postings.of_term(t)[0]
        if len(ids):
            at = ids.searchsorted(self.asked)
            np.minimum(at, len(ids) - 1, out=at)
            found |= ids[at] == self.asked
