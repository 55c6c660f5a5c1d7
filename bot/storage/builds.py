"""Index builds: each story's analysis and the BM25 index, saved atomically.

A build is its stories' analyses (each stored once under its file's key, shared by every build
holding that file unchanged) and its own BM25 blob (in `build_bm25`, a table of its own).
Saving writes the analyses not stored yet, the build's row and its list of stories; one
transaction then makes the new build active and deletes what only the old build used. A
failure anywhere (an exception, a killed process) rolls all of it back, so the old build stays
active and complete.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import mmap
import tempfile
from collections.abc import Sequence

import numpy as np

from bot.engine.index import FORMAT_VERSION, BM25Index
from bot.engine.memory import long_lived_objects, mapped_files, release_mapping
from bot.engine.semantic import Vectors
from bot.engine.snapshot import BuildRecord, IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis
from bot.pausepoints import pause_point
from bot.storage.build_files import BuildFiles
from bot.storage.codec import from_timestamp, timestamp
from bot.storage.sql import Row, SqlConnection, Transaction

log = logging.getLogger(__name__)

BUILDS_CHANNEL = "storybot_index_builds"  # NOTIFY'd with the build's id when one is saved

_BUILD_COLUMNS = "id, version, corpus_hash, stories, passages, quotes, built_at, duration_ms"


class Builds:
    """Index builds in the database; implements the snapshot half of `IndexStore`."""

    def __init__(self, connection: SqlConnection, files: BuildFiles | None = None) -> None:
        self._db = connection
        # The active build as files a new process starts from (None: always the database)
        self.files = files
        # whether a build read from the database is written to files (not by `storybot
        # index`, which reads the build only to replace it)
        self.files_written_on_read = True

    async def save_snapshot(self, snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord:
        """Store a snapshot as the new active build, replacing the old one, all or nothing.

        Only the story analyses not stored yet are written (a reindex after one story changed
        writes that story). The build's `version` is the BM25 index's format version: a build
        stored in another format is not loaded (`load_active_snapshot` returns None, so the
        caller rebuilds).
        """
        analyses = {a.key: a for a in snapshot.analyses}
        stored = await self._stored_keys()
        unstored = [key for key in analyses if key not in stored]
        async with self._db.write() as tx:
            pause_point("save begun")  # a test's SIGKILL point: see bot/pausepoints.py
            build_id = await tx.insert(
                "INSERT INTO index_builds (version, corpus_hash, stories, passages, quotes,"
                " built_at, saved_at, duration_ms, nearest_index, active)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    FORMAT_VERSION,
                    snapshot.corpus_hash,
                    len(snapshot.stories),
                    len(snapshot.passages),
                    len(snapshot.quotes),
                    timestamp(snapshot.built_at),
                    timestamp(dt.datetime.now(dt.UTC)),
                    duration_ms,
                    snapshot.nearest_trained,
                ),
            )
            # from views of the index's arrays, never the whole of it as bytes (and its copies)
            pieces = await asyncio.to_thread(snapshot.index.to_pieces)
            await tx.execute("INSERT INTO build_bm25 (id, bm25) VALUES (?, ?)", (build_id, b""))
            await tx.write_blob("build_bm25", "bm25", build_id, pieces)
            del pieces
            # Another build may have been activated since the keys were read (by a caller
            # not holding the reindex lock), deleting analyses this build shares.
            missing = set(analyses) - set(unstored) - await self._stored_keys(tx)
            unstored += [key for key in analyses if key in missing]
            # Encoded a chunk at a time, each written before the next is made: all at once
            # they were a second copy of the build (1.6 GB at 1,000,000 passages).
            for at in range(0, len(unstored), _WRITE_CHUNK):
                chunk = [analyses[key] for key in unstored[at : at + _WRITE_CHUNK]]
                await tx.executemany(_INSERT_ANALYSIS, await asyncio.to_thread(_encoded, chunk))
            pause_point("save half-written")
            await tx.executemany(
                "INSERT INTO build_stories (build_id, position, analysis_key) VALUES (?, ?, ?)",
                [(build_id, position, a.key) for position, a in enumerate(snapshot.analyses)],
            )
            await _activate(tx, build_id)
            if self._db.dialect == "postgresql":  # other processes load it (delivered at COMMIT)
                await tx.execute("SELECT pg_notify(?, ?)", (BUILDS_CHANNEL, str(build_id)))
            row = await tx.fetchone(
                f"SELECT {_BUILD_COLUMNS} FROM index_builds WHERE id = ?", (build_id,)
            )
            pause_point("save written")
        pause_point("committed")
        assert row is not None
        return _record(row)

    async def keep_analyses(self, stored: Sequence[tuple[str, bytes]]) -> None:
        """Store story analyses, each its key and stored form (`StoryAnalysis.to_bytes`), ahead
        of the save of the build that holds them, in a short transaction of their own: a build
        writes its stories' analyses as its workers hand them back, while the cores analyse the
        others, rather than all of them in its save (at 100,000 passages ~170 MB, a second and
        more of a whole build's end). `save_snapshot` then writes only those not stored (those
        that another build's activation deleted meanwhile included). An analysis no build holds
        is deleted when its build fails (`drop_unused_analyses`), or, its process killed, by the
        next build's activation, as a replaced build's are."""
        rows = list(stored)
        await self._db.transact(lambda s: s.executemany(_INSERT_ANALYSIS, rows))

    async def drop_unused_analyses(self) -> None:
        """Delete the story analyses no build holds: those a build that failed stored ahead of
        its save (`keep_analyses`)."""
        await self._db.transact(lambda s: s.execute(_DELETE_UNUSED_ANALYSES))

    async def _stored_keys(self, tx: Transaction | None = None) -> set[str]:
        sql = "SELECT key FROM story_analyses"
        rows = await (tx.fetchall(sql) if tx is not None else self._db.fetchall(sql))
        return {row["key"] for row in rows}

    async def active_build(self) -> BuildRecord | None:
        row = await self._db.fetchone(f"SELECT {_BUILD_COLUMNS} FROM index_builds WHERE active = 1")
        return _record(row) if row else None

    async def history(self, limit: int = 20) -> list[BuildRecord]:
        """The latest builds, newest first (the active one included)."""
        rows = await self._db.fetchall(
            f"SELECT {_BUILD_COLUMNS} FROM index_builds ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [_record(row) for row in rows]

    async def load_active_snapshot(self) -> IndexSnapshot | None:
        """The active build as a snapshot, or None when there is none or it must be rebuilt."""
        try:
            async with self._db.read() as tx:
                build = await tx.fetchone(
                    "SELECT id, version, corpus_hash, built_at, stories, passages"
                    " FROM index_builds WHERE active = 1"
                )
                if build is None:
                    return None
                if build["version"] != FORMAT_VERSION:
                    log.info(
                        "the stored index has format %s, this storybot uses %s: it will be rebuilt",
                        build["version"],
                        FORMAT_VERSION,
                    )
                    return None
                if self.files is not None:
                    # the build's own files, when this machine has them: nothing else to read
                    snapshot = await asyncio.to_thread(self.files.read, build)
                    if snapshot is not None:
                        return snapshot
                build = await tx.fetchone(
                    "SELECT b.id, b.version, b.corpus_hash, b.built_at, b.stories, b.passages,"
                    " m.bm25, b.nearest_index FROM index_builds b"
                    " JOIN build_bm25 m ON m.id = b.id WHERE b.id = ?",
                    (build["id"],),
                )
                if build is None:
                    log.info("the stored build has no BM25 index: it will be rebuilt")
                    return None
                # read only to be replaced (`storybot index`): its vectors in a file of their
                # own, not beside the new build's in memory (1 GB each at 1,000,000 passages)
                reader = _BuildReader(
                    build["passages"], vectors_on_disk=not self.files_written_on_read
                )
                for start in range(0, build["stories"], _READ_CHUNK):
                    rows = await tx.fetchall(
                        "SELECT s.analysis_key, a.analysis FROM build_stories s"
                        " JOIN story_analyses a ON a.key = s.analysis_key"
                        " WHERE s.build_id = ? AND s.position >= ? AND s.position < ?"
                        " ORDER BY s.position",
                        (build["id"], start, start + _READ_CHUNK),
                    )
                    await asyncio.to_thread(reader.read, rows)
                    del rows  # its blobs: the next chunk reuses their memory
            snapshot = await asyncio.to_thread(reader.snapshot, build)
        except ValueError as exc:  # a damaged blob is rebuilt from the corpus, not fatal
            log.warning("the stored index cannot be read (%s): it will be rebuilt", exc)
            return None
        if snapshot is None or self.files is None or not self.files_written_on_read:
            return snapshot
        # Written now, so that the next start reads them; and used from now on (the mapped
        # arrays are shared and held on disk, not in this process's memory).
        return await asyncio.to_thread(self._from_written_files, build, snapshot)

    def _from_written_files(self, build: Row, snapshot: IndexSnapshot) -> IndexSnapshot:
        return self._written(build, snapshot, read=True) or snapshot

    def _written(self, build: Row, snapshot: IndexSnapshot, *, read: bool) -> IndexSnapshot | None:
        """Write the files of `build` (read as `snapshot`); with `read`, the build as read
        from them. None when they cannot be written or read (a warning)."""
        assert self.files is not None
        if self.files.write(build, snapshot) is None or not read:
            return None
        return self.files.read(build)

    async def keep_files(self, snapshot: IndexSnapshot, *, read: bool) -> IndexSnapshot | None:
        """Write the files of the active build, read as `snapshot` (a reindex, the service's
        or `storybot index`'s, just saved it), so that the next start reads them; with `read`,
        return the build as read from them, to answer from. None when files are not wanted,
        cannot be written or `snapshot` is no longer the active build. The old build's files
        are removed only once the new ones are whole (`BuildFiles.write`)."""
        if self.files is None:
            return None
        build = await self._db.fetchone(
            "SELECT id, version, corpus_hash, built_at, stories, passages"
            " FROM index_builds WHERE active = 1"
        )
        if (
            build is None
            or build["corpus_hash"] != snapshot.corpus_hash
            or build["built_at"] != timestamp(snapshot.built_at)
            or build["passages"] != len(snapshot.passages)
        ):
            return None
        return await asyncio.to_thread(self._written, build, snapshot, read=read)


# -- writing ----------------------------------------------------------------------------------


_WRITE_CHUNK = 100  # stories encoded and written at a time (some 8 MB at 50 passages)
_DELETE_UNUSED_ANALYSES = (
    "DELETE FROM story_analyses WHERE key NOT IN (SELECT analysis_key FROM build_stories)"
)
_INSERT_ANALYSIS = (
    "INSERT INTO story_analyses (key, analysis) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"
)


def _encoded(analyses: Sequence[StoryAnalysis]) -> list[tuple[str, bytes]]:
    """Each analysis's key and stored form."""
    return [(a.key, a.to_bytes()) for a in analyses]


async def _activate(tx: Transaction, build_id: int) -> None:
    """Make `build_id` the active build; every other build keeps only its history row."""
    await tx.execute("DELETE FROM build_stories WHERE build_id <> ?", (build_id,))
    await tx.execute(_DELETE_UNUSED_ANALYSES)
    await tx.execute("DELETE FROM build_bm25 WHERE id <> ?", (build_id,))
    await tx.execute(
        "UPDATE index_builds SET active = 0, nearest_index = NULL WHERE id <> ? AND"
        " (active = 1 OR nearest_index IS NOT NULL)",
        (build_id,),
    )
    await tx.execute("UPDATE index_builds SET active = 1 WHERE id = ?", (build_id,))


# -- reading ----------------------------------------------------------------------------------


_READ_CHUNK = 100  # stories read and decoded at a time (some 8 MB of rows at 50 passages)


class _BuildReader:
    """A build's stories' analyses, read chunk by chunk (in a thread: at 100,000 passages
    this takes longer than the event loop may wait), each passage's vector copied straight
    into the build's one matrix, so that a row is freed once read."""

    def __init__(self, passages: int, *, vectors_on_disk: bool = False) -> None:
        """`vectors_on_disk`: the matrix a temporary file mapped into memory, its pages let go
        as each chunk is read (`_vectors_in_file`)."""
        self._passages = passages
        self._analyses: list[StoryAnalysis] = []
        self._vectors: Vectors | None = None
        self._vectors_on_disk = vectors_on_disk
        self._filled = 0
        self._all_embedded = True

    @long_lived_objects()
    def read(self, rows: Sequence[Row]) -> None:
        for row in rows:
            analysis = StoryAnalysis.from_bytes(row["analysis_key"], row["analysis"])
            vectors = analysis.vectors
            if vectors is None or not self._all_embedded:
                self._all_embedded = False
                self._analyses.append(analysis)
                continue
            if self._vectors is None:
                shape = (self._passages, vectors.shape[1])
                self._vectors = (
                    _vectors_in_file(shape)
                    if self._vectors_on_disk
                    else np.empty(shape, dtype=np.float32)
                )
            end = self._filled + len(vectors)
            if end > self._passages or vectors.shape[1] != self._vectors.shape[1]:
                raise ValueError("damaged passage vectors: more than the build's passages")
            self._vectors[self._filled : end] = vectors
            self._analyses.append(analysis.with_vectors(self._vectors[self._filled : end]))
            self._filled = end
        if self._vectors is not None:  # written to the file: kept there, not in memory
            for mapping in mapped_files([self._vectors]):
                release_mapping(mapping)

    @long_lived_objects()
    def snapshot(self, build: Row) -> IndexSnapshot | None:
        """The build's snapshot from its BM25 blob and the stories read. ValueError if
        damaged."""
        if not self._analyses:
            log.info("the stored build has no story analyses (made by an older storybot)")
            return None
        index = BM25Index.from_bytes(build["bm25"])
        passages = sum(len(a.passage_terms) for a in self._analyses)
        if not len(index) == passages == self._passages:
            raise ValueError(f"the index holds {len(index)} passages, its stories {passages}")
        vectors = self._vectors if self._all_embedded and self._filled == passages else None
        analyses = self._analyses
        if vectors is None:  # not every story has vectors: none are used
            analyses = [a.with_vectors(None) for a in analyses]
        from bot.engine.builder import assemble_snapshot  # not imported by a start from files

        return assemble_snapshot(
            analyses,
            index,
            build["corpus_hash"],
            from_timestamp(build["built_at"]),
            joined_vectors=vectors,
            nearest_trained=None if vectors is None else build["nearest_index"],
        )


def _vectors_in_file(shape: tuple[int, int]) -> Vectors:
    """A matrix of 32-bit floats in a temporary file (already unlinked: gone with the last
    array over it) mapped into memory: a page let go (`release_mapping`) stays in the file,
    read again when touched, where a page let go of memory would be lost. A reindex reads
    the build it replaces once, to copy what it keeps into the new build's matrix. (Where
    the temporary folder is in memory, tmpfs, its pages stay in memory, outside the
    process's.)"""
    size = shape[0] * shape[1] * 4
    with tempfile.TemporaryFile() as backing:
        backing.truncate(size)
        # shared: written through to the file (a private mapping's pages are the process's)
        mapping = mmap.mmap(backing.fileno(), size) if size else None
    if mapping is None:
        return np.empty(shape, dtype=np.float32)
    return np.frombuffer(mapping, dtype=np.float32).reshape(shape)


def _record(row: Row) -> BuildRecord:
    return BuildRecord(
        id=row["id"],
        version=row["version"],
        corpus_hash=row["corpus_hash"],
        stories=row["stories"],
        passages=row["passages"],
        quotes=row["quotes"],
        built_at=from_timestamp(row["built_at"]),
        duration_ms=row["duration_ms"],
    )
