"""The passages nearest a question in meaning, found without scanning every passage vector.

Below `SearchSettings.semantic_exact_below` passages a question's vector is multiplied by every
passage's (exact: the answers on a story or a small corpus never depend on an approximation);
from there on, faiss's inverted-file index (inner product on the unit vectors, so cosine) groups
the passages around about sqrt(n) centres found by k-means, and a question compares itself with
the centres and then only the passages of its `probes` nearest groups: some 10 % of the vectors
at 100,000 passages. The index holds each vector in 8 bits a dimension (IndexIVFScalarQuantizer:
a quarter of the float vectors' memory); the twice as many passages it finds are then ranked by
their exact cosine from the float vectors, as are the passages a question ranks (`Closeness.of`).

The index's centres and 8-bit ranges are learnt when a build is made (`trained_index`, from
that build's vectors, or the previous build's kept while they still fit: learning them is most
of the index's cost) and stored with the build; every process answering from the build adds the
build's vectors to those same centres, in passage order, so all of them find the same passages.
faiss-cpu is a wheel: nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bot.engine.semantic import Vectors

log = logging.getLogger(__name__)

# k-means learns the centres from at most this many passages per centre (faiss's default, 256,
# takes most of 100,000 passages and seconds; 64 places the centres as well for this purpose).
_TRAINING_PER_LIST = 64
_TRAINING_ITERATIONS = 10
# Centres learnt for a corpus are kept for a later build while the number of groups it would
# have is within this share of theirs (the corpus grew or shrank by less than about a fifth).
_REUSE_SPREAD = 0.1


def trained_index(
    vectors: Vectors, previous: bytes | None = None, *, one_thread: bool = False
) -> bytes:
    """The index's learnt centres and ranges for `vectors`, holding no passage (faiss's
    serialised form, about 0.3 MB at 100,000 passages): `previous` (another build's) when it
    still fits them, else learnt from `vectors` (deterministic: the same vectors give the same
    bytes, on any number of threads).

    `one_thread`: learnt on this thread alone, for a build that learns them while it does
    other work on the other cores. faiss's threads wait for each other spinning: with a core
    busy elsewhere, two took 2.5 s of wall and 1.6 s of CPU at 100,000 passages, one 0.9 s and
    0.7 s."""
    if not one_thread:
        return _trained_index(vectors, previous)
    with _one_faiss_thread():
        return _trained_index(vectors, previous)


@contextlib.contextmanager
def _one_faiss_thread() -> Iterator[None]:
    """faiss's work on the calling thread alone (its OpenMP setting is the thread's own)."""
    import faiss  # here, not at the top: see NearestPassages

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(threads)


def _trained_index(vectors: Vectors, previous: bytes | None) -> bytes:
    import faiss

    count, dimensions = vectors.shape
    lists = _lists(count)
    kept = _empty_index(previous, dimensions) if previous is not None else None
    if kept is not None and abs(kept.nlist - lists) <= max(1, lists * _REUSE_SPREAD):
        assert previous is not None
        return previous
    centres = faiss.IndexFlatIP(dimensions)  # kept alive here: serialised with the index
    index = faiss.IndexIVFScalarQuantizer(
        centres,
        dimensions,
        lists,
        faiss.ScalarQuantizer.QT_8bit,
        faiss.METRIC_INNER_PRODUCT,
    )
    index.cp.max_points_per_centroid = _TRAINING_PER_LIST
    index.cp.min_points_per_centroid = 1  # a small corpus: no warning on stderr
    index.cp.niter = _TRAINING_ITERATIONS
    index.cp.seed = 1234  # the same centres, so the same answers, every build
    index.train(np.ascontiguousarray(vectors, dtype=np.float32))
    return bytes(faiss.serialize_index(index))


def _lists(count: int) -> int:
    return max(1, round(math.sqrt(count)))


def _empty_index(trained: bytes, dimensions: int) -> Any:
    """The index `trained` holds, if it is one for vectors of `dimensions` holding no passage."""
    # Imported here, not at the top: only corpora past `semantic_exact_below` build an index,
    # and faiss costs a small bot's every start some 15 MiB and its import time.
    import faiss

    try:
        index = faiss.deserialize_index(np.frombuffer(trained, dtype=np.uint8))
    except RuntimeError:  # faiss's error for bytes it cannot read
        return None
    fits = isinstance(index, faiss.IndexIVFScalarQuantizer) and index.d == dimensions
    return index if fits and index.ntotal == 0 else None


def write_filled_index(path: Path, vectors: Vectors, trained: bytes) -> None:
    """Write to `path` the index of `trained` with `vectors` added, in passage order
    (faiss's serialised form): what `NearestPassages` makes, stored with a build's files so
    that a new process reads it (`filled`) rather than adding every vector again. Written by
    faiss straight to the file: serialised in memory and copied to bytes, it was twice the
    index (512 MB at 1,000,000 passages) at the end of a build, its peak."""
    import faiss

    index = _empty_index(trained, vectors.shape[1])
    if index is None:
        raise ValueError("the nearest-neighbour centres do not fit the passage vectors")
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


def _filled_index(path: Path, vectors: Vectors) -> Any:
    """The index `write_filled_index` wrote to `path`, memory-mapped, if it holds `vectors`' count
    of passages; else None."""
    import faiss

    try:
        # memory-mapped where faiss can (1.10 on); else read into memory
        mapped = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) | getattr(faiss, "IO_FLAG_READ_ONLY", 0)
        index = faiss.read_index(str(path), mapped)
    except RuntimeError:  # faiss's error for a file it cannot read
        return None
    fits = isinstance(index, faiss.IndexIVFScalarQuantizer) and index.d == vectors.shape[1]
    return index if fits and index.ntotal == len(vectors) else None


class NearestPassages:
    """An approximate nearest-neighbour index over passage vectors (unit length)."""

    def __init__(
        self,
        vectors: Vectors,
        *,
        probes: int,
        trained: bytes | None = None,
        filled: Path | None = None,
    ) -> None:
        """`trained`: the build's `trained_index` (None: learnt here from `vectors`);
        `filled`: a file of `write_filled_index(..., vectors, trained)`, read rather than made."""
        self._vectors = vectors
        index = _filled_index(filled, vectors) if filled is not None else None
        if index is None:
            if filled is not None:
                log.warning("the stored nearest-neighbour index does not fit: making it again")
            index = self._made(vectors, trained)
        self._index = index
        self._index.nprobe = min(probes, self._index.nlist)

    @staticmethod
    def _made(vectors: Vectors, trained: bytes | None) -> Any:
        index = _empty_index(trained, vectors.shape[1]) if trained is not None else None
        if index is None:
            if trained is not None:
                log.warning("the stored nearest-neighbour centres do not fit: learning them again")
            index = _empty_index(trained_index(vectors), vectors.shape[1])
        assert index is not None
        # On one thread: a searcher is made for a new build while the build is saved on the
        # other core, and faiss's threads wait for each other spinning (at 100,000 passages
        # 0.8 s of wall for 0.2 s of CPU on a busy machine). The same index either way: each
        # list holds its passages in passage order.
        with _one_faiss_thread():
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return index

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def search(self, question: Vectors, k: int) -> tuple[list[int], list[float]]:
        """The (about) `k` passages closest to `question`, closest first, and their cosine."""
        _, found = self._index.search(question.reshape(1, -1), 2 * k)
        passages = found[0][found[0] >= 0]  # -1: fewer in the groups probed
        exact: Vectors = self._vectors[passages] @ question
        best = np.argsort(-exact, kind="stable")[:k]
        # tolist: the same Python ints and floats as one by one, in one call
        return passages[best].tolist(), exact[best].tolist()


class Closeness:
    """How close each passage is to one question in meaning: every passage's cosine worked
    out at once (exact), or the nearest few looked up in a `NearestPassages` index and any
    other passage's computed from its vector when asked for."""

    def __init__(
        self, question: Vectors, passages: Vectors, nearest: NearestPassages | None
    ) -> None:
        self._question = question
        self._passages = passages
        self._nearest = nearest
        self._every: Vectors | None = None if nearest is not None else passages @ question
        self._found: tuple[list[int], list[float]] | None = None

    def __len__(self) -> int:
        return len(self._passages)

    @property
    def exact(self) -> bool:
        return self._every is not None

    def of(self, passages: Sequence[int]) -> list[float]:
        """The cosine of each of `passages` to the question."""
        if self._every is not None:
            return [float(self._every[p]) for p in passages]
        if not passages:
            return []
        picked: Vectors = self._passages[np.asarray(passages, dtype=np.int64)] @ self._question
        cosines: list[float] = picked.tolist()
        return cosines

    def closest(self, depth: int) -> list[int]:
        """The `depth` passages closest to the question (in no particular order when exact)."""
        if depth <= 0:
            return []
        if self._every is not None:
            return [int(p) for p in np.argpartition(-self._every, depth - 1)[:depth]]
        return self._search(depth)[0][:depth]

    def best(self) -> int:
        """The passage closest to the question of all."""
        if self._every is not None:
            return int(np.argmax(self._every))
        return self._search(1)[0][0]

    def lead(self) -> float:
        """How much closer the closest passage is than the next (needs two passages)."""
        if self._every is not None:
            second, first = np.partition(self._every, -2)[-2:]
            return float(first - second)
        similarities = self._search(2)[1]
        return similarities[0] - similarities[1] if len(similarities) > 1 else 0.0

    def _search(self, k: int) -> tuple[list[int], list[float]]:
        """The nearest passages the index finds, at least `k` when it can (remembered: one
        question asks for its best, its lead and its closest few)."""
        assert self._nearest is not None
        wanted = max(k, _SEARCH_DEPTH)
        if self._found is None or len(self._found[0]) < min(wanted, len(self._nearest)):
            self._found = self._nearest.search(self._question, wanted)
            if not self._found[0]:  # the groups probed were empty: look at every passage
                self._every = self._passages @ self._question
                order = np.argsort(-self._every, kind="stable")[:wanted]
                self._found = ([int(p) for p in order], [float(self._every[p]) for p in order])
        return self._found


# One search serves a question's best, lead and closest few (semantic_depth is 5 by default).
_SEARCH_DEPTH = 10
