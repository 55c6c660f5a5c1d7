"""What only PostgreSQL has to get right: several processes on one database, lost connections,
a server restarted, builds announced to every process, reindexes that take turns."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import asyncpg
import pytest

from bot.engine.service import StoryService
from bot.errors import ReindexBusyError, StorageError
from bot.storage import Database
from bot.storage.greenlets import wait_for
from bot.storage.migrations import MIGRATIONS
from bot.storage.postgres import without_password
from bot.storage.sql import Statements
from tests.postgres import PostgresServer
from tests.storage import make_snapshot

REPO = Path(__file__).resolve().parents[2]

# The Discord guilds with settings (communities are keyed by platform and id, as text).
GUILD_IDS = (
    "SELECT community_id FROM community_settings WHERE platform = 'discord'"
    " ORDER BY CAST(community_id AS INTEGER)"
)


def _database_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _kill_connections(server: PostgresServer, url: str) -> int:
    """Cut every connection to the test's database (as a network cut or a crash would)."""
    return int(
        server.sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            f" WHERE datname = '{_database_name(url)}' AND pid <> pg_backend_pid()"
        )
    )


async def test_processes_starting_together_apply_each_migration_once(postgres_url: str) -> None:
    opened = await asyncio.gather(*(Database.connect(postgres_url) for _ in range(4)))
    try:
        for db in opened:
            assert await db.schema_version() == MIGRATIONS[-1].version
        rows = await opened[0]._connection.fetchall(
            "SELECT version, COUNT(*) FROM schema_migrations GROUP BY version ORDER BY version"
        )
        assert [(r[0], r[1]) for r in rows] == [(m.version, 1) for m in MIGRATIONS]
    finally:
        for db in opened:
            await db.close()


async def test_children_starting_together_migrate_once(postgres_url: str) -> None:
    script = (
        "import asyncio, sys\nfrom bot.storage import Database\n"
        "async def main():\n    async with Database.open(sys.argv[1]) as db:\n"
        "        print(await db.schema_version())\nasyncio.run(main())\n"
    )
    pipe = asyncio.subprocess.PIPE
    command = (sys.executable, "-c", script, postgres_url)
    children = [
        await asyncio.create_subprocess_exec(*command, cwd=REPO, stdout=pipe, stderr=pipe)
        for _ in range(3)
    ]
    outputs = [await child.communicate() for child in children]
    assert [child.returncode for child in children] == [0, 0, 0], outputs
    assert {out.decode().strip() for out, _ in outputs} == {str(MIGRATIONS[-1].version)}


async def test_a_write_whose_connection_is_cut_midway_is_written_once_on_a_new_one(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with Database.open(postgres_url) as db:
        await db.guild_settings.update(1, cooldown_seconds=1)
        inside, cut = asyncio.Event(), asyncio.Event()

        def two_rows_with_a_cut_between(tx: Statements) -> None:
            tx.execute("INSERT INTO community_settings VALUES ('discord', '2', '{}', 'x')")
            if not inside.is_set():  # the first attempt: the connection is cut here
                inside.set()
                wait_for(cut.wait())  # (a write function's statements are awaited like this)
            tx.execute("INSERT INTO community_settings VALUES ('discord', '3', '{}', 'x')")

        write = asyncio.ensure_future(db._connection.transact(two_rows_with_a_cut_between))
        await inside.wait()
        assert await asyncio.to_thread(_kill_connections, postgres_server, postgres_url) >= 1
        cut.set()
        await write
        rows = await db._connection.fetchall(GUILD_IDS)
        assert [int(r[0]) for r in rows] == [1, 2, 3]  # the committed row kept, the cut one once
        assert (await db.guild_settings.update(1, cooldown_seconds=2)).cooldown_seconds == 2


async def test_after_a_server_restart_reads_and_writes_work_and_nothing_committed_is_lost(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with Database.open(postgres_url) as db:
        build = await db.save_snapshot(make_snapshot("v1:before"), 1.0)
        await db.guild_settings.update(7, cooldown_seconds=4)
        await asyncio.to_thread(postgres_server.restart)
        # every pooled connection died with the server: the first use finds out and retries
        assert await db.active_build() == build
        assert (await db.guild_settings.update(8, cooldown_seconds=5)).cooldown_seconds == 5
        fresh = await db._connection.fetchall(GUILD_IDS)
        assert [int(r[0]) for r in fresh] == [7, 8]


async def test_a_server_that_is_down_gives_a_storage_error_then_works_when_back(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with Database.open(postgres_url) as db:
        await db.guild_settings.update(1, cooldown_seconds=3)
        await asyncio.to_thread(postgres_server.stop)
        try:
            with pytest.raises(StorageError, match="database postgresql://") as refused:
                await db.votes.cast(1, 2, 1, guild_id=1)
            assert "127.0.0.1" in str(refused.value)
        finally:
            await asyncio.to_thread(postgres_server.start)
        assert await db.votes.cast(1, 2, 1, guild_id=1)
        assert (await db.votes.counts(1)).up == 1


async def test_opening_a_server_that_is_not_there_is_a_clear_storage_error() -> None:
    with pytest.raises(StorageError, match="Cannot connect to the database"):
        async with Database.open("postgresql://storybot@127.0.0.1:9/none", busy_timeout=1):
            pass


def test_a_password_is_never_shown() -> None:
    url = "postgresql://bot:s3cret@db.example.org:6543/storybot"
    assert without_password(url) == "postgresql://bot@db.example.org:6543/storybot"
    assert "s3cret" not in without_password(url)


async def test_a_reindex_while_another_process_reindexes_is_refused(postgres_url: str) -> None:
    async with Database.open(postgres_url) as first, Database.open(postgres_url) as second:
        async with first.reindexing():
            with pytest.raises(ReindexBusyError, match="Another storybot process is reindexing"):
                async with second.reindexing():
                    pass
        async with second.reindexing():  # released: the next one may start
            pass


async def test_the_reindex_lock_of_a_killed_process_is_released(postgres_url: str) -> None:
    script = (
        "import asyncio, os, sys\nfrom bot.storage import Database\n"
        "async def main():\n    async with Database.open(sys.argv[1]) as db:\n"
        "        async with db.reindexing():\n            print('held', flush=True)\n"
        "            await asyncio.sleep(60)\nasyncio.run(main())\n"
    )
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", script, postgres_url, cwd=REPO, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    try:
        assert (await asyncio.wait_for(child.stdout.readline(), 30)).strip() == b"held"
        async with Database.open(postgres_url) as db:
            with pytest.raises(ReindexBusyError):
                async with db.reindexing():
                    pass
            child.kill()
            await child.wait()
            # the server notices the dead client and releases its lock
            deadline = time.monotonic() + 30  # generous: a slow machine notices late
            while True:
                try:
                    async with db.reindexing():
                        break
                except ReindexBusyError:
                    assert time.monotonic() < deadline, "the killed lock was never released"
                    await asyncio.sleep(0.05)
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()


async def test_storybot_index_while_another_process_reindexes_says_so(
    postgres_url: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in (REPO / "corpus").glob("*.txt"):
        (corpus / story.name).write_bytes(story.read_bytes())
    env = {**os.environ, "STORYBOT_DATABASE_URL": postgres_url}
    async with Database.open(postgres_url) as db, db.reindexing():
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "bot", "--corpus", str(corpus), "index"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    assert "Another storybot process is reindexing" in done.stderr
    assert "Traceback" not in done.stderr


async def test_a_build_saved_by_one_process_is_loaded_by_the_others(
    postgres_url: str, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = next(iter(sorted((REPO / "corpus").glob("*.txt"))))
    (corpus / story.name).write_bytes(story.read_bytes())
    async with Database.open(postgres_url) as one, Database.open(postgres_url) as other:
        builder = StoryService(one, corpus)
        await builder.start()
        follower = StoryService(other, tmp_path / "not-read")  # never reads the corpus
        await follower.start(build_if_missing=False)
        assert follower.build == builder.build

        changed = asyncio.Event()

        async def refresh() -> None:
            if await follower.refresh():
                changed.set()

        async with other.watch_builds(refresh):
            # The listener is up once its first catch-up has run (nothing to load yet).
            (corpus / "extra.txt").write_text(
                '+++\nid = "extra"\n+++\nThe ferry sails at dawn, the harbour master said.\n',
                encoding="utf-8",
            )
            report = await builder.reindex()
            await asyncio.wait_for(changed.wait(), 10)
        assert follower.build == report.build
        answer = await follower.ask("when does the ferry sail?")
        assert answer.passages and answer.passages[0].story_id == "extra"


async def test_after_a_server_restart_a_new_build_still_reaches_the_other_process(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    async with Database.open(postgres_url) as one, Database.open(postgres_url) as other:
        calls: asyncio.Queue[None] = asyncio.Queue()

        async def changed() -> None:
            calls.put_nowait(None)

        async with other.watch_builds(changed):
            await asyncio.wait_for(calls.get(), 10)  # listening (it catches up on connecting)
            await asyncio.to_thread(postgres_server.restart)
            await asyncio.wait_for(calls.get(), 30)  # listening again (caught up again)
            build = await one.save_snapshot(make_snapshot("v1:after"), 1.0)
            await asyncio.wait_for(calls.get(), 10)  # and told of the build
        assert await other.active_build() == build


async def test_writes_that_arrive_together_are_each_all_or_nothing(postgres_url: str) -> None:
    def row(guild_id: int) -> Callable[[Statements], int]:
        return lambda tx: tx.execute(
            f"INSERT INTO community_settings VALUES ('discord', '{guild_id}', '{{}}', 'x')"
        )

    def half_then_fail(tx: Statements) -> None:
        tx.execute("INSERT INTO community_settings VALUES ('discord', '50', '{}', 'x')")
        raise ValueError("a bug half way")

    async with Database.open(postgres_url) as db:
        results = await asyncio.gather(
            *(db._connection.transact(row(n)) for n in (1, 2)),
            db._connection.transact(half_then_fail),
            db._connection.transact(row(3)),
            db._connection.transact(row(1)),  # a duplicate: an error for this one only
            *(db._connection.transact(row(n)) for n in range(100, 140)),
            return_exceptions=True,
        )
        assert results[:2] == [1, 1] and results[3] == 1 and results[5:] == [1] * 40
        assert isinstance(results[2], ValueError)
        assert isinstance(results[4], asyncpg.UniqueViolationError)
        rows = await db._connection.fetchall(GUILD_IDS)
        assert [int(r[0]) for r in rows] == [1, 2, 3, *range(100, 140)]


async def test_close_waits_for_the_writes_asked_for(postgres_url: str) -> None:
    db = await Database.connect(postgres_url)
    writes = [asyncio.ensure_future(db.votes.cast(n, 1, 1, guild_id=1)) for n in range(20)]
    await asyncio.sleep(0)
    await db.close()
    assert all(await asyncio.gather(*writes))
    async with Database.open(postgres_url) as again:
        assert (await again.votes.totals(1)).up == 20
