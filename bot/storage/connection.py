"""The one SQLite connection of a process: pragmas, serialised transactions, error mapping.

Every statement runs under one asyncio lock. aiosqlite runs the statements of a connection one
after another on its own thread, but a transaction spans several awaits: without the lock a
query-log write could land inside a reindex transaction (and be rolled back with it), and a
read could see rows the reindex has not committed yet.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import StorageError

log = logging.getLogger(__name__)

Params = Sequence[Any] | Mapping[str, Any]
Row = sqlite3.Row

# Errors that mean the code (not the database) is wrong: they propagate as they are.
_BUGS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)


class Transaction:
    """Statements inside one open transaction (or one consistent read)."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        async with self._connection.execute(sql, params) as cursor:
            return cursor.rowcount

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; returns the new row's id."""
        async with self._connection.execute(sql, params) as cursor:
            if cursor.lastrowid is None:
                raise sqlite3.ProgrammingError(f"not an insert: {sql}")
            return cursor.lastrowid

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self._connection.executemany(sql, rows):
            pass

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._connection.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        async with self._connection.execute(sql, params) as cursor:
            return await cursor.fetchone()


class Connection:
    """An open SQLite file: WAL, foreign keys on, a busy timeout; closed explicitly."""

    def __init__(self, path: Path, connection: aiosqlite.Connection, busy_timeout: float) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._connection = connection
        self._lock = asyncio.Lock()
        self._closed = False

    @classmethod
    async def open(cls, path: Path, busy_timeout: float) -> Connection:
        """Open (creating the file and its folder if missing) and set the pragmas."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Cannot create the folder for the database {path}: {exc}") from exc
        with _storage_errors(path, busy_timeout):
            raw = await aiosqlite.connect(path, timeout=busy_timeout, isolation_level=None)
        raw.row_factory = sqlite3.Row
        connection = cls(path, raw, busy_timeout)
        try:
            with connection._errors():
                await connection._configure()
        except BaseException:
            await raw.close()
            raise
        return connection

    async def _configure(self) -> None:
        timeout_ms = max(0, round(self.busy_timeout * 1000))
        await self._connection.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        await self._connection.execute("PRAGMA foreign_keys = ON")
        async with self._connection.execute("PRAGMA journal_mode = WAL") as cursor:
            row = await cursor.fetchone()
        mode = str(row[0]) if row else "?"
        if mode != "wal" and str(self.path) != ":memory:":
            log.warning("%s: journal mode is %s, not WAL", self.path, mode)

    async def close(self) -> None:
        """Close the connection once every statement under way has finished."""
        if self._closed:
            return
        async with self._lock:
            self._closed = True
            with self._errors():
                await self._connection.close()

    @property
    def closed(self) -> bool:
        return self._closed

    # -- transactions -----------------------------------------------------------------------

    @asynccontextmanager
    async def write(self) -> AsyncIterator[Transaction]:
        """The one way to write: a transaction holding SQLite's write lock from its start.

        Commits when the block ends, rolls back if it raises (or is cancelled).
        """
        async with self._lock:
            self._check_open()
            with self._errors():
                await self._rollback_leftover()
                await self._connection.execute("BEGIN IMMEDIATE")
                try:
                    yield Transaction(self._connection)
                    await self._connection.execute("COMMIT")
                except BaseException:
                    await self._rollback()
                    raise

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Transaction]:
        """Several SELECTs that see one consistent state of the database."""
        async with self._lock:
            self._check_open()
            with self._errors():
                await self._rollback_leftover()
                await self._connection.execute("BEGIN")
                try:
                    yield Transaction(self._connection)
                finally:
                    await self._rollback()

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """One SELECT, all rows."""
        async with self._lock:
            self._check_open()
            with self._errors():
                return list(await self._connection.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """One SELECT, its first row."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def integrity_check(self) -> list[str]:
        """SQLite's integrity and foreign-key checks; the problems found, or [] when sound."""
        problems = [
            str(row[0])
            for row in await self.fetchall("PRAGMA integrity_check")
            if str(row[0]) != "ok"
        ]
        for table, rowid, parent, _ in await self.fetchall("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: no matching row in {parent}")
        return problems

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError(f"The database {self.path} is closed.")

    async def _rollback(self) -> None:
        if self._connection.in_transaction:
            try:
                await self._connection.execute("ROLLBACK")
            except sqlite3.Error:
                log.exception("%s: rollback failed", self.path)

    async def _rollback_leftover(self) -> None:
        """A transaction is still open only if a cancellation interrupted its rollback."""
        if self._connection.in_transaction:
            log.warning("%s: rolling back a transaction left open", self.path)
            await self._connection.execute("ROLLBACK")

    def _errors(self) -> AbstractContextManager[None]:
        return _storage_errors(self.path, self.busy_timeout)


@contextmanager
def _storage_errors(path: Path, busy_timeout: float) -> Iterator[None]:
    """Turn SQLite's expected failures into a StorageError that says what went wrong."""
    try:
        yield
    except _BUGS:
        raise
    except sqlite3.Error as exc:
        raise StorageError(_explain(exc, path, busy_timeout)) from exc


def _explain(exc: sqlite3.Error, path: Path, busy_timeout: float) -> str:
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return (
            f"The database {path} is locked by another writer (waited {busy_timeout:g} s); "
            "is another storybot process using it?"
        )
    if name.startswith("SQLITE_FULL"):
        return f"The disk holding the database {path} is full."
    if name.startswith("SQLITE_NOTADB"):
        return f"{path} is not a SQLite database file."
    if name.startswith("SQLITE_CORRUPT"):
        return f"The database {path} is corrupt: {exc}"
    if name.startswith("SQLITE_READONLY"):
        return f"The database {path} is read-only: {exc}"
    if name.startswith("SQLITE_CANTOPEN"):
        return f"Cannot open the database {path}: {exc}"
    if name == "SQLITE_IOERR_WRITE":  # what a file-size limit (or a quota) gives, not FULL
        return f"Cannot write to the database {path}: the disk or the file's quota is full."
    if name.startswith("SQLITE_IOERR"):
        return f"Cannot read or write the database {path} (I/O error): {exc}"
    return f"Database error in {path}: {exc}"
