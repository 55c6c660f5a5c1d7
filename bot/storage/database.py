"""`Database`: the storage of one storybot process, over one SQLite file and one connection.

async with Database.open(path) as db:
    service = StoryService(db, corpus_dir)      # db is the engine's IndexStore
    settings = await db.guild_settings.get(guild_id)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from bot.engine.snapshot import BuildRecord, IndexSnapshot, QueryLogEntry
from bot.storage.answers import Conversations, StoredAnswers
from bot.storage.builds import Builds
from bot.storage.connection import Connection
from bot.storage.feedback import MisquoteReports, Votes
from bot.storage.guilds import GuildSettingsStore
from bot.storage.migrations import migrate, schema_version
from bot.storage.querylog import QueryLog

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds to wait for another process's write lock


class Database:
    """Every table, grouped by what it is for; implements the engine's `IndexStore`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.builds = Builds(connection)
        self.query_log = QueryLog(connection)
        self.guild_settings = GuildSettingsStore(connection)
        self.votes = Votes(connection)
        self.misquotes = MisquoteReports(connection)
        self.answers = StoredAnswers(connection)
        self.conversations = Conversations(connection)

    @classmethod
    @asynccontextmanager
    async def open(
        cls, path: Path | str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> AsyncIterator[Database]:
        """Open the database (created, with its folder, if missing), migrate it, close it after.

        Raises StorageError when the file cannot be used.
        """
        database = await cls.connect(path, busy_timeout=busy_timeout)
        try:
            yield database
        finally:
            await database.close()

    @classmethod
    async def connect(
        cls, path: Path | str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT
    ) -> Database:
        """Like `open`, for a lifetime that is not one block: call `close()` when done."""
        connection = await Connection.open(Path(path), busy_timeout)
        try:
            await migrate(connection)
        except BaseException:
            await connection.close()
            raise
        return cls(connection)

    async def close(self) -> None:
        await self._connection.close()

    @property
    def path(self) -> Path:
        return self._connection.path

    async def schema_version(self) -> int:
        return await schema_version(self._connection)

    async def integrity_check(self) -> list[str]:
        """The problems SQLite finds in the file (structure and foreign keys); [] when sound."""
        return await self._connection.integrity_check()

    # -- IndexStore ---------------------------------------------------------------------------

    async def load_active_snapshot(self) -> IndexSnapshot | None:
        return await self.builds.load_active_snapshot()

    async def active_build(self) -> BuildRecord | None:
        return await self.builds.active_build()

    async def save_snapshot(self, snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord:
        return await self.builds.save_snapshot(snapshot, duration_ms)

    async def build_history(self, limit: int = 20) -> list[BuildRecord]:
        return await self.builds.history(limit)

    async def log_query(self, entry: QueryLogEntry) -> None:
        await self.query_log.log(entry)

    async def log_queries(self, entries: Sequence[QueryLogEntry]) -> None:
        await self.query_log.log(*entries)
