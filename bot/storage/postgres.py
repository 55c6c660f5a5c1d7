"""A PostgreSQL database shared by several storybot processes: a pool of asyncpg connections.

It implements `SqlConnection`, so the stores run the same SQL on it as on SQLite: their `?`
and `:name` placeholders become `$1, $2, ...` here (the SQL holds no string literal with
either, so the translation cannot hit text).

Short write transactions (`transact`) keep SQLite's shape: the stores pass a plain function
that runs its statements one after another. Here it runs on the event loop in a greenlet
(`greenlets.run_plain`), each statement awaited on asyncpg. As on SQLite, the writes that
arrive while others are being written are written together next, in one transaction (group
commit: one BEGIN and COMMIT for many, which is most of a short write's cost); if one of them
raises, each is written again on its own, so only that one fails. Up to `WRITERS` such
transactions run at once, on connections of the pool. A write taken into a transaction
commits or rolls back whole even if its caller is cancelled meanwhile.

Lost connections (the server restarted, a network cut) are replaced: the pool drops every
connection it holds, and a read or a write that failed before its COMMIT was sent is tried
once more on a new connection (it cannot have been committed). A write whose COMMIT was under
way when the connection went raises StorageError: whether it was saved cannot be told.

`exclusive(key)` is a session-level advisory lock held on a connection of its own, so it is
released when the process dies. `listen(channel)` keeps a connection of its own on LISTEN,
reconnecting when it is lost.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import re
import urllib.parse
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from contextlib import asynccontextmanager, contextmanager, suppress
from typing import Any, TypeVar

import asyncpg
import asyncpg.exceptions as pgerr

from bot.errors import StorageError
from bot.storage.greenlets import run_plain, wait_for
from bot.storage.sql import Dialect, Params, Row, settle_writes

log = logging.getLogger(__name__)

T = TypeVar("T")

POOL_SIZE = 10  # connections per process: writes are short, reads are single SELECTs
WRITERS = 4  # short write transactions at once (each writes every write waiting: group commit)

# The connection is gone (or the server is going): the pool's connections are replaced.
_LOST = (
    OSError,  # refused, reset
    TimeoutError,
    pgerr.PostgresConnectionError,
    pgerr.ConnectionDoesNotExistError,
    pgerr.AdminShutdownError,
    pgerr.CrashShutdownError,
    pgerr.CannotConnectNowError,
)
# Errors that mean the code (not the database) is wrong: they propagate as they are.
_BUGS = (
    pgerr.IntegrityConstraintViolationError,
    pgerr.SyntaxOrAccessError,
    pgerr.DataError,
)


def without_password(url: str) -> str:
    """The URL as it may be shown or logged: user, host, port and database, no password."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


# A quoted literal or identifier (left as it is), or a placeholder: `?`, or `:name` (not `::`).
_TOKENS = re.compile(r"""'(?:[^']|'')*'|"[^"]*"|(\?)|(?<![:\w]):([A-Za-z_]\w*)""")


@functools.lru_cache(maxsize=512)
def _numbered(sql: str) -> tuple[str, tuple[str, ...] | int]:
    """`sql` with `$n` placeholders, and the names in order (`:name`), or the count (`?`)."""
    names: list[str] = []
    count = 0

    def number(match: re.Match[str]) -> str:
        nonlocal count
        if match.group(1):
            count += 1
            return f"${count}"
        name = match.group(2)
        if name is None:
            return match.group(0)
        if name not in names:
            names.append(name)
        return f"${names.index(name) + 1}"

    query = _TOKENS.sub(number, sql)
    if names and count:
        raise ValueError(f"both ? and :name placeholders in {sql!r}")
    return query, tuple(names) if names else count


def _translate(sql: str, params: Params) -> tuple[str, list[Any]]:
    query, order = _numbered(sql)
    if isinstance(params, Mapping):
        names = order if isinstance(order, tuple) else ()
        return query, [_value(params[key]) for key in names]
    return query, [_value(value) for value in params]


def _value(value: Any) -> Any:
    # PostgreSQL text cannot hold NUL; SQLite can. A NUL a member typed is stored as U+FFFD.
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\ufffd")
    return value


def _rowcount(status: str) -> int:
    """Rows changed, from a command status ("INSERT 0 1", "UPDATE 3", "DELETE 0")."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


def _lock_key(key: str) -> int:
    digest = hashlib.blake2b(f"storybot:{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _gone(connection: Any) -> bool:
    """The pooled connection is closed (the pool detaches one that closed while in use)."""
    try:
        return bool(connection.is_closed())
    except asyncpg.InterfaceError:
        return True


class _ConnectionLost(Exception):
    """A pooled connection closed under a statement (the server went, or cut it)."""


class _Statements:
    """`Statements` inside `run_plain`: each statement awaited on the connection."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return wait_for(coroutine)

    def execute(self, sql: str, params: Params = ()) -> int:
        query, args = _translate(sql, params)
        return _rowcount(self._run(self._connection.execute(query, *args)))

    def insert(self, sql: str, params: Params = ()) -> int:
        query, args = _translate(sql + " RETURNING id", params)
        return int(self._run(self._connection.fetchval(query, *args)))

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        query, _ = _numbered(sql)
        args = [_translate(sql, row)[1] for row in rows]
        self._run(self._connection.executemany(query, args))

    def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]:
        query, args = _translate(sql, params)
        rows: list[Row] = self._run(self._connection.fetch(query, *args))
        return rows

    def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        query, args = _translate(sql, params)
        row: Row | None = self._run(self._connection.fetchrow(query, *args))
        return row


class _Transaction:
    """`Transaction` over one pooled connection inside `write()` or `read()`."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    async def execute(self, sql: str, params: Params = ()) -> int:
        query, args = _translate(sql, params)
        return _rowcount(await self._connection.execute(query, *args))

    async def insert(self, sql: str, params: Params = ()) -> int:
        query, args = _translate(sql + " RETURNING id", params)
        return int(await self._connection.fetchval(query, *args))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        query, _ = _numbered(sql)
        await self._connection.executemany(query, [_translate(sql, row)[1] for row in rows])

    async def write_blob(
        self, table: str, column: str, row_id: int, pieces: Sequence[bytes | memoryview]
    ) -> None:
        """`Transaction.write_blob`: one UPDATE (asyncpg sends a value as it is given)."""
        sql = f"UPDATE {table} SET {column} = ? WHERE id = ?"
        if await self.execute(sql, (b"".join(pieces), row_id)) != 1:
            raise ValueError(f"no row {row_id} in {table}")

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]:
        query, args = _translate(sql, params)
        rows: list[Row] = await self._connection.fetch(query, *args)
        return rows

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        query, args = _translate(sql, params)
        row: Row | None = await self._connection.fetchrow(query, *args)
        return row


class PostgresConnection:
    """A pool of connections to one PostgreSQL database; closed explicitly."""

    def __init__(self, url: str, pool: Any, lock_timeout: float) -> None:
        self._url = url
        self._pool = pool
        self.lock_timeout = lock_timeout
        self._closed = False
        # Short writes waiting for a writer (group commit), and the writers under way.
        self._waiting: list[tuple[Callable[[_Statements], Any], asyncio.Future[Any]]] = []
        self._writers: set[asyncio.Task[None]] = set()

    @classmethod
    async def open(cls, url: str, lock_timeout: float) -> PostgresConnection:
        """Connect (raises StorageError when the server cannot be reached or refuses)."""
        name = without_password(url)
        with _errors(name, lock_timeout):
            pool = await asyncpg.create_pool(
                url,
                # No floor to keep: a pool that keeps one tries to reconnect in the background
                # (logging each failure) while the server is down; a request reconnects anyway.
                min_size=0,
                max_size=POOL_SIZE,
                timeout=10,
                server_settings={
                    "application_name": "storybot",
                    # Waiting for another writer's row lock: as long as SQLite's busy timeout.
                    "lock_timeout": str(max(1, round(lock_timeout * 1000))),
                },
            )
        return cls(url, pool, lock_timeout)

    @property
    def dialect(self) -> Dialect:
        return "postgresql"

    @property
    def name(self) -> str:
        return without_password(self._url)

    @property
    def closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        if self._closed:
            return
        while self._writers:  # the writes already asked for go first
            await asyncio.wait(set(self._writers))
        self._closed = True
        with _errors(self.name, self.lock_timeout):
            await self._pool.close()

    # -- statements ---------------------------------------------------------------------------

    async def transact(self, work: Callable[[_Statements], T]) -> T:
        """Run `work` as one write transaction, all or nothing (see the module's docstring).
        A caller cancelled before its write is taken into a transaction is not written."""
        self._check_open()
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((work, future))
        if len(self._writers) < WRITERS:
            writer = asyncio.ensure_future(self._write_waiting())
            self._writers.add(writer)
            writer.add_done_callback(self._writers.discard)
        return await future

    async def _write_waiting(self) -> None:
        while self._waiting:
            batch = [(w, f) for w, f in self._waiting if not f.done()]
            self._waiting = []
            if batch:
                await self._write(batch)

    async def _write(
        self, batch: list[tuple[Callable[[_Statements], Any], asyncio.Future[Any]]]
    ) -> None:
        works = [work for work, _ in batch]
        try:
            outcomes = await self._retrying(lambda c: _write_batch(c, works, self.name))
        except BaseException as exc:  # the batch's transaction: none of it is written
            settle_writes([future for _, future in batch], exc)
            if not isinstance(exc, Exception):
                raise
            return
        settle_writes([future for _, future in batch], outcomes)

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]:
        query, args = _translate(sql, params)
        rows: list[Row] = await self._retrying(lambda c: c.fetch(query, *args))
        return rows

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        query, args = _translate(sql, params)
        row: Row | None = await self._retrying(lambda c: c.fetchrow(query, *args))
        return row

    async def _retrying(self, work: Callable[[Any], Awaitable[T]]) -> T:
        """`work` on a pooled connection; once more on a new one if the connection was lost
        (a transaction then rolls back: nothing of it was committed)."""
        self._check_open()
        with _errors(self.name, self.lock_timeout):
            try:
                async with self._pool.acquire() as connection:
                    try:
                        return await work(connection)
                    except Exception as exc:
                        # asyncpg's error for a connection cut while in use varies with the
                        # moment it is cut; a closed connection says it all.
                        if not _gone(connection):
                            raise
                        raise _ConnectionLost(str(exc)) from exc
            except (*_LOST, _ConnectionLost) as exc:
                log.warning("%s: connection lost (%s); trying again on a new one", self.name, exc)
                await self._pool.expire_connections()
            async with self._pool.acquire() as connection:
                return await work(connection)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[_Transaction]:
        async with self._transaction(readonly=False) as tx:
            yield tx

    @asynccontextmanager
    async def read(self) -> AsyncIterator[_Transaction]:
        async with self._transaction(readonly=True) as tx:
            yield tx

    @asynccontextmanager
    async def _transaction(self, *, readonly: bool) -> AsyncIterator[_Transaction]:
        self._check_open()
        async with self._lost_expires():
            with _errors(self.name, self.lock_timeout):
                async with self._pool.acquire() as connection:
                    isolation = "repeatable_read" if readonly else "read_committed"
                    async with connection.transaction(isolation=isolation, readonly=readonly):
                        yield _Transaction(connection)

    @asynccontextmanager
    async def exclusive(self, key: str, *, wait: bool) -> AsyncIterator[bool]:
        """A database-wide lock (a session advisory lock on a connection kept for it).
        The block's own errors pass as they are."""
        self._check_open()
        lock = _lock_key(key)
        async with self._lost_expires():
            with _errors(self.name, self.lock_timeout):
                connection = await self._pool.acquire()
        try:
            async with self._lost_expires():
                with _errors(self.name, self.lock_timeout):
                    if wait:
                        await connection.execute("SELECT pg_advisory_lock($1)", lock)
                        held = True
                    else:
                        query = "SELECT pg_try_advisory_lock($1)"
                        held = bool(await connection.fetchval(query, lock))
            try:
                yield held
            finally:
                if held and not _gone(connection):
                    with suppress(*_LOST, pgerr.PostgresError, asyncpg.InterfaceError):
                        await connection.execute("SELECT pg_advisory_unlock($1)", lock)
        finally:
            await self._pool.release(connection)

    async def integrity_check(self) -> list[str]:
        """PostgreSQL checks constraints as it writes; this only proves the server answers."""
        await self.fetchone("SELECT 1")
        return []

    # -- notifications ------------------------------------------------------------------------

    async def listen(
        self,
        channel: str,
        on_notify: Callable[[str], None],
        on_connected: Callable[[], None],
        *,
        ping_every: float = 2.0,
    ) -> None:
        """LISTEN on `channel` until cancelled, on a connection of its own, reconnecting when
        it is lost; `on_connected` runs each time LISTEN starts (notifications sent while
        away are gone: the caller catches up then)."""
        delay = 0.1
        while True:
            try:
                connection = await asyncpg.connect(self._url, timeout=10)
            except (*_LOST, pgerr.PostgresError, asyncpg.InterfaceError) as exc:
                log.warning(
                    "%s: cannot listen for %s (%s); again in %.1f s", self.name, channel, exc, delay
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
                continue
            try:
                await connection.add_listener(channel, lambda *args: on_notify(str(args[3])))
                delay = 0.1
                on_connected()
                while True:  # a dead connection is found by a query, not by waiting
                    await asyncio.sleep(ping_every)
                    await connection.fetchval("SELECT 1", timeout=ping_every * 2)
            except (*_LOST, pgerr.PostgresError, asyncpg.InterfaceError) as exc:
                # asyncpg names a connection gone while idle in several ways: reconnect anyway
                log.warning(
                    "%s: lost the connection listening for %s (%s)", self.name, channel, exc
                )
            finally:
                connection.terminate()

    # -- helpers ------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StorageError(f"The database {self.name} is closed.")

    @asynccontextmanager
    async def _lost_expires(self) -> AsyncIterator[None]:
        """A lost connection makes the pool replace all it holds (they went with the server)."""
        try:
            yield
        except StorageError as exc:
            if isinstance(exc.__cause__, _LOST):
                await self._pool.expire_connections()
            raise


_Outcome = tuple[BaseException | None, Any]  # (the error a write raised, or None; its result)


async def _write_batch(
    connection: Any, works: Sequence[Callable[[_Statements], Any]], name: str
) -> list[_Outcome]:
    """The works in one transaction. If one raises, the transaction is rolled back and each is
    written again in a transaction of its own, so only that one fails. A lost connection
    raises (before the COMMIT: the caller tries again on a new one)."""
    if len(works) == 1:
        return [await _write_alone(connection, works[0], name)]
    transaction = connection.transaction()
    await transaction.start()
    statements = _Statements(connection)
    try:
        results = [await run_plain(work, statements) for work in works]
    except Exception as exc:
        await _rollback(connection, transaction, exc)
        return [await _write_alone_once(connection, work, name) for work in works]
    except BaseException as exc:
        await _rollback(connection, transaction, exc)
        raise
    await _commit(connection, transaction, name)
    return [(None, result) for result in results]


async def _write_alone(connection: Any, work: Callable[[_Statements], Any], name: str) -> _Outcome:
    transaction = connection.transaction()
    await transaction.start()
    try:
        result = await run_plain(work, _Statements(connection))
    except Exception as exc:
        await _rollback(connection, transaction, exc)
        return exc, None
    except BaseException as exc:
        await _rollback(connection, transaction, exc)
        raise
    await _commit(connection, transaction, name)
    return None, result


async def _write_alone_once(
    connection: Any, work: Callable[[_Statements], Any], name: str
) -> _Outcome:
    """`_write_alone` where the works before may have committed: never tried again."""
    try:
        return await _write_alone(connection, work, name)
    except (*_LOST, _ConnectionLost) as exc:
        return StorageError(f"Lost the connection to the database {name}: {exc}"), None


async def _rollback(connection: Any, transaction: Any, cause: BaseException) -> None:
    """Roll back after `cause`; raises _ConnectionLost when the connection went with it."""
    if _gone(connection):
        raise _ConnectionLost(str(cause)) from cause
    with suppress(*_LOST, pgerr.PostgresError, asyncpg.InterfaceError):
        await transaction.rollback()


async def _commit(connection: Any, transaction: Any, name: str) -> None:
    try:
        await transaction.commit()
    except Exception as exc:  # not tried again: it may have been committed
        if not (isinstance(exc, _LOST) or _gone(connection)):
            raise
        raise StorageError(
            f"Lost the connection to the database {name} while committing; "
            "the change may not have been saved."
        ) from exc


@contextmanager
def _errors(name: str, lock_timeout: float) -> Iterator[None]:
    """Turn PostgreSQL's expected failures into a StorageError that says what went wrong."""
    try:
        yield
    except _BUGS:
        raise
    except (*_LOST, _ConnectionLost, pgerr.PostgresError, asyncpg.InterfaceError) as exc:
        raise StorageError(_explain(exc, name, lock_timeout)) from exc


def _explain(exc: BaseException, name: str, lock_timeout: float) -> str:
    if isinstance(exc, pgerr.LockNotAvailableError):
        return (
            f"The database {name} is locked by another writer (waited {lock_timeout:g} s); "
            "is another storybot process holding it?"
        )
    if isinstance(exc, pgerr.DiskFullError):
        return f"The disk holding the database {name} is full."
    if isinstance(exc, pgerr.InvalidPasswordError | pgerr.InvalidAuthorizationSpecificationError):
        return (
            f"The database {name} refused the login ({exc}); give the password in "
            "STORYBOT_DATABASE_URL, PGPASSWORD or ~/.pgpass."
        )
    if isinstance(exc, pgerr.InvalidCatalogNameError):
        return f"The database {name} does not exist: create it (createdb) first."
    if isinstance(exc, pgerr.ReadOnlySQLTransactionError):
        return f"The database {name} is read-only: {exc}"
    if isinstance(exc, OSError | TimeoutError):
        return f"Cannot connect to the database {name}: {exc or type(exc).__name__}"
    if isinstance(exc, (*_LOST, _ConnectionLost)):
        return f"Lost the connection to the database {name}: {exc}"
    return f"Database error in {name}: {exc}"
