"""The one SQLite connection of a process: pragmas, transactions, error mapping.

aiosqlite runs everything of a connection on one thread, one call after another, in the order
the calls were queued. A short write transaction is one such call (`Connection.transact`):
BEGIN IMMEDIATE, its statements and COMMIT (or ROLLBACK) run back to back on that thread, so
nothing else of this process can run between them, and nothing can see its rows before they
are committed. Single SELECTs (`fetchall`, `fetchone`) are one call too. Neither needs a lock.

A transaction that awaits between its statements (`write()`, `read()`: reindex, migrations,
multi-SELECT reads) spans several calls; it holds `_lock` from before its BEGIN is queued until
its COMMIT or ROLLBACK has run, and every one-call operation that starts meanwhile waits for
the lock, so it neither lands inside that transaction (to be rolled back with it) nor sees its
uncommitted rows (with one connection, a transaction's uncommitted rows are visible to every
statement on it).

Durability: WAL with `synchronous = NORMAL`. A commit appends to the WAL file without an fsync;
the WAL is synced when it is checkpointed into the database. A killed process (SIGKILL, a
crash) loses nothing committed, since the OS has the WAL's pages; a power failure or an OS
crash can lose the last commits before a checkpoint, but never leaves the database
inconsistent (https://www.sqlite.org/pragma.html#pragma_synchronous).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import AbstractContextManager, asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from bot.errors import StorageError
from bot.storage.sql import Dialect, settle_writes

log = logging.getLogger(__name__)

Params = Sequence[Any] | Mapping[str, Any]
Row = sqlite3.Row
T = TypeVar("T")

# Errors that mean the code (not the database) is wrong: they propagate as they are.
_BUGS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)


class Statements:
    """Statements of a transaction, run on the database thread (inside `Connection.transact`)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        cursor = self._connection.execute(sql, params)
        try:
            return cursor.rowcount
        finally:
            cursor.close()

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; returns the new row's id."""
        cursor = self._connection.execute(sql, params)
        try:
            if cursor.lastrowid is None:
                raise sqlite3.ProgrammingError(f"not an insert: {sql}")
            return cursor.lastrowid
        finally:
            cursor.close()

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._connection.executemany(sql, rows).close()

    def write_blob(
        self, table: str, column: str, row_id: int, pieces: Sequence[bytes | memoryview]
    ) -> None:
        """`Transaction.write_blob`: the value sized first, then written in place."""
        size = sum(len(piece) for piece in pieces)
        sql = f"UPDATE {table} SET {column} = zeroblob(?) WHERE id = ?"
        if self.execute(sql, (size, row_id)) != 1:
            raise sqlite3.ProgrammingError(f"no row {row_id} in {table}")
        with self._connection.blobopen(table, column, row_id) as blob:
            for piece in pieces:
                blob.write(piece)

    def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        cursor = self._connection.execute(sql, params)
        try:
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None


class Transaction:
    """Statements inside one open transaction that awaits between them (`write()`, `read()`).

    Each statement is one call on the database thread."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        return await self._connection._call(lambda s: s.execute(sql, params))

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; returns the new row's id."""
        return await self._connection._call(lambda s: s.insert(sql, params))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._connection._call(lambda s: s.executemany(sql, rows))

    async def write_blob(
        self, table: str, column: str, row_id: int, pieces: Sequence[bytes | memoryview]
    ) -> None:
        await self._connection._call(lambda s: s.write_blob(table, column, row_id, pieces))

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        return await self._connection._call(lambda s: s.fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        return await self._connection._call(lambda s: s.fetchone(sql, params))


class Connection:
    """An open SQLite file: WAL, foreign keys on, a busy timeout; closed explicitly."""

    def __init__(self, path: Path, connection: aiosqlite.Connection, busy_timeout: float) -> None:
        self.path = path
        self.busy_timeout = busy_timeout
        self._connection = connection
        self._lock = asyncio.Lock()  # held by write(), read() and close() only
        self._closed = False
        # Short write transactions waiting for the one in flight: written together next.
        self._waiting: list[tuple[Callable[[Statements], Any], asyncio.Future[Any]]] = []
        self._writer: asyncio.Task[None] | None = None

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
        await self._call(lambda s: s.execute(f"PRAGMA busy_timeout = {timeout_ms}"))
        await self._call(lambda s: s.execute("PRAGMA foreign_keys = ON"))
        row = await self._call(lambda s: s.fetchone("PRAGMA journal_mode = WAL"))
        mode = str(row[0]) if row else "?"
        if mode != "wal" and str(self.path) != ":memory:":
            log.warning("%s: journal mode is %s, not WAL", self.path, mode)
        # Safe with WAL: see the module's docstring.
        await self._call(lambda s: s.execute("PRAGMA synchronous = NORMAL"))

    async def close(self) -> None:
        """Close the connection once every statement under way has finished."""
        if self._closed:
            return
        while self._writer is not None:  # the writes already asked for go first
            await asyncio.shield(self._writer)
        async with self._lock:
            self._closed = True
            with self._errors():
                await self._connection.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def dialect(self) -> Dialect:
        return "sqlite"

    @property
    def name(self) -> str:
        return str(self.path)

    @asynccontextmanager
    async def exclusive(self, key: str, *, wait: bool) -> AsyncIterator[bool]:
        """Always held: a SQLite file serves one storybot process (its write lock keeps two
        writers apart; the service keeps two reindexes of its own apart)."""
        yield True

    # -- one call on the database thread ----------------------------------------------------

    async def transact(self, work: Callable[[Statements], T]) -> T:
        """Run `work` as one short write transaction, all or nothing, on the database thread.

        `work` runs between BEGIN IMMEDIATE and COMMIT with nothing of this process in between;
        if it raises, its statements are rolled back and the error raised (SQLite's expected
        failures as StorageError). It runs on the database thread: it must not touch the event
        loop, and should be quick. Group commit: the writes that arrive while one is on the
        thread are written next in one transaction (one call, one commit); if one of them
        raises, each is written again on its own, so only that one fails. A transaction that
        cannot begin or commit (locked, disk full) fails every write in it, none written. A
        caller cancelled before its write reaches the thread is not written; once there, the
        write commits or rolls back whole.
        """
        self._check_open()
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((work, future))
        if self._writer is None:
            self._writer = asyncio.ensure_future(self._write_waiting())
        with self._errors():
            return await future

    async def _write_waiting(self) -> None:
        try:
            while self._waiting:
                batch = [(w, f) for w, f in self._waiting if not f.done()]
                self._waiting = []
                if not batch:
                    continue
                write = functools.partial(_write_batch, works=[work for work, _ in batch])
                try:
                    if self._lock.locked():  # see _one_call
                        async with self._lock:
                            self._check_open()
                            outcomes = await self._call(write)
                    else:
                        outcomes = await self._call(write)
                except BaseException as exc:  # the batch's transaction: none is written
                    settle_writes([future for _, future in batch], exc)
                    if not isinstance(exc, Exception):
                        raise
                    continue
                settle_writes([future for _, future in batch], outcomes)
        finally:
            self._writer = None

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """One SELECT, all rows."""
        return await self._one_call(lambda s: s.fetchall(sql, params))

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """One SELECT, its first row."""
        return await self._one_call(lambda s: s.fetchone(sql, params))

    async def _one_call(self, work: Callable[[Statements], T]) -> T:
        self._check_open()
        with self._errors():
            if not self._lock.locked():
                # Queued now, before any transaction that takes the lock later queues its BEGIN.
                return await self._call(work)
            async with self._lock:  # a transaction spanning several calls is open: after it
                self._check_open()
                return await self._call(work)

    async def _call(self, work: Callable[[Statements], T]) -> T:
        """Run `work` on the database thread (queued after every call queued before)."""
        raw = self._connection

        def on_thread() -> T:
            return work(Statements(raw._conn))

        # aiosqlite has no public way to run a function on its thread; `_execute` (queue the
        # function, await its result) is what its own public methods use (aiosqlite 0.22).
        run_on_thread: Callable[[Callable[[], T]], Awaitable[T]] = raw._execute
        return await run_on_thread(on_thread)

    # -- transactions that await between statements -----------------------------------------

    @asynccontextmanager
    async def write(self) -> AsyncIterator[Transaction]:
        """A write transaction over several awaits, holding SQLite's write lock from its start.

        Commits when the block ends, rolls back if it raises (or is cancelled). For large or
        staged writes (reindex, migrations); a short write is quicker as `transact`.
        """
        async with self._lock:
            self._check_open()
            with self._errors():
                try:
                    await self._call(lambda s: _begin(s, "BEGIN IMMEDIATE"))
                    yield Transaction(self)
                    await self._call(_commit)
                except BaseException:
                    await self._rollback()
                    raise

    @asynccontextmanager
    async def read(self) -> AsyncIterator[Transaction]:
        """Several SELECTs that see one consistent state of the database."""
        async with self._lock:
            self._check_open()
            with self._errors():
                try:
                    await self._call(lambda s: _begin(s, "BEGIN"))
                    yield Transaction(self)
                finally:
                    await self._rollback()

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
        # Queued at once, even when the await below is cancelled: it runs before anything
        # queued after it, so the lock can be released when this returns or raises.
        await self._call(_rollback_if_open)

    def _errors(self) -> AbstractContextManager[None]:
        return _storage_errors(self.path, self.busy_timeout)


# -- on the database thread ---------------------------------------------------------------------


_Outcome = tuple[BaseException | None, Any]  # (the error a write raised, or None; its result)


def _write_batch(
    statements: Statements, works: Sequence[Callable[[Statements], Any]]
) -> list[_Outcome]:
    """The works in one transaction; raises when that transaction cannot commit.

    If one of several works raises, the transaction is rolled back and each work is written
    again in a transaction of its own, so the others commit and only that one fails. (Few
    statements per work matter: each hands the GIL back and forth with the event loop.)
    """
    if len(works) == 1:
        return [_write_alone(statements, works[0])]
    _begin(statements, "BEGIN IMMEDIATE")  # raises (locked): none of them is written
    try:
        try:
            results = [work(statements) for work in works]
        except Exception:
            _rollback_if_open(statements)
            return [_write_alone(statements, work) for work in works]
        _commit(statements)  # raises (disk full): none of them is written
    except BaseException:
        _rollback_if_open(statements)
        raise
    return [(None, result) for result in results]


def _write_alone(statements: Statements, work: Callable[[Statements], Any]) -> _Outcome:
    _begin(statements, "BEGIN IMMEDIATE")
    try:
        result = work(statements)
        _commit(statements)
    except Exception as exc:
        _rollback_if_open(statements)
        return exc, None
    except BaseException:
        _rollback_if_open(statements)
        raise
    return None, result


def _begin(statements: Statements, begin: str) -> None:
    if statements._connection.in_transaction:  # cannot happen: every transaction ends whole
        log.warning("rolling back a transaction left open")
        statements._connection.execute("ROLLBACK")
    statements._connection.execute(begin)


def _commit(statements: Statements) -> None:
    statements._connection.execute("COMMIT")


def _rollback_if_open(statements: Statements) -> None:
    if statements._connection.in_transaction:
        try:
            statements._connection.execute("ROLLBACK")
        except sqlite3.Error:
            log.exception("rollback failed")


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
