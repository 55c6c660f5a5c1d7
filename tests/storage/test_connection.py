"""The connection: one-call write transactions, lock-free reads, the pragmas, the settings cache."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.storage import ConversationTurn, Database, StoredAnswer
from bot.storage.connection import Statements

AT = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


async def test_wal_with_synchronous_normal(db: Database) -> None:
    assert (await db._connection.fetchall("PRAGMA journal_mode"))[0][0] == "wal"
    assert (await db._connection.fetchall("PRAGMA synchronous"))[0][0] == 1  # NORMAL


async def test_a_one_call_transaction_is_all_or_nothing(db: Database) -> None:
    def half_then_fail(tx: Statements) -> None:
        tx.execute("INSERT INTO community_settings VALUES ('discord', '1', '{}', 'x')")
        raise ValueError("a bug half way")

    with pytest.raises(ValueError, match="half way"):
        await db._connection.transact(half_then_fail)
    assert await db._connection.fetchall("SELECT * FROM community_settings") == []

    def constraint(tx: Statements) -> None:
        tx.execute("INSERT INTO community_settings VALUES ('discord', '1', '{}', 'x')")
        tx.execute("INSERT INTO community_settings VALUES ('discord', '1', '{}', 'x')")

    with pytest.raises(sqlite3.IntegrityError):  # a bug: not mapped to StorageError
        await db._connection.transact(constraint)
    assert await db._connection.fetchall("SELECT * FROM community_settings") == []
    # the connection is usable after both
    assert (await db.guild_settings.update(1, cooldown_seconds=3)).cooldown_seconds == 3


async def test_a_cancelled_caller_does_not_split_a_one_call_transaction(db: Database) -> None:
    def two_rows(tx: Statements) -> None:
        tx.execute("INSERT INTO community_settings VALUES ('discord', '1', '{}', 'x')")
        tx.execute("INSERT INTO community_settings VALUES ('discord', '2', '{}', 'x')")

    task = asyncio.ensure_future(db._connection.transact(two_rows))
    await asyncio.sleep(0)  # queued on the database thread
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    rows = await db._connection.fetchall("SELECT community_id FROM community_settings ORDER BY 1")
    assert [r[0] for r in rows] in ([], ["1", "2"])


async def test_reads_never_see_a_transaction_that_awaits_between_statements(
    db: Database,
) -> None:
    """With one connection, an open transaction's rows are visible to its other statements:
    reads and one-call writes started while a write() is open wait for it to end."""
    seen: list[object] = []
    inside = asyncio.Event()
    release = asyncio.Event()

    async def staged() -> None:
        async with db._connection.write() as tx:
            await tx.execute(
                "INSERT INTO community_settings VALUES ('discord', '5', '{}', 'staged')"
            )
            inside.set()
            await release.wait()
            raise RuntimeError("rolled back")

    writer = asyncio.ensure_future(staged())
    await inside.wait()
    reader = asyncio.ensure_future(db._connection.fetchall("SELECT * FROM community_settings"))
    vote = asyncio.ensure_future(db.votes.cast(1, 1, 1, guild_id=1))
    await asyncio.sleep(0.05)
    assert not reader.done() and not vote.done()  # waiting for the staged transaction
    release.set()
    with pytest.raises(RuntimeError):
        await writer
    seen = await reader
    assert seen == []
    assert await vote is True
    assert await db.votes.vote_of(1, 1) == 1


async def test_storage_errors_are_mapped_in_one_call_transactions(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with Database.open(path, busy_timeout=0.1) as db:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError, match="locked by another writer"):
                await db.votes.cast(1, 1, 1, guild_id=1)
            assert await db.votes.vote_of(1, 1) is None  # reads go on meanwhile
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert await db.votes.cast(1, 1, 1, guild_id=1) is True


async def test_an_answer_and_its_turns_are_stored_together(db: Database) -> None:
    turn = ConversationTurn(at=AT, question="why?", shown=(("s", 1),))
    earlier = ConversationTurn(at=AT, question="what did X say about the bridge?")
    answer = StoredAnswer(
        message_id=10, guild_id=1, channel_id=2, user_id=3, question="why?",
        shown=(("s", 1),), created_at=AT,
    )  # fmt: skip
    await db.answers.save(answer, [(10, earlier), (10, turn), (99, turn)])
    assert await db.answers.get(10) == answer
    assert await db.conversations.last(10, 5) == [earlier, turn]
    assert await db.conversations.last(99, 5) == [turn]


async def test_guild_settings_are_cached_and_replaced_on_update_and_reset(db: Database) -> None:
    store = db.guild_settings
    assert (await store.get(1)).cooldown_seconds == 10
    # another connection changes the row: the cache still answers (only this store writes)
    raw = sqlite3.connect(db.path)
    with raw:
        raw.execute(
            "INSERT INTO community_settings VALUES"
            " ('discord', '1', '{\"cooldown_seconds\": 1.0}', 'x')"
        )
    raw.close()
    assert (await store.get(1)).cooldown_seconds == 10
    assert (await store.update(1, cooldown_seconds=4)).cooldown_seconds == 4
    assert (await store.get(1)).cooldown_seconds == 4
    await store.reset(1)
    assert (await store.get(1)).cooldown_seconds == 10
    assert (await store.get(2)).cooldown_seconds == 10


async def test_a_read_begun_before_an_update_does_not_cache_stale_settings(
    db: Database,
) -> None:
    store = db.guild_settings
    read = asyncio.ensure_future(store.get(1))  # queued before the update's transaction
    update = asyncio.ensure_future(store.update(1, cooldown_seconds=2))
    assert (await read).cooldown_seconds == 10
    assert (await update).cooldown_seconds == 2
    assert (await store.get(1)).cooldown_seconds == 2


async def test_a_failed_update_leaves_the_cache_right(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    async with Database.open(path, busy_timeout=0.1) as db:
        assert (await db.guild_settings.update(1, cooldown_seconds=3)).cooldown_seconds == 3
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError):
                await db.guild_settings.update(1, cooldown_seconds=8)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert (await db.guild_settings.get(1)).cooldown_seconds == 3


async def test_writes_that_arrive_together_commit_together_each_all_or_nothing(
    db: Database,
) -> None:
    def row(guild_id: int) -> Callable[[Statements], int]:
        return lambda tx: tx.execute(
            f"INSERT INTO community_settings VALUES ('discord', '{guild_id}', '{{}}', 'x')"
        )

    def half_then_fail(tx: Statements) -> None:
        tx.execute("INSERT INTO community_settings VALUES ('discord', '50', '{}', 'x')")
        raise ValueError("a bug half way")

    commits: list[str] = []
    raw = db._connection._connection
    await raw.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    results = await asyncio.gather(
        *(db._connection.transact(row(n)) for n in (1, 2)),
        db._connection.transact(half_then_fail),
        db._connection.transact(row(3)),
        db._connection.transact(row(1)),  # a duplicate: an IntegrityError for this one only
        return_exceptions=True,
    )
    await raw.set_trace_callback(None)  # type: ignore[arg-type]
    assert results[:2] == [1, 1] and results[3] == 1
    assert isinstance(results[2], ValueError)
    assert isinstance(results[4], sqlite3.IntegrityError)
    rows = await db._connection.fetchall("SELECT community_id FROM community_settings ORDER BY 1")
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert len(commits) < 5  # the ones that arrived while the first was written shared a commit


async def test_close_waits_for_the_writes_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = await Database.connect(path)
    writes = [asyncio.ensure_future(db.votes.cast(n, 1, 1, guild_id=1)) for n in range(20)]
    await asyncio.sleep(0)
    await db.close()
    assert all(await asyncio.gather(*writes))
    async with Database.open(path) as again:
        assert (await again.votes.totals(1)).up == 20
