"""Storage faults: another writer holding the lock, a full disk, a process killed mid-reindex.

What the bot does about each (the decisions these tests hold it to):
- Locked past the busy timeout during a question: the member gets the answer; the query-log
  entry that could not be written is logged as a warning and kept in memory, and written with
  the next question's entry (the answer waits for one busy timeout, never more).
- Locked or full during a reindex (/reindex or `storybot index`): the reindex fails with a
  message that says why and that the previous index still answers; nothing of the new build
  is kept.
- Full during a vote or a setting change: the person is told the disk is full; nothing is
  written, and the same write works once there is room.
- Killed (SIGKILL) at any moment of `storybot index`: SQLite's journal leaves the old build or
  the new one, complete, and every row committed before the kill (questions, votes, settings,
  misquote reports, written meanwhile by another process) is still there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.engine.corpus import story_file_text
from bot.engine.reports import AskSource
from bot.engine.service import StoryService
from bot.engine.snapshot import QueryLogEntry
from bot.pausepoints import PAUSE_ENV
from bot.storage import Database, MisquoteReport
from tests.discord.botworld import (
    GARCIA,
    PARAGRAPH_13,
    BotWorld,
    bot_world,
    plain,
    reply_text,
)
from tests.discord.conftest import fake_discord, fake_discord_options

__all__ = ["bot_world", "fake_discord", "fake_discord_options"]

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "corpus" / "bukele-white-house.txt"
FULL = "the disk or the file's quota is full."
BUSY = 0.3  # seconds the bot waits for another writer in these tests (5 s in production)


@contextmanager
def held_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holding SQLite's write lock, as another storybot process would."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO community_settings VALUES ('discord', '424242', '{}', 'other process')"
        )
        yield other
        other.execute("ROLLBACK")
    finally:
        other.close()


async def _short_busy_timeout(database: Database) -> None:
    connection = database._connection
    connection.busy_timeout = BUSY
    await connection.fetchall(f"PRAGMA busy_timeout = {int(BUSY * 1000)}")


def _bot_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name.startswith("bot.")
    ]


# -- locked by another writer -----------------------------------------------------------------


async def test_locked_during_questions_the_answers_arrive_and_the_log_catches_up(
    bot_world: BotWorld, caplog: pytest.LogCaptureFixture
) -> None:
    world = bot_world
    await _short_busy_timeout(world.database)
    with held_lock(world.database.path):
        mention = await world.mention(world.member, GARCIA)
        reply = await mention.wait_for("message")
        assert PARAGRAPH_13 in plain(reply_text(reply))
        asked = await world.slash(world.member, "ask", {"question": "what did Trump say?"})
        callback = await asked.callback()
        assert "Donald Trump" in reply_text(callback) and not callback.ephemeral
        await asyncio.sleep(3 * BUSY)  # whatever else the bot does meanwhile
        assert world.service.unlogged == 2
        # nothing but the answers reached the member: no error notice about the database
        texts = [reply_text(r) for r in (*mention.replies, *asked.replies)]
        assert not [t for t in texts if "database" in t or "went wrong" in t], texts

    warned = [r.getMessage() for r in caplog.records if "could not log a question" in r.message]
    assert warned and "locked by another writer" in warned[0]
    assert _bot_errors(caplog) == []

    # The lock is gone: the next question writes the two held back, then its own, in order.
    after = await world.slash(world.member, "ask", {"question": GARCIA})
    await world.answer_of(after)
    assert world.service.unlogged == 0
    stats = await world.database.query_log.stats(guild_id=world.guild.id, unanswered=5)
    assert stats.total == 3
    async with world.database._connection.read() as tx:
        rows = await tx.fetchall("SELECT question FROM query_log ORDER BY id")
    assert [r["question"] for r in rows] == [GARCIA, "what did Trump say?", GARCIA]


async def test_locked_during_a_reindex_it_fails_clearly_and_the_old_index_answers(
    bot_world: BotWorld, caplog: pytest.LogCaptureFixture
) -> None:
    world = bot_world
    await _short_busy_timeout(world.database)
    before = world.service.build
    (world.corpus / "bridge.txt").write_text(
        story_file_text({"id": "bridge"}, "“It opens Friday,” the mayor, Ann Lee, said."), "utf-8"
    )
    with held_lock(world.database.path):
        exchange = await world.slash(world.admin, "reindex", {})
        failed = await exchange.wait_for(
            "edit_original", predicate=lambda r: "Reindex failed" in (r.content or "")
        )
        text = reply_text(failed)
        assert "locked by another writer" in text
        assert "The previous index (1 story, 30 passages) still answers." in text
        asked = await world.slash(world.member, "ask", {"question": GARCIA})
        assert "paragraph 13" in reply_text(await asked.callback())
    assert world.service.build == before
    assert await world.database.active_build() == before
    assert _bot_errors(caplog) == []
    # once the other writer is done, the same reindex goes through
    again = await world.slash(world.admin, "reindex", {})
    assert "Stories added: `bridge`" in reply_text(await again.wait_for("edit_original"))


# -- the disk full ----------------------------------------------------------------------------


def _file_size_limit(limit: int) -> None:
    """In the child: files may not grow past `limit` bytes (and SIGXFSZ does not kill it)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))


def _storybot(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=(lambda: _file_size_limit(limit)) if limit else None,
    )


def _big_corpus(folder: Path, copies: int) -> Path:
    """`copies` stories, each the shipped story under another id: ~30 passages apiece."""
    folder.mkdir()
    text = SHIPPED.read_text("utf-8")
    for n in range(copies):
        story = text.replace('id = "bukele-white-house"', f'id = "copy-{n:03d}"', 1)
        assert story != text
        (folder / f"copy-{n:03d}.txt").write_text(story, "utf-8")
    return folder


def _one_story_corpus(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SHIPPED, folder)
    return folder


def _active_build_is_whole(path: Path, *, killed_build: int = 0) -> int:
    """The active build's story count equals its rows, no other build has rows and no story
    analysis is left that it does not use but, `killed_build`, at most that many a killed
    build stored ahead of its save (the next build's activation deletes them); its stories."""
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        [(build_id, stories)] = raw.execute(
            "SELECT id, stories FROM index_builds WHERE active = 1"
        ).fetchall()
        rows = raw.execute("SELECT build_id, COUNT(*) FROM build_stories GROUP BY build_id")
        assert rows.fetchall() == [(build_id, stories)]
        unused = raw.execute(
            "SELECT COUNT(*) FROM story_analyses WHERE key NOT IN"
            " (SELECT analysis_key FROM build_stories)"
        )
        [(left,)] = unused.fetchall()
        assert left <= killed_build
        blobs = raw.execute("SELECT id FROM build_bm25").fetchall()
        assert blobs == [(build_id,)]
        return int(stories)
    finally:
        raw.close()


def test_a_full_disk_during_storybot_index_fails_clearly_and_keeps_the_old_index(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db.sqlite3"
    old = _one_story_corpus(tmp_path / "old")
    first = _storybot("index", "--db", str(db), "--corpus", str(old))
    assert first.returncode == 0, first.stderr
    assert _active_build_is_whole(db) == 1
    size = db.stat().st_size
    big = _big_corpus(tmp_path / "big", 12)
    # the database and its journal may grow by 64 kB: far less than the new build needs
    child = _storybot("index", "--db", str(db), "--corpus", str(big), limit=size + 65_536)
    err = child.stderr
    assert child.returncode == 1, (child.stdout, err)
    assert err == f"storybot: Cannot write to the database {db}: {FULL}\n", err
    assert _active_build_is_whole(db) == 1
    again = _storybot("index", "--db", str(db), "--corpus", str(big))
    assert again.returncode == 0, again.stderr
    assert _active_build_is_whole(db) == 12


_WRITES_ON_A_FULL_DISK = textwrap.dedent(
    """
    import asyncio, datetime as dt, json, resource, signal, sys
    from bot.engine.snapshot import QueryLogEntry
    from bot.errors import StorageError
    from bot.storage import Database, MisquoteReport

    AT = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)

    def writes(db, n):
        report = MisquoteReport(
            at=AT, guild_id=1, channel_id=2, user_id=n, answer_message_id=n, question="q",
            story_id="s", paragraph=1, passage_text="text",
        )
        entry = QueryLogEntry(at=AT, source="cli", question=f"q{n}", answered=False,
                              latency_ms=1.0)
        return {
            "vote": lambda: db.votes.cast(n, n, 1, guild_id=1),
            "revote": lambda: db.votes.cast(1, 1, -1, guild_id=1),
            "setting": lambda: db.guild_settings.update(1, cooldown_seconds=n),
            "misquote": lambda: db.misquotes.add(report),
            "question": lambda: db.log_query(entry),
        }

    async def main():
        results = {}
        async with Database.open(sys.argv[1]) as db:
            for name, write in writes(db, 1).items():
                if name != "revote":
                    await write()
            wal = sys.argv[1] + "-wal"
            import os
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(wal) + 100, hard))
            for name, write in writes(db, 2).items():
                try:
                    await write()
                    results[name] = "written"
                except StorageError as exc:
                    results[name] = str(exc)
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            await writes(db, 3)["vote"]()
            await writes(db, 3)["setting"]()
        print(json.dumps(results))

    asyncio.run(main())
    """
)


async def test_a_full_disk_during_votes_settings_and_reports_writes_nothing_half(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db.sqlite3"
    child = subprocess.run(
        [sys.executable, "-c", _WRITES_ON_A_FULL_DISK, str(db)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    results = json.loads(child.stdout)
    assert set(results) == {"vote", "revote", "setting", "misquote", "question"}
    for name, result in results.items():
        assert result == f"Cannot write to the database {db}: {FULL}", (name, result)
    async with Database.open(db) as database:
        assert await database.integrity_check() == []
        assert await database.votes.vote_of(1, 1) == 1  # the change of vote was not written
        assert await database.votes.vote_of(2, 2) is None
        assert await database.votes.vote_of(3, 3) == 1  # written once there was room
        assert (await database.guild_settings.get(1)).cooldown_seconds == 3
        reports = await database.misquotes.recent(guild_id=1, limit=10)
        assert [r.user_id for r in reports] == [1]
        assert (await database.query_log.stats()).total == 1


# -- killed in the middle of a reindex --------------------------------------------------------

# Where `storybot index` is killed: a pause point it stops at (bot/pausepoints.py), and the
# builds that may be active after it. "commit under way": released from "save written" and
# killed the moment its commit first touches the journal, so either build may survive.
KILL_MOMENTS: dict[str, tuple[str, ...]] = {
    "building": ("old",),
    "save begun": ("old",),
    "save half-written": ("old",),
    "save written": ("old",),
    "commit under way": ("old", "new"),
    "committed": ("new",),
}
COPIES = 30


class Records:
    """Questions, votes, settings and misquote reports another process (the running bot)
    writes while `storybot index` runs; each is counted once committed."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self.n = 0
        self.asked = 0  # questions asked of a restarted service, logged too
        self.writing = False  # inside write_one: the write lock may be ours
        self.paused = False  # while the save is hunted for: a busy lock is then the child's

    async def write_one(self) -> None:
        self.writing = True
        try:
            await self._write_one()
        finally:
            self.writing = False

    async def _write_one(self) -> None:
        n = self.n + 1
        at = dt.datetime(2025, 5, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=n)
        await self.db.log_query(
            QueryLogEntry(at=at, source="cli", question=f"q{n}", answered=False, latency_ms=1)
        )
        await self.db.votes.cast(n, 7, 1, guild_id=1)
        await self.db.misquotes.add(
            MisquoteReport(
                at=at,
                guild_id=1,
                channel_id=2,
                user_id=7,
                answer_message_id=n,
                question=f"q{n}",
                story_id="bukele-white-house",
                paragraph=13,
                passage_text="text",
            )
        )
        await self.db.guild_settings.update(1, cooldown_seconds=n)
        self.n = n

    async def keep_writing(self, stop: asyncio.Event) -> None:
        # stopped between writes, not cancelled: a write cancelled while it waits for the lock
        # leaves its transaction open until the connection's next statement
        while not stop.is_set():
            if not self.paused:
                await self.write_one()
            await asyncio.sleep(0.1)

    async def all_there(self, database: Database) -> None:
        n = self.n
        assert (await database.query_log.stats()).total == n + self.asked
        assert [await database.votes.vote_of(i, 7) for i in range(1, n + 1)] == [1] * n
        assert len(await database.misquotes.recent(guild_id=1, limit=n + 10)) == n
        assert (await database.guild_settings.get(1)).cooldown_seconds == n


class PausedIndex:
    """`storybot index` in a subprocess that stops at named pause points (bot/pausepoints.py)
    and waits there until it is released or killed."""

    def __init__(self, db: Path, corpus: Path, stops: Sequence[str]) -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-m", "bot", "index", "--db", str(db), "--corpus", str(corpus)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, PAUSE_ENV: ",".join(stops)},
        )

    async def paused_at(self, name: str, timeout: float = 60) -> None:
        """Wait until the child says it has stopped at `name` (a blocking read, off the loop)."""
        assert self.child.stderr is not None
        line = await asyncio.wait_for(asyncio.to_thread(self.child.stderr.readline), timeout)
        assert line.decode().strip() == f"storybot paused at {name}", (
            name,
            line,
            self.child.poll(),
        )

    def release(self) -> None:
        assert self.child.stdin is not None
        self.child.stdin.write(b"go\n")
        self.child.stdin.flush()

    def kill(self) -> None:
        self.child.kill()
        self.child.wait()
        for stream in (self.child.stdin, self.child.stderr):
            if stream is not None:
                stream.close()


async def _kill_at(index: PausedIndex, db: Path, moment: str, records: Records) -> str:
    """Let `records` write while the child starts and reads the corpus, then kill the child at
    `moment`; returns what was seen when it was killed."""
    await index.paused_at("building")  # the corpus read; no lock taken yet
    wanted = records.n + 1  # a write (by the writer task) while the child runs, committed
    while records.n < wanted:
        await asyncio.sleep(0.01)
    records.paused = True  # from here on the write lock may be the child's
    while records.writing:
        await asyncio.sleep(0.01)
    if moment == "building":
        index.kill()
        return "while building, its stories read"
    index.release()
    stop = "save written" if moment == "commit under way" else moment
    await index.paused_at(stop)
    wal = db.with_name(db.name + "-wal")
    journal = wal.stat().st_size
    if moment == "commit under way":
        before = wal.stat()
        index.release()
        while True:  # the first bytes the commit writes (a commit writes to the journal)
            now = wal.stat()
            if (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size):
                break
            if index.child.poll() is not None:
                break
            await asyncio.sleep(0)
    index.kill()
    return f"journal at {journal:,} bytes when stopped"


async def test_sigkill_at_any_moment_of_storybot_index_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    old = _one_story_corpus(tmp_path / "old")
    big = _big_corpus(tmp_path / "big", COPIES)
    assert _storybot("index", "--db", str(db), "--corpus", str(old)).returncode == 0
    outcomes: list[str] = []
    async with Database.open(db) as database:  # the bot's connection stays open throughout
        records = Records(database)
        await records.write_one()
        for moment, survivors in KILL_MOMENTS.items():
            stop = asyncio.Event()
            writer = asyncio.create_task(records.keep_writing(stop))
            stops = ["building", "save written" if moment == "commit under way" else moment]
            index = PausedIndex(db, big, stops)
            try:
                seen = await _kill_at(index, db, moment, records)
            finally:
                index.kill()
                stop.set()
                await writer
                records.paused = False
            stories = _active_build_is_whole(db, killed_build=COPIES)
            assert stories in (1, COPIES), moment
            if moment != "commit under way":
                assert index.child.returncode == -signal.SIGKILL, moment
            outcome = "new" if stories > 1 else "old"
            assert outcome in survivors, (moment, seen)
            outcomes.append(f"{moment} ({seen}): {outcome} build")
            # a restart: the file is sound, the build loads and answers, nothing is lost
            async with Database.open(db) as restarted:
                assert await restarted.integrity_check() == []
                service = StoryService(restarted, big)
                build = await service.start(build_if_missing=False)
                assert build is not None and build.stories == stories
                answer = await service.ask(GARCIA, source=AskSource("test"))
                assert answer.passages[0].paragraph == 14  # Bukele's own words
                records.asked += 1
                await records.all_there(restarted)
            if outcome == "new":  # start the next moment from the old build again
                assert _storybot("index", "--db", str(db), "--corpus", str(old)).returncode == 0
        assert records.n > len(KILL_MOMENTS)
    print("\n".join(outcomes))
    done = _storybot("index", "--db", str(db), "--corpus", str(big))
    assert done.returncode == 0, done.stderr
    assert _active_build_is_whole(db) == COPIES
    async with Database.open(db) as database:
        await records.all_there(database)
