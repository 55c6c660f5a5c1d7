"""The passages nearest a question in meaning, found without scanning every passage vector.

Below `SearchSettings.semantic_exact_below` passages a question's vector is multiplied by every
passage's (exact: the answers on a story or a small corpus never depend on an approximation);
from there on, faiss's inverted-file index (inner product on the unit vectors, so cosine) groups
the passages around about sqrt(n) centres found by k-means, and a question compares itself with
the centres and then only the passages of its `probes` nearest groups: 3 % of the vectors at
100,000 passages. The index holds each vector's difference from its group's centre as a
product-quantizer code of 4 bits every two dimensions (IndexIVFPQ: a sixteenth of the float
vectors' memory), held in faiss's fast-scan layout, the one a question scans its groups in
(IndexIVFPQFastScan: the codes of 32 passages interleaved; made when the passages are added,
and stored so: a start reads it as it is searched, rather than copy the stored codes into it
and hold both at once, 140 MiB at 1,000,000 passages); the `_RERANKED`
passages it finds closest are then ranked by their exact cosine from the float vectors, as are
the passages a question ranks (`Closeness.of`). An index of 8-bit codes, one a dimension
(IndexIVFScalarQuantizer, what builds stored until the fourteenth session), is searched as it
is, its twice as many passages as asked for ranked exactly, until the next build learns
product codes.

The index's centres and codebooks are learnt when a build is made (`trained_index`, from
that build's vectors, or the previous build's kept while they still fit: learning them is most
of the index's cost) and stored with the build; every process answering from the build adds the
build's vectors to those same centres, in passage order, so all of them find the same passages.
faiss-cpu is a wheel: nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.engine.memory import mapped_files
from bot.engine.semantic import Vectors

log = logging.getLogger(__name__)

# k-means learns the centres from at most this many passages per centre (faiss's default, 256,
# takes most of 100,000 passages and seconds; 64 places the centres as well for this purpose).
_TRAINING_PER_LIST = 64
_TRAINING_ITERATIONS = 10
# Centres learnt for a corpus are kept for a later build while the number of groups it would
# have is within this share of theirs (the corpus grew or shrank by less than about a fifth).
_REUSE_SPREAD = 0.1
# Product codes: 4 bits (16 codewords, faiss's fast scan) for every pair of dimensions. At
# 100,000 passages a question's 8 groups are 162 KB of codes, not 650 KB of 8-bit ones, and
# their scan ~20 µs warm rather than ~90. The 64 passages closest by the codes, ranked by
# their exact cosine, find as many of the exact 5 nearest in the groups probed as the 8-bit
# codes' 20 did (48: a few fewer; docs/speed-history.md, "Fourteenth session (13ann)").
_CODE_BITS = 4
_RERANKED = 64


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
    coded = count >= 2**_CODE_BITS  # enough passages to learn each part's 16 codewords from
    kept = _empty_index(previous, dimensions) if previous is not None else None
    if (
        kept is not None
        and isinstance(kept, faiss.IndexIVFPQ) == coded
        and abs(kept.nlist - lists) <= max(1, lists * _REUSE_SPREAD)
    ):
        assert previous is not None
        return previous
    centres = faiss.IndexFlatIP(dimensions)  # kept alive here: serialised with the index
    index: Any
    if coded:
        index = faiss.IndexIVFPQ(
            centres,
            dimensions,
            lists,
            _code_parts(dimensions),
            _CODE_BITS,
            faiss.METRIC_INNER_PRODUCT,
        )
        # faiss's 25 rounds of learning the codewords took 9.7 s of CPU at 100,000 passages
        # (faiss's two threads, a busy machine), 10 rounds 2 s
        index.pq.cp.niter = _TRAINING_ITERATIONS
        index.pq.cp.min_points_per_centroid = 1
        index.pq.cp.seed = 1234
    else:  # fewer passages than codewords: a byte a dimension
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


def _code_parts(dimensions: int) -> int:
    """How many parts a vector's product code has: one for every two dimensions."""
    return dimensions // 2 if dimensions % 2 == 0 else dimensions


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
    return index if _searchable(index, dimensions) and index.ntotal == 0 else None


def _searchable(index: Any, dimensions: int) -> bool:
    """Whether `index` is one of ours for vectors of `dimensions`: product codes of
    `_CODE_BITS` (in either layout), or 8-bit ones (older builds, and corpora of fewer passages
    than codewords)."""
    import faiss

    coded = _product_coded(index) and index.pq.nbits == _CODE_BITS
    return (coded or isinstance(index, faiss.IndexIVFScalarQuantizer)) and index.d == dimensions


def _product_coded(index: Any) -> bool:
    """Whether `index` holds product codes: one code after the other as learnt and stored with
    a build's centres (IndexIVFPQ), or in the fast-scan layout a question scans."""
    import faiss

    return isinstance(index, faiss.IndexIVFPQ | faiss.IndexIVFPQFastScan)


class FilledIndex:
    """The index of a build's centres with its passages added, made once by the process that
    made the build: its save writes it and its searcher answers from it, rather than each
    adding every vector again (at 100,000 passages ~0.2 s of CPU each, and up to a second of
    wall on a busy machine). Searches only read it, from any thread."""

    def __init__(self, vectors: Vectors, trained: bytes) -> None:
        """`trained`'s index with `vectors` added, in passage order, on this thread alone
        (product codes then in the fast-scan layout, `_fast_scanned`). Raises ValueError when
        the centres do not fit the vectors."""
        index = _empty_index(trained, vectors.shape[1])
        if index is None:
            raise ValueError("the nearest-neighbour centres do not fit the passage vectors")
        with _one_faiss_thread():
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self.index: Any = _fast_scanned(index)
        self.trained = trained

    @classmethod
    def updated(
        cls, previous: Any, moved: npt.NDArray[np.int64], vectors: Vectors, trained: bytes
    ) -> FilledIndex:
        """The index `FilledIndex(vectors, trained)` makes, byte for byte, from `previous`
        (the previous build's, filled from the same `trained`): passage `p` of it is passage
        `moved[p]` of `vectors` (-1: gone), so its entries are kept as they are, renumbered,
        and only the passages no previous one moved to are placed and encoded (a reindex
        after one story changed: ~50 passages, not 100,000). Each list keeps its passages in
        passage order, as `add` leaves them; a list none left or joined keeps its fast-scan
        blocks as they are, the others are unpacked and packed again."""
        import faiss

        empty = _empty_index(trained, vectors.shape[1])
        if (
            empty is None
            or _product_coded(previous) != _product_coded(empty)
            or previous.nlist != empty.nlist
            or previous.code_size != empty.code_size
        ):
            raise ValueError("the previous nearest-neighbour index is not of these centres")
        kept = np.zeros(len(vectors), dtype=bool)
        kept[moved[moved >= 0]] = True
        fresh = np.flatnonzero(~kept).astype(np.int64)
        lists, codes = _placed(empty, np.ascontiguousarray(vectors[fresh], dtype=np.float32))
        order = np.argsort(lists, kind="stable")
        bounds = np.searchsorted(lists[order], np.arange(empty.nlist + 1))
        index = _fast_scanned(empty)
        old_lists, new_lists = previous.invlists, index.invlists
        old_packer, new_packer = _packer(previous), _packer(index)
        with _one_faiss_thread():
            for number in range(index.nlist):
                placed = order[bounds[number] : bounds[number + 1]]
                size = old_lists.list_size(number)
                ids = np.empty(0, dtype=np.int64)
                if size:
                    ids_at = old_lists.get_ids(number)
                    ids = moved[faiss.rev_swig_ptr(ids_at, size)]  # a copy, renumbered
                    old_lists.release_ids(number, ids_at)
                    if (
                        not len(placed)
                        and old_packer is not None
                        and new_packer is not None
                        and bool(np.all(ids[1:] > ids[:-1]))
                        and ids[0] >= 0
                    ):  # every passage kept, in order: its blocks as they are
                        codes_at = old_lists.get_codes(number)
                        new_lists.add_entries(number, size, faiss.swig_ptr(ids), codes_at)
                        old_lists.release_codes(number, codes_at)
                        continue
                entries = _list_codes(previous, number, old_packer)
                stays = ids >= 0
                ids, entries = ids[stays], entries[stays]
                if len(placed):
                    ids = np.concatenate([ids, fresh[placed]])
                    entries = np.concatenate([entries, codes[placed]])
                    by_passage = np.argsort(ids, kind="stable")
                    ids, entries = ids[by_passage], entries[by_passage]
                if len(ids):
                    ids = np.ascontiguousarray(ids, dtype=np.int64)
                    entries = _packed(entries, new_packer)
                    new_lists.add_entries(
                        number, len(ids), faiss.swig_ptr(ids), faiss.swig_ptr(entries)
                    )
        index.ntotal = len(vectors)
        made = cls.__new__(cls)
        made.index, made.trained = index, trained
        return made

    def holds(self, vectors: Vectors, trained: bytes | None) -> bool:
        """Whether it is the index of `trained` with `vectors`' passages added."""
        return (
            trained is not None
            and (self.trained is trained or self.trained == trained)
            and self.index.d == vectors.shape[1]
            and self.index.ntotal == len(vectors)
        )


# faiss places a batch of fewer vectors than this with other arithmetic than a large one (its
# `distance_compute_blas_threshold`): a passage could land in another list than a whole fill
# puts it in. A smaller batch is padded to it.
_BATCH_ARITHMETIC_FROM = 20


def _placed(index: Any, vectors: Vectors) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8]]:
    """Each of `vectors`' list in `index` and its code there, as `index.add` works them out."""
    import faiss

    count = len(vectors)
    padded = vectors
    if 0 < count < _BATCH_ARITHMETIC_FROM:
        repeats = -(-_BATCH_ARITHMETIC_FROM // count)
        padded = np.ascontiguousarray(np.tile(vectors, (repeats, 1)))
    with _one_faiss_thread():
        lists = np.empty(0, dtype=np.int64)
        if count:
            lists = np.ascontiguousarray(index.quantizer.assign(padded, 1)[:count, 0])
        codes = np.empty((count, index.code_size), dtype=np.uint8)
        if count:
            index.encode_vectors(
                count, faiss.swig_ptr(vectors), faiss.swig_ptr(lists), faiss.swig_ptr(codes)
            )
    return lists, codes


def previous_filled(
    made: FilledIndex | None, filled: Path | None, vectors: Vectors | None, trained: bytes
) -> Any:
    """A build's filled index (`made` in this process, or its stored file `filled`) when it
    holds its `vectors` and was filled from the centres `trained`; else None."""
    if vectors is None:
        return None
    if made is not None:
        return made.index if made.holds(vectors, trained) else None
    if filled is None:
        return None
    index = _filled_index(filled, vectors)
    empty = _empty_index(trained, vectors.shape[1])
    if index is None or empty is None or not _same_centres(index, empty):
        return None
    return index


def _same_centres(one: Any, other: Any) -> bool:
    """Whether two inverted-file indexes place and encode a vector alike: the same centres
    and codebooks (8-bit ranges)."""
    import faiss

    def learnt(index: Any) -> tuple[Any, ...]:
        quantizer: Any = faiss.downcast_index(index.quantizer)  # the flat one: its vectors
        centres = faiss.rev_swig_ptr(quantizer.get_xb(), index.nlist * index.d)
        coded = _product_coded(index)
        codebooks = faiss.vector_to_array(index.pq.centroids if coded else index.sq.trained)
        shape = (index.nlist, index.d, index.code_size, index.metric_type, index.by_residual)
        return coded, shape, centres.tobytes(), codebooks.tobytes()

    return learnt(one) == learnt(other)


def write_filled_index(
    path: Path, vectors: Vectors, trained: bytes, made: FilledIndex | None = None
) -> None:
    """Write to `path` the index of `trained` with `vectors` added, in passage order
    (faiss's serialised form): what `NearestPassages` makes, stored with a build's files so
    that a new process reads it (`filled`) rather than adding every vector again; `made`'s
    when it is that index. Written by faiss straight to the file: serialised in memory and
    copied to bytes, it was twice the index (512 MB at 1,000,000 passages) at the end of a
    build, its peak."""
    import faiss

    if made is None or not made.holds(vectors, trained):
        made = FilledIndex(vectors, trained)
    faiss.write_index(made.index, str(path))


def _filled_index(path: Path, vectors: Vectors) -> Any:
    """The index `write_filled_index` wrote to `path`, if it holds `vectors`' count of
    passages; else None. Product codes in the fast-scan layout are read into memory (faiss
    copies them into blocks of its own as it reads: from a mapped file, its pages were held
    beside the copy, 140 MiB at 1,000,000 passages, not 70), any other kind memory-mapped
    where faiss can (1.10 on: an older build's 8-bit codes are scanned where they lie)."""
    import faiss

    with path.open("rb") as source:
        fast_scan = source.read(len(_FAST_SCAN_KIND)) == _FAST_SCAN_KIND
    mapped = 0
    if not fast_scan:
        mapped = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) | getattr(faiss, "IO_FLAG_READ_ONLY", 0)
    try:
        index = faiss.read_index(str(path), mapped)
    except RuntimeError:  # faiss's error for a file it cannot read
        return None
    fits = _searchable(index, vectors.shape[1])
    return index if fits and index.ntotal == len(vectors) else None


# How faiss's serialised form of an IndexIVFPQFastScan begins (its kind's four letters).
_FAST_SCAN_KIND = b"IwPf"


def _fast_scanned(index: Any) -> Any:
    """The index a question is searched in: an index of product codes one after the other
    (IndexIVFPQ) copied into faiss's fast-scan layout (codes of 32 passages interleaved,
    scanned by SIMD table look-ups: at 100,000 passages 6.5 MB, 8 ms), any other as it is.
    The copy owns `index`'s centres: `index` can go (and should: the copy is as large)."""
    import faiss

    if not isinstance(index, faiss.IndexIVFPQ):
        return index
    fast = faiss.IndexIVFPQFastScan(index)
    index.own_fields, fast.own_fields = False, True
    return fast


def _packer(index: Any) -> Any:
    """The packer of `index`'s fast-scan blocks; None for codes one after the other."""
    import faiss

    return index.get_CodePacker() if isinstance(index, faiss.IndexIVFPQFastScan) else None


def _list_codes(index: Any, number: int, packer: Any) -> npt.NDArray[np.uint8]:
    """The codes of list `number` of `index`, one row a passage (a copy); `packer`:
    `_packer(index)`."""
    import faiss

    lists, width = index.invlists, index.code_size
    size = lists.list_size(number)
    if not size:
        return np.empty((0, width), dtype=np.uint8)
    codes_at = lists.get_codes(number)
    if packer is None:
        codes = faiss.rev_swig_ptr(codes_at, size * width).reshape(size, width).copy()
    else:
        blocks = -(-size // packer.nvec)
        packed = faiss.rev_swig_ptr(codes_at, blocks * packer.block_size)
        codes = np.empty((blocks * packer.nvec, width), dtype=np.uint8)
        for block in range(blocks):
            at = block * packer.block_size
            packer.unpack_all(
                faiss.swig_ptr(packed[at : at + packer.block_size]),
                faiss.swig_ptr(codes[block * packer.nvec : (block + 1) * packer.nvec]),
            )
        codes = codes[:size]
    lists.release_codes(number, codes_at)
    return codes


def _packed(codes: npt.NDArray[np.uint8], packer: Any) -> npt.NDArray[np.uint8]:
    """`codes` (one row a passage) as a list of `packer`'s layout holds them: in blocks, the
    last one's rows past them zero, as faiss's own copy into that layout leaves them (None:
    one after the other)."""
    import faiss

    if packer is None:
        return np.ascontiguousarray(codes)
    blocks = -(-len(codes) // packer.nvec)
    rows = np.zeros((blocks * packer.nvec, codes.shape[1]), dtype=np.uint8)
    rows[: len(codes)] = codes
    packed = np.zeros(blocks * packer.block_size, dtype=np.uint8)
    for block in range(blocks):
        at = block * packer.block_size
        packer.pack_all(
            faiss.swig_ptr(rows[block * packer.nvec : (block + 1) * packer.nvec]),
            faiss.swig_ptr(packed[at : at + packer.block_size]),
        )
    return packed


# Linux's MADV_POPULATE_READ (5.14 on; Python's mmap module does not name it): every page of a
# mapped range made present, as reading a byte of each would, in one call.
_POPULATE_READ = 22
# From this size of the vectors' file on (~260,000 passages): at 100,000 passages (100 MB) a
# question's first sight costs little (the exact ranking ~48 µs: the file's 1,600 runs of 16
# pages are soon mapped by the questions' own faults), and the whole file mapped would be
# 100 MB more of a one-question `storybot ask`'s 170 MiB; at 1,000,000 passages (1 GB, 15,600
# runs) most of a question's passages are still a fault after hundreds of questions.
_MAP_IN_FROM_BYTES = 256 * 2**20


def map_in(vectors: Vectors) -> bool:
    """Make every page of the file `vectors` are a view of (memory-mapped, as a build's files
    are read) present in this process at once, rather than one by one as questions first read
    them, when it is of `_MAP_IN_FROM_BYTES` or more; whether it did (not for vectors of their
    own memory, nor off Linux).

    A question ranks the 64 passages its search finds, and the passages it ranks, by their
    float vectors, each on a page of its own at 1,000,000 passages (1 GB): each new page a
    fault, mapping its 16 neighbours too (~6 µs on this machine), most of the exact ranking's
    ~185 µs on a question's first sight of its passages. Mapped in one call, the whole file
    costs ~0.1 s of CPU (~0.35 µs a page), on the thread of the index's first search; the pages
    count in the process's resident memory (the file's, shared with every process reading it,
    and given back to the page cache under memory pressure). The call holds no interpreter
    lock (ctypes lets it go), so the event loop goes on meanwhile."""
    if not sys.platform.startswith("linux"):
        return False
    mappings = mapped_files([vectors])
    if not mappings or len(mappings[0]) < max(_MAP_IN_FROM_BYTES, 1):
        return False
    mapping = mappings[0]
    start = np.frombuffer(mapping, dtype=np.uint8).ctypes.data
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    libc.madvise.restype = ctypes.c_int
    # an older kernel refuses the advice (EINVAL): the pages are then faulted in as read
    return bool(libc.madvise(start, len(mapping), _POPULATE_READ) == 0)


class NearestPassages:
    """An approximate nearest-neighbour index over passage vectors (unit length)."""

    def __init__(
        self,
        vectors: Vectors,
        *,
        probes: int,
        trained: bytes | None = None,
        filled: Path | None = None,
        made: FilledIndex | None = None,
    ) -> None:
        """`trained`: the build's `trained_index` (None: learnt here from `vectors`);
        `filled`: a file of `write_filled_index(..., vectors, trained)`, read rather than made;
        `made`: that index made in this process (shared, never changed here)."""
        import faiss

        self._vectors = vectors
        index = made.index if made is not None and made.holds(vectors, trained) else None
        shared = index is not None
        if index is None and filled is not None:
            index = _filled_index(filled, vectors)
            if index is None:
                log.warning("the stored nearest-neighbour index does not fit: making it again")
        if index is None:
            index = self._made(vectors, trained)
        # the stored index of an older build's files holds its product codes one after the
        # other: copied (and let go) here; `made`'s, and a stored one, are as searched
        self._index = index if shared else _fast_scanned(index)
        # how many passages found by their codes are ranked by their exact cosine (at least
        # twice as many as asked for: 8-bit codes rank nearly as the cosine does)
        self._reranked = _RERANKED if _product_coded(index) else 0
        # Passed to each search rather than set on the index, which may be shared (`made`).
        self._probes = faiss.SearchParametersIVF()
        self._probes.nprobe = min(probes, index.nlist)
        self._wider = faiss.SearchParametersIVF()
        self._wider.nprobe = min(probes * _WIDER, index.nlist)
        # a build's files: their vectors' pages mapped in at once by the first search, not a
        # fault each; not here, where a reindex makes the new build's searcher while the old
        # build (its vectors in memory) still answers: 1 GB more at the build's peak at
        # 1,000,000 passages (4,101 MiB against 3,170)
        self._mapped_in = False
        # each passage's group (its list), read off the index on the first `looks_into`
        self._groups: npt.NDArray[np.int32] | None = None

    @staticmethod
    def _made(vectors: Vectors, trained: bytes | None) -> Any:
        if trained is not None and _empty_index(trained, vectors.shape[1]) is None:
            log.warning("the stored nearest-neighbour centres do not fit: learning them again")
            trained = None
        # On one thread (`FilledIndex`): a searcher is made for a new build while the build
        # is saved on the other core, and faiss's threads wait for each other spinning (at
        # 100,000 passages 0.8 s of wall for 0.2 s of CPU on a busy machine). The same index
        # either way: each list holds its passages in passage order.
        return FilledIndex(vectors, trained or trained_index(vectors)).index

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def search(
        self, question: Vectors, k: int, *, wider: bool = False
    ) -> tuple[list[int], list[float]]:
        """The (about) `k` passages closest to `question`, closest first, and their cosine.
        `wider`: looking into `_WIDER` times as many groups."""
        if not self._mapped_in:
            self._mapped_in = True  # two questions at once may both ask: the same pages
            map_in(self._vectors)
        probes = self._wider if wider else self._probes
        depth = max(2 * k, self._reranked)
        _, found = self._index.search(question.reshape(1, -1), depth, params=probes)
        passages = found[0][found[0] >= 0]  # -1: fewer in the groups probed
        exact: Vectors = self._vectors[passages] @ question
        # tolist: the same Python ints and floats as one by one, in one call; then ordered as
        # `np.argsort(-exact, kind="stable")` orders them (closest first, ties in the order
        # found: a sort in reverse keeps equal items in their order) without numpy's five
        # calls on 64 values
        numbers, cosines = passages.tolist(), exact.tolist()
        best = sorted(range(len(cosines)), key=cosines.__getitem__, reverse=True)[:k]
        return [numbers[i] for i in best], [cosines[i] for i in best]

    def looks_into(self, question: Vectors, passage: int, *, wider: bool = False) -> bool:
        """Whether a search of `question` (`wider` or not) looks into `passage`'s group: a
        search can find a passage only there. The groups a search probes are those the
        index's centres' search picks for it, as the index's own search picks them."""
        probes = self._wider if wider else self._probes
        _, probed = self._index.quantizer.search(question.reshape(1, -1), probes.nprobe)
        return bool(self._group_of(passage) in probed[0])

    def _group_of(self, passage: int) -> int:
        """`passage`'s group in the index: every passage's read off its lists at once, the
        first time (each list holds its passages' numbers)."""
        if self._groups is None:
            import faiss

            groups = np.full(len(self._vectors), -1, dtype=np.int32)
            lists = self._index.invlists
            for number in range(self._index.nlist):
                size = lists.list_size(number)
                if size:
                    at = lists.get_ids(number)
                    groups[faiss.rev_swig_ptr(at, size)] = number
                    lists.release_ids(number, at)
            self._groups = groups
        return int(self._groups[passage])


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

    def closest_of_all(self, passage: int) -> bool:
        """Whether `passage` is the passage closest to the question of all (`best`). Through
        the index: whether it finds `passage` first, or a closer one. When it finds neither
        (`passage`'s group was not among those probed, and maybe a closer one's), a search of
        `_WIDER` times as many groups decides, and failing that `passage` is not taken as the
        closest (an agreement in meaning raises the confidence: not on no evidence)."""
        if self._every is None:
            found, cosines = self._search(1)
        if self._every is not None:  # exact, or the index found nothing: every passage compared
            return int(np.argmax(self._every)) == passage
        own = self.of([passage])[0]
        verdict = _closest_among(passage, own, found, cosines)
        if verdict is None and self._nearest is not None:
            # A search that does not look into `passage`'s group cannot find it first: that
            # verdict is False whatever it finds (at 1,000,000 passages a wider search scans
            # ~40 groups of ~1,000 codes: most of a question's nearest-neighbour search)
            if not self._nearest.looks_into(self._question, passage, wider=True):
                return False
            wider = self._nearest.search(self._question, _SEARCH_DEPTH, wider=True)
            verdict = _closest_among(passage, own, *wider)
        return bool(verdict)

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
# How many times as many groups a search looks into when the first left open whether a passage
# is the closest of all (`Closeness.closest_of_all`).
_WIDER = 4


def _closest_among(
    passage: int, own: float, found: Sequence[int], cosines: Sequence[float]
) -> bool | None:
    """Whether `passage` (its cosine `own`) is closest of all by the passages a search found:
    True when found first, False when one found is closer (as np.argmax breaks a tie: the
    first passage), None when neither."""
    if found and found[0] == passage:
        return True
    for other, cosine in zip(found, cosines, strict=True):
        if cosine > own or (cosine == own and other < passage):
            return False
    return None
