"""`Database`: the storage of one storybot process: one SQLite file (one connection), or a
PostgreSQL database that several processes share (a pool of connections).

async with Database.open(path_or_postgresql_url) as db:
    service = StoryService.from_settings(db, settings)  # db is the engine's IndexStore
    settings = await db.guild_settings.get(guild_id)

The same stores, the same SQL and the same migration numbers run on both. What only matters
with several processes: reindexes take turns under a database-wide lock (`reindexing`), and
every process hears of a new build (`watch_builds`) to load it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from bot.engine.snapshot import BuildRecord, IndexSnapshot, QueryLogEntry
from bot.errors import ReindexBusyError, StorageError
from bot.storage.answers import Conversations, StoredAnswers
from bot.storage.build_files import BuildFiles, beside
from bot.storage.builds import BUILDS_CHANNEL, Builds
from bot.storage.connection import Connection
from bot.storage.external_ids import ExternalIds
from bot.storage.feedback import MisquoteReports, Votes
from bot.storage.guilds import GuildSettings, SettingsStore, WorkspaceSettings
from bot.storage.migrations import MigrationStatus, migrate, migration_status, schema_version
from bot.storage.querylog import QueryLog
from bot.storage.sql import Dialect, SqlConnection, is_postgres_url

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds to wait for another process's write lock


class Database:
    """Every table, grouped by what it is for; implements the engine's `IndexStore`."""

    def __init__(self, connection: SqlConnection, build_files: Path | None = None) -> None:
        self._connection = connection
        # the active build as files start-up memory-maps (storage/build_files.py)
        self.builds = Builds(connection, BuildFiles(build_files) if build_files else None)
        self.query_log = QueryLog(connection)
        self.guild_settings = SettingsStore(connection, "discord", GuildSettings)
        self.workspace_settings = SettingsStore(connection, "slack", WorkspaceSettings)
        self.external_ids = ExternalIds(connection)
        self.votes = Votes(connection)
        self.misquotes = MisquoteReports(connection)
        self.answers = StoredAnswers(connection)
        self.conversations = Conversations(connection)

    @classmethod
    @asynccontextmanager
    async def open(
        cls,
        target: Path | str,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        migrate: bool = True,
        build_files: Path | None = None,
    ) -> AsyncIterator[Database]:
        """Open the database, migrate it (unless told not to), close it after.

        `target`: a SQLite file (created, with its folder, if missing) or a
        `postgresql://` URL (the database must exist). `build_files`: the folder of the
        active build's files start-up reads (default: `<file>.builds` beside a SQLite file;
        none for PostgreSQL). Raises StorageError when it cannot be used.
        """
        database = await cls.connect(
            target, busy_timeout=busy_timeout, migrate=migrate, build_files=build_files
        )
        try:
            yield database
        finally:
            await database.close()

    @classmethod
    async def connect(
        cls,
        target: Path | str,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        migrate: bool = True,
        build_files: Path | None = None,
    ) -> Database:
        """Like `open`, for a lifetime that is not one block: call `close()` when done."""
        connection: SqlConnection
        if is_postgres_url(target):
            # imported here: asyncpg is a tenth of a second of every SQLite start
            from bot.storage.postgres import PostgresConnection

            connection = await PostgresConnection.open(str(target), busy_timeout)
        else:
            connection = await Connection.open(Path(target), busy_timeout)
            build_files = build_files or beside(Path(target))
        try:
            if migrate:
                await _migrate(connection)
        except BaseException:
            await connection.close()
            raise
        return cls(connection, build_files)

    async def close(self) -> None:
        await self._connection.close()

    @property
    def path(self) -> Path:
        """The SQLite file (a PostgreSQL database has none: see `name`)."""
        if not isinstance(self._connection, Connection):
            raise TypeError(f"{self.name} is not a file: use Database.name")
        return self._connection.path

    @property
    def name(self) -> str:
        """The database as people may be told about it: a path, or a URL with no password."""
        return self._connection.name

    @property
    def dialect(self) -> Dialect:
        return self._connection.dialect

    async def schema_version(self) -> int:
        return await schema_version(self._connection)

    async def migrate(self) -> list[int]:
        """Apply the migrations not applied yet; returns their versions."""
        return await _migrate(self._connection)

    async def migration_status(self) -> list[MigrationStatus]:
        return await migration_status(self._connection)

    # -- several processes --------------------------------------------------------------------

    @asynccontextmanager
    async def reindexing(self) -> AsyncIterator[None]:
        """Held while this process reindexes; raises ReindexBusyError at once when another
        process sharing the database is reindexing (on SQLite, always held)."""
        async with self._connection.exclusive("reindex", wait=False) as held:
            if not held:
                raise ReindexBusyError(
                    "Another storybot process is reindexing this database right now; "
                    "its new index will be used here too when it is done. Try again after."
                )
            yield

    @asynccontextmanager
    async def watch_builds(self, changed: Callable[[], Awaitable[object]]) -> AsyncIterator[None]:
        """While the block runs, call `changed` when another process may have saved a build
        (PostgreSQL: a notification, or the listening connection coming back, since a build
        saved meanwhile went unheard). Calls do not overlap; one that arrives during a call
        makes one more call after it. On SQLite (one process) it never calls."""
        if self._connection.dialect != "postgresql":
            yield
            return
        from bot.storage.postgres import PostgresConnection  # loaded already: it connected

        connection = self._connection
        assert isinstance(connection, PostgresConnection)
        wanted = asyncio.Event()

        async def call_when_wanted() -> None:
            while True:
                await wanted.wait()
                wanted.clear()
                try:
                    await changed()
                except StorageError as exc:  # the database went: caught up when it is back
                    log.warning("could not load the index another process built: %s", exc)
                except Exception:
                    log.exception("could not load the index another process built")

        caller = asyncio.ensure_future(call_when_wanted())
        listener = asyncio.ensure_future(
            connection.listen(BUILDS_CHANNEL, lambda _: wanted.set(), wanted.set)
        )
        try:
            yield
        finally:
            for task in (listener, caller):
                task.cancel()
            for task in (listener, caller):
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def integrity_check(self) -> list[str]:
        """The problems SQLite finds in the file (structure and foreign keys); [] when sound.
        (PostgreSQL enforces its constraints as it writes: [] once it answers.)"""
        return await self._connection.integrity_check()

    # -- IndexStore ---------------------------------------------------------------------------

    async def load_active_snapshot(self) -> IndexSnapshot | None:
        return await self.builds.load_active_snapshot()

    async def active_build(self) -> BuildRecord | None:
        return await self.builds.active_build()

    def local_folder(self) -> Path | None:
        """The build files' folder (`IndexStore.local_folder`)."""
        return self.builds.files.root if self.builds.files is not None else None

    async def keep_build_files(
        self, snapshot: IndexSnapshot, *, read: bool = False
    ) -> IndexSnapshot | None:
        """`IndexStore.keep_build_files` (`Builds.keep_files`)."""
        return await self.builds.keep_files(snapshot, read=read)

    async def keep_analyses(self, stored: Sequence[tuple[str, bytes]]) -> None:
        """`IndexStore.keep_analyses` (`Builds.keep_analyses`)."""
        await self.builds.keep_analyses(stored)

    async def drop_unused_analyses(self) -> None:
        """`IndexStore.drop_unused_analyses` (`Builds.drop_unused_analyses`)."""
        await self.builds.drop_unused_analyses()

    async def save_snapshot(self, snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord:
        return await self.builds.save_snapshot(snapshot, duration_ms)

    async def build_history(self, limit: int = 20) -> list[BuildRecord]:
        return await self.builds.history(limit)

    async def log_query(self, entry: QueryLogEntry) -> None:
        await self.query_log.log(entry)

    async def log_queries(self, entries: Sequence[QueryLogEntry]) -> None:
        await self.query_log.log(*entries)


async def _migrate(connection: SqlConnection) -> list[int]:
    return await migrate(connection)
