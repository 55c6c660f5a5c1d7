"""Index builds: a snapshot saved is the snapshot loaded, and a failed save changes nothing."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import asyncpg
import pytest

from bot.engine.index import BM25Index
from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot, QueryLogEntry
from bot.engine.story_analysis import StoryAnalysis
from bot.errors import StorageError
from bot.storage import Database, builds
from bot.storage.migrations import MIGRATIONS
from tests.storage import BUILT_AT, make_snapshot

REPO = Path(__file__).resolve().parents[2]


def assert_same(loaded: IndexSnapshot | None, saved: IndexSnapshot) -> None:
    assert loaded is not None
    assert loaded.corpus_hash == saved.corpus_hash
    assert loaded.stories == saved.stories
    assert loaded.passages == saved.passages
    assert loaded.people == saved.people
    assert loaded.quotes == saved.quotes
    assert loaded.built_at == saved.built_at
    assert [s.content_hash for s in loaded.stories] == [s.content_hash for s in saved.stories]
    for query in (["jane"], ["bridge", "may"], ["no", "build"]):
        assert loaded.index.top_k(query, 3) == saved.index.top_k(query, 3)
    assert [loaded.passage_terms.tokens(d) for d in range(len(loaded.passages))] == [
        saved.passage_terms.tokens(d) for d in range(len(saved.passages))
    ]
    if saved.passage_vectors is None:
        assert loaded.passage_vectors is None
    else:
        assert loaded.passage_vectors is not None
        assert loaded.passage_vectors.tobytes() == saved.passage_vectors.tobytes()


async def _count_rows(db: Database) -> dict[str, int]:
    tables = ("story_analyses", "build_stories")
    counts = {}
    for table in tables:
        row = await db._connection.fetchone(f"SELECT COUNT(*) FROM {table}")
        assert row is not None
        counts[table] = int(row[0])
    return counts


# A constraint broken by the code: each database's own error, passed on as it is.
INTEGRITY_ERRORS = (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)


async def test_an_empty_database_has_no_snapshot(db: Database) -> None:
    assert await db.load_active_snapshot() is None
    assert await db.active_build() is None
    assert await db.build_history() == []


async def test_a_saved_snapshot_loads_back_the_same_after_a_restart(
    db_target: Path | str,
) -> None:
    path = db_target
    snapshot = make_snapshot()
    async with Database.open(path) as db:
        build = await db.save_snapshot(snapshot, duration_ms=12.5)
    assert (build.stories, build.passages, build.quotes) == (2, 3, 2)
    assert build.corpus_hash == "v1:one"
    assert build.built_at == BUILT_AT
    assert build.duration_ms == 12.5
    async with Database.open(path) as db:
        assert await db.active_build() == build
        assert_same(await db.load_active_snapshot(), snapshot)
        # the credit paragraph is kept with its story but is not an index document
        loaded = await db.load_active_snapshot()
        assert loaded is not None
        assert len(loaded.stories[0].paragraphs) == 3
        assert len(loaded.stories[0].passages) == 2


async def test_a_new_build_replaces_the_old_one_and_keeps_its_history(
    db_target: Path | str,
) -> None:
    path = db_target
    first, second = make_snapshot("v1:one"), make_snapshot("v1:two", extra_word="Really.")
    async with Database.open(path) as db:
        old = await db.save_snapshot(first, 1.0)
        new = await db.save_snapshot(second, 2.0)
        assert new.id != old.id
        assert await db.active_build() == new
        assert_same(await db.load_active_snapshot(), second)
        assert await db.build_history() == [new, old]
        assert await db.build_history(limit=1) == [new]
        assert await db.integrity_check() == []
        # only the active build keeps its rows; the unchanged story's analysis is shared
        assert await _count_rows(db) == {"story_analyses": 2, "build_stories": 2}


async def test_a_new_build_writes_only_the_stories_that_changed(
    db_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoded: list[str] = []
    real = StoryAnalysis.to_bytes

    def counted(self: StoryAnalysis) -> bytes:
        encoded.append(self.story.id)
        return real(self)

    monkeypatch.setattr(StoryAnalysis, "to_bytes", counted)
    async with Database.open(db_target) as db:
        await db.save_snapshot(make_snapshot("v1:one"), 1.0)
        assert encoded == ["alpha", "beta"]
        encoded.clear()
        second = make_snapshot("v1:two", extra_word="Really.")
        await db.save_snapshot(second, 1.0)
        assert encoded == ["alpha"]  # beta's analysis is the first build's, reused
    async with Database.open(db_target) as db:  # another process reads both stories back
        assert_same(await db.load_active_snapshot(), second)


async def test_a_save_failing_midway_leaves_the_old_build_active_and_complete(
    db_target: Path | str,
) -> None:
    path = db_target
    good = make_snapshot("v1:good")
    # a story twice: the insert fails on a UNIQUE constraint after the new build's row and
    # its changed story's analysis are written
    broken = make_snapshot("v1:broken", extra_word="Broken.")
    broken = broken.model_copy(update={"analyses": (*broken.analyses, broken.analyses[0])})
    async with Database.open(path) as db:
        build = await db.save_snapshot(good, 1.0)
        with pytest.raises(INTEGRITY_ERRORS, match=r"(?i)unique|duplicate"):
            await db.save_snapshot(broken, 1.0)
        assert await db.active_build() == build
        assert await db.build_history() == [build]
        assert_same(await db.load_active_snapshot(), good)
        assert await _count_rows(db) == {"story_analyses": 2, "build_stories": 2}
        # and the connection is usable: the next save works
        await db.save_snapshot(make_snapshot("v1:next"), 1.0)
        assert (await db.active_build() or build).corpus_hash == "v1:next"


async def test_an_index_that_cannot_be_serialised_changes_nothing(
    db_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Database.open(db_target) as db:
        build = await db.save_snapshot(make_snapshot("v1:good"), 1.0)

        def fail(self: BM25Index) -> bytes:
            raise MemoryError("no room for the index")

        # the save writes the index's pieces into its row, inside the transaction
        monkeypatch.setattr(BM25Index, "to_bytes", fail)
        monkeypatch.setattr(BM25Index, "to_pieces", fail)
        with pytest.raises(MemoryError):
            await db.save_snapshot(make_snapshot("v1:other"), 1.0)
        monkeypatch.undo()
        assert await db.active_build() == build
        assert_same(await db.load_active_snapshot(), make_snapshot("v1:good"))


async def test_a_process_killed_during_a_save_leaves_the_old_build(
    db_target: Path | str,
) -> None:
    path = db_target
    async with Database.open(path) as db:
        build = await db.save_snapshot(make_snapshot("v1:good"), 1.0)
    # the child writes a whole new build, swaps it in, and dies before the commit
    script = textwrap.dedent(
        f"""
        import asyncio, os
        from bot.storage import Database, builds
        from tests.storage import make_snapshot

        activate = builds._activate

        async def activate_then_die(tx, build_id):
            await activate(tx, build_id)
            os._exit(9)

        builds._activate = activate_then_die

        async def main():
            async with Database.open({str(path)!r}) as db:
                await db.save_snapshot(make_snapshot("v1:new"), 1.0)

        asyncio.run(main())
        """
    )
    child = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert child.returncode == 9, child.stderr
    async with Database.open(path) as db:
        assert await db.active_build() == build
        assert_same(await db.load_active_snapshot(), make_snapshot("v1:good"))
        assert await db.integrity_check() == []


async def test_a_build_in_another_index_format_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with Database.open(path) as db:
        await db.save_snapshot(make_snapshot(), 1.0)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE index_builds SET version = version + 100")
    raw.close()
    async with Database.open(path) as db:
        assert await db.load_active_snapshot() is None  # so the service rebuilds


async def test_a_damaged_index_blob_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with Database.open(path) as db:
        await db.save_snapshot(make_snapshot(), 1.0)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE build_bm25 SET bm25 = substr(bm25, 1, 40)")
    raw.close()
    async with Database.open(path) as db:
        assert await db.load_active_snapshot() is None


async def test_a_full_disk_during_a_save_is_a_storage_error_and_changes_nothing(
    tmp_path: Path,
) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        build = await db.save_snapshot(make_snapshot("v1:good"), 1.0)
        pages = (await db._connection.fetchall("PRAGMA page_count"))[0][0]
        # this connection may not grow the file any more: as if the disk were full
        await db._connection.fetchall(f"PRAGMA max_page_count = {pages}")
        big = make_snapshot("v1:big", extra_word="word " * 20_000)
        with pytest.raises(StorageError, match="is full"):
            await db.save_snapshot(big, 1.0)
        assert await db.active_build() == build
        assert_same(await db.load_active_snapshot(), make_snapshot("v1:good"))


async def test_the_index_written_into_its_row_piece_by_piece_is_its_stored_form(
    db_target: Path | str,
) -> None:
    """The BM25 index goes into the build's row a piece at a time (never bound as bytes):
    the row holds exactly `to_bytes`, of a larger index too (over many database pages)."""
    terms = [[f"word{n}" for n in range(start, start + 4000)] for start in (0, 2000, 4000)]
    big = make_snapshot("v1:big").model_copy(update={"index": BM25Index.build(terms)})
    assert len(big.index.to_bytes()) > 100_000
    async with Database.open(db_target) as db:
        for snapshot in (make_snapshot("v1:small"), big):
            build = await db.save_snapshot(snapshot, 1.0)
            row = await db._connection.fetchone(
                "SELECT bm25 FROM build_bm25 WHERE id = ?", (build.id,)
            )
            assert row is not None and bytes(row["bm25"]) == snapshot.index.to_bytes()


async def test_a_build_saved_before_the_bm25_table_is_read_after_the_upgrade(
    db_target: Path | str,
) -> None:
    """A database whose active build keeps its BM25 blob in `index_builds` (schema 10, before
    `build_bm25`): opened by this storybot, the blob moves and the build loads as saved,
    with no rebuild; the next save replaces it."""
    async with Database.open(db_target) as db:
        build = await db.save_snapshot(make_snapshot("v1:old"), 1.0)
        # the database as schema 10 left it: the blob in the build's row
        async with db._connection.write() as tx:
            await tx.execute(
                "UPDATE index_builds SET bm25 = (SELECT bm25 FROM build_bm25 WHERE id = ?)"
                " WHERE id = ?",
                (build.id, build.id),
            )
            await tx.execute("DROP TABLE build_bm25")
            await tx.execute("DELETE FROM schema_migrations WHERE version = 11")
    async with Database.open(db_target) as db:
        assert await db.schema_version() == MIGRATIONS[-1].version
        assert await db.active_build() == build
        assert_same(await db.load_active_snapshot(), make_snapshot("v1:old"))
        moved = await db._connection.fetchall("SELECT id FROM index_builds WHERE bm25 IS NOT NULL")
        assert moved == []
        new = await db.save_snapshot(make_snapshot("v1:new"), 1.0)
        kept = await db._connection.fetchall("SELECT id FROM build_bm25")
        assert [row["id"] for row in kept] == [new.id]


async def test_a_cancelled_save_changes_nothing(
    db_target: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Database.open(db_target) as db:
        build = await db.save_snapshot(make_snapshot("v1:good"), 1.0)

        async def cancelled(tx: object, build_id: int) -> None:
            raise asyncio.CancelledError

        monkeypatch.setattr(builds, "_activate", cancelled)
        with pytest.raises(asyncio.CancelledError):
            await db.save_snapshot(make_snapshot("v1:other"), 1.0)
        monkeypatch.undo()
        assert await db.active_build() == build
        assert await db.build_history() == [build]


async def test_questions_logged_during_a_failing_save_are_kept(db_target: Path | str) -> None:
    good = make_snapshot("v1:good")
    broken = good.model_copy(update={"analyses": (*good.analyses, good.analyses[0])})
    entry = QueryLogEntry(
        at=BUILT_AT, source="cli", question="Who?", answered=False, latency_ms=1.0
    )
    async with Database.open(db_target) as db:
        results = await asyncio.gather(
            db.save_snapshot(broken, 1.0),
            db.log_query(entry),
            db.log_query(entry),
            return_exceptions=True,
        )
        assert isinstance(results[0], INTEGRITY_ERRORS)
        assert list(results[1:]) == [None, None]
        assert (await db.query_log.stats()).total == 2
        assert await db.active_build() is None


async def test_passage_terms_and_vectors_are_stored_with_the_build(db: Database) -> None:
    snapshot = make_snapshot("v1", vectors=True)
    assert snapshot.passage_vectors is not None
    await db.save_snapshot(snapshot, 1.0)
    assert_same(await db.load_active_snapshot(), snapshot)


async def test_a_damaged_story_analysis_is_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with Database.open(path) as db:
        await db.save_snapshot(make_snapshot(), 1.0)
    raw = sqlite3.connect(path)
    with raw:
        for key, blob in raw.execute("SELECT key, analysis FROM story_analyses").fetchall():
            damaged = blob[:60] + bytes([blob[60] ^ 1]) + blob[61:]  # one bit of the JSON
            raw.execute("UPDATE story_analyses SET analysis = ? WHERE key = ?", (damaged, key))
    raw.close()
    async with Database.open(path) as db:
        assert await db.load_active_snapshot() is None  # so the service rebuilds


async def test_a_build_read_back_makes_a_story_only_when_it_is_asked_for(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.engine.story_analysis as story_analysis

    saved = make_snapshot("v1")
    await db.save_snapshot(saved, 1.0)
    made: list[str] = []
    real = story_analysis._story

    def counted(facts: dict[str, object]) -> object:
        story = real(facts)  # type: ignore[arg-type]
        made.append(story.id)
        return story

    monkeypatch.setattr(story_analysis, "_story", counted)
    loaded = await db.load_active_snapshot()
    assert loaded is not None
    searcher = Searcher(loaded)
    assert made == []  # loading and the searcher's tables need no story
    assert len(loaded.passages) == 3 and loaded.stories.ids() == ["alpha", "beta"]
    assert loaded.passages[2] == saved.passages[2]
    assert made == []  # a passage is made alone
    answer = searcher.ask("what did Jane Doe say?")
    assert answer.passages and answer.passages[0].story_id == "alpha"
    assert answer.passages[0].title == saved.stories[0].meta.title  # without making the story
    assert made == []  # the passages shown, their story's metadata and body: no whole story
    assert loaded.passages == saved.passages and loaded.stories == saved.stories
    assert made == ["alpha", "beta"]
    assert loaded.stories == saved.stories
    assert made == ["alpha", "beta"]  # each story made once
