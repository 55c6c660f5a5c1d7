"""Opening the file: migrations, pragmas, reopening, and the failures a person can be told about."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.storage import Database, GuildSettings
from bot.storage.migrations import MIGRATIONS


def _ledger(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        result = [(int(v), str(n)) for v, n in rows]
    raw.close()
    return result


async def test_a_new_file_is_created_with_its_folder_and_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "data" / "nested" / "storybot.sqlite3"
    async with Database.open(path) as db:
        assert await db.schema_version() == MIGRATIONS[-1].version
        assert await db.integrity_check() == []
    assert path.is_file()
    assert _ledger(path) == [(m.version, m.name) for m in MIGRATIONS]


async def test_opening_again_applies_nothing_twice_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "storybot.sqlite3"
    async with Database.open(path) as db:
        await db.guild_settings.update(1, cooldown_seconds=3)
    async with Database.open(path) as db:
        assert (await db.guild_settings.get(1)).cooldown_seconds == 3
    async with Database.open(path) as db:
        assert await db.schema_version() == MIGRATIONS[-1].version
    assert _ledger(path) == [(m.version, m.name) for m in MIGRATIONS]


async def test_the_file_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "storybot.sqlite3"
    async with Database.open(path) as db:
        rows = await db._connection.fetchall("PRAGMA foreign_keys")
        assert rows[0][0] == 1
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


async def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StorageError, match="is not a SQLite database file"):
        async with Database.open(path):
            pass


async def test_a_database_from_a_newer_storybot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "storybot.sqlite3"
    async with Database.open(path):
        pass
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2100-01-01')")
    raw.close()
    with pytest.raises(StorageError, match="newer than this storybot"):
        async with Database.open(path):
            pass


async def test_another_writer_holding_the_lock_gives_storage_error_not_a_hang(
    tmp_path: Path,
) -> None:
    path = tmp_path / "storybot.sqlite3"
    async with Database.open(path, busy_timeout=0.2) as db:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO community_settings VALUES ('discord', '7', '{}', 'x')")
            started = time.monotonic()
            with pytest.raises(StorageError, match="locked by another writer"):
                await db.guild_settings.update(1, cooldown_seconds=3)
            assert time.monotonic() - started < 3
            # reads still work in WAL mode while the other process writes
            assert (await db.guild_settings.get(1)).cooldown_seconds == 10
            other.execute("ROLLBACK")
        finally:
            other.close()
        # once the lock is released the same connection writes again
        assert (await db.guild_settings.update(1, cooldown_seconds=3)).cooldown_seconds == 3


async def test_opening_while_another_process_migrates_waits_then_gives_storage_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "storybot.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("BEGIN IMMEDIATE")
        other.execute("CREATE TABLE t (x INTEGER)")
        with pytest.raises(StorageError, match="locked"):
            async with Database.open(path, busy_timeout=0.1):
                pass
    finally:
        other.close()


async def test_a_closed_database_says_so(db_target: Path | str) -> None:
    db = await Database.connect(db_target)
    await db.close()
    await db.close()  # closing twice is harmless
    with pytest.raises(StorageError, match="closed"):
        await db.guild_settings.get(1)


async def test_concurrent_writes_are_serialised(db_target: Path | str) -> None:
    async with Database.open(db_target) as db:
        await asyncio.gather(
            *(db.guild_settings.update(guild, cooldown_seconds=guild) for guild in range(1, 30))
        )
        settings = [await db.guild_settings.get(guild) for guild in range(1, 30)]
    assert [s.cooldown_seconds for s in settings] == list(range(1, 30))
    assert GuildSettings().cooldown_seconds == 10


def test_every_migration_has_a_sqlite_and_a_postgresql_form_under_one_number() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    for migration in MIGRATIONS:
        assert migration.sqlite, f"migration {migration.version} has no SQLite statements"
        assert migration.postgresql, f"migration {migration.version} has no PostgreSQL form"


async def test_both_backends_apply_the_same_migrations_once(db_target: Path | str) -> None:
    async with Database.open(db_target) as db:
        assert await db.schema_version() == MIGRATIONS[-1].version
    async with Database.open(db_target) as db:
        status = await db.migration_status()
        assert [(s.version, s.name) for s in status] == [(m.version, m.name) for m in MIGRATIONS]
        assert all(s.applied_at is not None for s in status)
        assert await db.migrate() == []


async def test_status_of_a_database_never_migrated_lists_every_migration_pending(
    db_target: Path | str,
) -> None:
    async with Database.open(db_target, migrate=False) as db:
        status = await db.migration_status()
        assert [s.version for s in status] == [m.version for m in MIGRATIONS]
        assert all(s.applied_at is None for s in status)
        assert await db.migrate() == [m.version for m in MIGRATIONS]
