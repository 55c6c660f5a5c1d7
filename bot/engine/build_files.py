"""A build as a folder of files a new process starts from without decoding it.

The database stays the only source of truth: these files are a local copy of one stored build,
in the form start-up needs (arrays read in place), written atomically and checked before use,
and made again from the database when missing, stale or damaged (storage/build_files.py
decides where and when). Start-up memory-maps them: the passage vectors (`vectors.npy`), the
nearest-neighbour index with every passage already added (`nearest.faiss`), every passage's
terms under one vocabulary (`terms.bin`) and the BM25 index (`bm25.bin`) are read where they
lie, a page at a time as questions touch them, and shared between processes on one machine.
Each story's own analysis (`stories.bin`) stays bytes until a reindex or an answer asks for
it; only the merged people (`people.json`) and the quotes' passages and speakers (arrays) are
read at start, each quote made when asked for (`shelves.QuoteShelf`); the sounds of the people's
names (`name_sounds.json`) are bytes until a question first needs them. What an answer shows of
each passage (its citation, text and quotes, `shown.bin`) is written with the files, so a
passage shown is read as one record, not made from its story (`shown.py`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import mmap
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
from isal.isal_zlib import crc32  # zlib.crc32's checksum, six times as fast

from bot.engine.index import BM25Index
from bot.engine.memory import long_lived_objects
from bot.engine.models import StoryAttribution
from bot.engine.name_sounds import NameSounds
from bot.engine.nearest import write_filled_index
from bot.engine.passage_terms import PassageTerms
from bot.engine.shelves import PassageShelf, QuoteShelf, StoryShelf
from bot.engine.shown import StoredShown, write_shown
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import (
    StoredParts,
    StoryAnalysis,
    attribution_from_json,
    attribution_to_json,
)
from bot.pausepoints import pause_point

__all__ = ["read_build_files", "write_build_files"]

# Bump when what the files hold or how changes: older folders are made again, unless read
# below. 2: the BM25 index's rows of its commonest terms (`contribution_rows.npy`,
# `frequency_rows.npy`); 3: every passage's shown form (`shown.bin`); 4: a shown passage's
# record without its story's place (a reindex copies the kept stories' records: shown.py),
# and the nearest-neighbour index in the layout it is searched in (nearest.py). Since format
# 4 also, without a bump, whether each quote is a direct quotation (`quote_direct.npy`): a
# folder without it is read as it is, each kind read of the quotes' JSON when asked for; and
# each frequent word's best passages (`best_passages.npy`, `best_bounds.npy`, rows.py's
# `BestPassages`): a folder without them answers as before (the same answers), a question of
# common words adding up every score; and
# the sounds of the people's names (`name_sounds.json`, read by a name dictated as several
# words): a folder without it is read as it is, the table made when a question first needs it.
FILES_FORMAT = 4
# The formats read: a folder of format 2 or 3 answers as before (the same answers), each
# shown passage made from its story (~0.15 ms more of a first sight at 100,000 passages: a
# format 3 folder's `shown.bin` is of the older form), until the next build writes format 4;
# remaking it at start would read the whole build from the database.
_READ_FORMATS = (2, 3, 4)
_SHOWN_FROM_FORMAT = 4
_META = "build.json"
_CHUNK = 1 << 20  # bytes read at a time to check a file (never all of it in memory)
_CHECKING_THREADS = 2
_RELEASE_STORIES = 2_000  # stories written between letting their files' pages go (~60 MB)


def write_build_files(root: Path, name: str, identity: str, snapshot: IndexSnapshot) -> Path:
    """Write `snapshot`'s files to `root/name` (atomically: a folder of another name, renamed
    when complete) and return that folder. When another process has written it meanwhile,
    its folder is kept and this one dropped. `identity` says which stored build it is."""
    root.mkdir(parents=True, exist_ok=True)
    final = root / name
    partial = root / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.partial"
    partial.mkdir()
    try:
        meta = _write_files(partial, identity, snapshot)
        _write(partial / _META, meta)
        for path in partial.iterdir():
            _dropped_from_cache(path)
        _fsync(partial)
        pause_point("build files written")  # a test's point: two processes renaming at once
        try:
            partial.rename(final)
        except OSError:  # written by another process meanwhile (a folder is renamed whole)
            if not final.is_dir():
                raise
            shutil.rmtree(partial, ignore_errors=True)
        _fsync(root)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def read_build_files(folder: Path, identity: str) -> IndexSnapshot:
    """The snapshot `write_build_files` wrote to `folder`, its arrays memory-mapped.

    ValueError when the folder is not a whole, sound copy of the build `identity` names
    (missing, of another build or format, cut short, a checksum that does not match):
    the caller reads the build from the database instead."""
    try:
        meta = _read_meta(folder / _META)
        if meta.get("format") not in _READ_FORMATS or meta.get("identity") != identity:
            raise ValueError("the files are of another build or format")
        _check_all(folder, meta["files"])
        return _snapshot(folder, meta)
    except ValueError:
        raise
    except Exception as exc:  # a missing file, a short one, any structural surprise
        raise ValueError(f"the build's files cannot be read: {exc}") from exc


# -- writing ----------------------------------------------------------------------------------


def _write_files(folder: Path, identity: str, snapshot: IndexSnapshot) -> bytes:
    files: dict[str, tuple[int, int]] = {}

    def write(file_name: str, data: bytes | memoryview) -> None:
        files[file_name] = _write(folder / file_name, data)

    stories = []
    with (folder / "stories.bin").open("wb") as out:
        crc = size = 0
        for count, analysis in enumerate(snapshot.analyses, start=1):
            parts = analysis.stored_parts()
            for part in parts:
                out.write(part)
                crc = crc32(part, crc)
                size += len(part)
            paragraphs = [paragraph for _, paragraph in analysis.passage_keys]
            stories.append([analysis.key, analysis.story_id, paragraphs, *map(len, parts)])
            if count % _RELEASE_STORIES == 0:
                # The pages of the files the stories are read from (a reindex's: the previous
                # build's) let go as they are copied: all held, 0.6 GB at 1,000,000 passages.
                snapshot.release_mapped_pages()
        out.flush()
        os.fsync(out.fileno())
    snapshot.release_mapped_pages()
    files["stories.bin"] = (size, crc)
    write("people.json", attribution_to_json(StoryAttribution(people=snapshot.people, quotes=())))
    write("name_sounds.json", NameSounds.stored(snapshot.people))
    quotes = snapshot.quotes
    write("quote_passages.npy", _npy(quotes.passages))
    write("quote_speakers.npy", _npy(quotes.speakers))
    write("quote_direct.npy", _npy(quotes.direct_quotes()))
    pieces = quotes.to_pieces()
    files["quotes.bin"] = _write_pieces(folder / "quotes.bin", pieces)
    path = folder / "shown.bin"
    with path.open("wb") as out:
        write_shown(
            out,
            snapshot.analyses,
            quotes,
            snapshot.people,
            group=_RELEASE_STORIES,
            between=snapshot.release_mapped_pages,
            reused=snapshot.reused_shown,
        )
    files["shown.bin"] = _synced(path)
    # Every passage's terms under one vocabulary, written a story's arrays at a time: joined
    # in memory first, they were the peak of a build at 1,000,000 passages. The pages of the
    # files the stories are read from (a reindex's: the previous build's; all held at once,
    # 0.6 GB at 1,000,000 passages) are let go every group of stories.
    path = folder / "terms.bin"
    with path.open("wb") as out:
        PassageTerms.write_concatenated(
            [a.passage_terms for a in snapshot.analyses],
            out,
            group=_RELEASE_STORIES,
            between=snapshot.release_mapped_pages,
        )
    files["terms.bin"] = _synced(path)
    files["bm25.bin"] = _write_pieces(folder / "bm25.bin", snapshot.index.to_pieces())
    for name, (dtype, shape, rows) in snapshot.index.rows_to_store().items():
        files[f"{name}.npy"] = _write_pieces(folder / f"{name}.npy", _npy_rows(dtype, shape, rows))
    vectors = snapshot.passage_vectors
    if vectors is not None:
        path = folder / "vectors.npy"
        with path.open("wb") as out:
            np.save(out, np.ascontiguousarray(vectors, dtype="<f4"))
        files["vectors.npy"] = _synced(path)
        if snapshot.nearest_trained is not None:
            write("centres.faiss", snapshot.nearest_trained)
            path = folder / "nearest.faiss"
            write_filled_index(path, vectors, snapshot.nearest_trained, snapshot.nearest_made)
            files["nearest.faiss"] = _synced(path)
    meta = {
        "format": FILES_FORMAT,
        "identity": identity,
        "corpus_hash": snapshot.corpus_hash,
        "built_at": snapshot.built_at.isoformat(),
        "passages": len(snapshot.passages),
        "stories": stories,
        "speakers": quotes.speaker_ids,
        "quote_pieces": [len(piece) for piece in pieces],
        "files": files,
    }
    body = orjson.dumps(meta)
    return b"%08x\n" % crc32(body) + body


def _npy(array: npt.NDArray[Any]) -> bytes:
    out = io.BytesIO()
    np.save(out, array, allow_pickle=False)
    return out.getvalue()


def _npy_rows(
    dtype: np.dtype[Any], shape: tuple[int, int], rows: Iterator[npt.NDArray[Any]]
) -> Iterator[bytes | memoryview]:
    """A `.npy` file's pieces: its header, then each row as it is made (one in memory)."""
    header = io.BytesIO()
    np.lib.format.write_array_header_2_0(
        header, {"descr": dtype.newbyteorder("<").str, "fortran_order": False, "shape": shape}
    )
    yield header.getvalue()
    for row in rows:
        yield np.ascontiguousarray(row, dtype=dtype.newbyteorder("<")).data.cast("B")


def _write(path: Path, data: bytes | memoryview) -> tuple[int, int]:
    return _write_pieces(path, [data])


def _write_pieces(path: Path, pieces: Iterable[bytes | memoryview]) -> tuple[int, int]:
    """Write `pieces` one after the other, durably; the file's size and CRC-32."""
    size = crc = 0
    with path.open("wb") as out:
        for piece in pieces:
            out.write(piece)
            size += len(piece)
            crc = crc32(piece, crc)
        out.flush()
        os.fsync(out.fileno())
    return size, crc


def _synced(path: Path) -> tuple[int, int]:
    """Make a file written by another writer durable; its size and CRC-32 (`_write`'s)."""
    _fsync(path)
    return path.stat().st_size, _crc_of(path)


def _fsync(path: Path) -> None:
    """Make a file's contents durable, or a folder's new entries (a rename is, once its
    folder is synced)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# -- reading ----------------------------------------------------------------------------------


def _read_meta(path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    crc, _, body = data.partition(b"\n")
    if len(crc) != 8 or int(crc, 16) != crc32(body):
        raise ValueError("the build's file list is damaged")
    meta: dict[str, Any] = orjson.loads(body)
    return meta


def _check_all(folder: Path, files: dict[str, tuple[int, int]]) -> None:
    """`_check` every file of `files`, the largest first, on two threads: reading a file and
    its CRC run outside the interpreter's lock, and at 1,000,000 passages the files are some
    2.3 GB (1.3 s of CRC on one core)."""
    largest_first = sorted(files.items(), key=lambda item: -item[1][0])
    with ThreadPoolExecutor(_CHECKING_THREADS) as threads:
        checks = [
            threads.submit(_check, folder / name, size, crc) for name, (size, crc) in largest_first
        ]
        for check in checks:
            check.result()  # the first problem found, in that order


def _check(path: Path, size: int, crc: int) -> None:
    """Every byte of `path` checked, read a chunk at a time: through the page cache, not into
    this process's memory (mapped pages read to check them would stay in its RSS)."""
    if path.stat().st_size != size:
        raise ValueError(f"{path.name} is not of its written size")
    if _crc_of(path) != crc:
        raise ValueError(f"{path.name} is damaged (checksum mismatch)")


def _crc_of(path: Path) -> int:
    crc = 0
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as source:
        # No read-ahead: it fills the page cache with large folios, and a mapped page of a
        # large folio maps all of it (touching 20 passage vectors then put 40 MB of the
        # file, not a few pages, in this process's RSS).
        _advise(source.fileno(), "POSIX_FADV_RANDOM")
        while read := source.readinto(buffer):
            crc = crc32(view[:read], crc)
    return crc


def _dropped_from_cache(path: Path) -> None:
    """Drop a file just written from the page cache (its pages are written out): as written,
    it is held in large folios, which read-ahead would also make (see `_crc_of`)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        _advise(descriptor, "POSIX_FADV_DONTNEED")
    finally:
        os.close(descriptor)


def _advise(descriptor: int, advice: str) -> None:
    """`os.posix_fadvise` for the whole file, where the system has it (not macOS)."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(descriptor, 0, 0, getattr(os, advice))


@long_lived_objects()
def _snapshot(folder: Path, meta: dict[str, Any]) -> IndexSnapshot:
    files = meta["files"]
    vectors = vectors_file = None
    row_files: list[memoryview] = []
    if "vectors.npy" in files:
        mapped = np.load(folder / "vectors.npy", mmap_mode="r", allow_pickle=False)
        vectors = np.asarray(mapped)  # a plain array over the mapping, read-only
        vectors_file = memoryview(mapped.base) if isinstance(mapped.base, mmap.mmap) else None
        if vectors.dtype != np.float32 or vectors.ndim != 2:
            raise ValueError("vectors.npy is not a matrix of 32-bit floats")
    stories = _mapped(folder / "stories.bin")
    analyses = []
    at = start = 0
    for key, story_id, paragraphs, *lengths in meta["stories"]:
        ends = list(itertools.accumulate(lengths, initial=at))
        parts = StoredParts(*(stories[a:e] for a, e in itertools.pairwise(ends)))
        end = start + len(paragraphs)
        own = None if vectors is None else vectors[start:end]
        analyses.append(StoryAnalysis.deferred(key, story_id, paragraphs, parts, own))
        at, start = ends[-1], end
    if at != len(stories) or start != meta["passages"]:
        raise ValueError("the build's stories do not fill its files")
    if vectors is not None and len(vectors) != start:
        raise ValueError("vectors.npy does not hold one vector per passage")
    people = attribution_from_json(_mapped(folder / "people.json")).people
    quote_pieces = _mapped(folder / "quotes.bin")
    ends = list(itertools.accumulate(meta["quote_pieces"], initial=0))
    if ends[-1] != len(quote_pieces):
        raise ValueError("the quotes do not fill their file")
    quotes = QuoteShelf.stored(
        _array(folder / "quote_passages.npy", np.int32),
        _array(folder / "quote_speakers.npy", np.int32),
        meta["speakers"],
        [quote_pieces[a:e] for a, e in itertools.pairwise(ends)],
        # which are direct quotations (not in the files of a build written before they were)
        _array(folder / "quote_direct.npy", np.bool_) if "quote_direct.npy" in files else None,
    )
    if len(quotes) and (
        int(quotes.passages.max()) >= start or int(quotes.speakers.max()) >= len(quotes.speaker_ids)
    ):
        raise ValueError("a quote's passage or speaker is out of range")
    shown_file = None
    if "shown.bin" in files and meta["format"] >= _SHOWN_FROM_FORMAT:
        shown_file = _mapped(folder / "shown.bin")
    shown = None if shown_file is None else StoredShown(shown_file)
    if shown is not None and len(shown) != start:
        raise ValueError("the shown passages are not the build's")
    terms_file, index_file = _mapped(folder / "terms.bin"), _mapped(folder / "bm25.bin")
    terms = PassageTerms.from_bytes(terms_file, checked=True)
    index = BM25Index.from_bytes(index_file, checked=True)
    rows = {}
    for name in ("contribution_rows", "frequency_rows", "best_passages", "best_bounds"):
        if name.startswith("best_") and f"{name}.npy" not in files:
            continue  # a folder written before them: answered without them (rows.py)
        mapped = np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        rows[name] = np.asarray(mapped)  # a plain array over the mapping, read-only
        if isinstance(mapped.base, mmap.mmap):
            row_files.append(memoryview(mapped.base))
    index.use_stored_rows(rows)
    if not len(terms) == len(index) == start:
        raise ValueError("the build's terms and index do not hold its passages")
    centres = (folder / "centres.faiss").read_bytes() if "centres.faiss" in files else None
    sounds = "name_sounds.json"  # not in the files of a build written before it was
    name_sounds = (folder / sounds).read_bytes() if sounds in files else None
    return IndexSnapshot(
        corpus_hash=meta["corpus_hash"],
        stories=StoryShelf(analyses),
        passages=PassageShelf(analyses),
        people=people,
        quotes=quotes,
        shown=shown,
        index=index,
        passage_terms=PassageTerms.join([terms]),
        passage_vectors=vectors,
        nearest_trained=centres,
        nearest_filled=folder / "nearest.faiss" if "nearest.faiss" in files else None,
        analyses=tuple(analyses),
        built_at=dt.datetime.fromisoformat(meta["built_at"]),
        name_sounds=name_sounds,
        mapped_files=tuple(
            view.obj
            for view in (
                stories,
                quote_pieces,
                shown_file,
                terms_file,
                index_file,
                vectors_file,
                *row_files,
            )
            if isinstance(view, memoryview) and isinstance(view.obj, mmap.mmap)
        ),
    )


def _array(path: Path, dtype: type[np.generic]) -> npt.NDArray[Any]:
    array: npt.NDArray[Any] = np.load(path, allow_pickle=False)
    if array.dtype != dtype or array.ndim != 1:
        raise ValueError(f"{path.name} is not an array of {np.dtype(dtype)}")
    return array


def _mapped(path: Path) -> memoryview:
    """The file's bytes, memory-mapped read-only (an empty file: no bytes)."""
    with path.open("rb") as source:
        if os.fstat(source.fileno()).st_size == 0:
            return memoryview(b"")
        return memoryview(mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ))


def build_folders(root: Path) -> Iterator[Path]:
    """The folders of builds' files under `root` (not those being written)."""
    with contextlib.suppress(FileNotFoundError):
        for entry in root.iterdir():
            if entry.is_dir() and not entry.name.startswith("."):
                yield entry
