"""What the stores need of a database connection, whichever database it is.

The stores (builds, query log, settings, feedback, answers) hold the SQL and run it through
these protocols; `connection.py` implements them over one SQLite file (aiosqlite),
`postgres.py` over a PostgreSQL pool (asyncpg). Statements are written once, in the SQL both
understand: `?` or `:name` placeholders (PostgreSQL's connection numbers them), standard
upserts, CASE rather than SQLite's boolean arithmetic. Where the two must differ (the schema),
the migrations hold both forms side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Literal, Protocol, TypeVar

Params = Sequence[Any] | Mapping[str, Any]
Dialect = Literal["sqlite", "postgresql"]


def is_postgres_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


T = TypeVar("T")


class Row(Protocol):
    """A result row: by column position or name (sqlite3.Row, asyncpg.Record)."""

    def __getitem__(self, key: Any, /) -> Any: ...


class Statements(Protocol):
    """Statements of one short write transaction (`SqlConnection.transact`): plain calls,
    run where the connection says (SQLite's thread; a worker thread for PostgreSQL)."""

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        ...

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT into a table keyed by `id`; returns the new row's id."""
        ...

    def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...

    def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...


class Transaction(Protocol):
    """Statements inside a transaction that awaits between them (`write()`, `read()`)."""

    async def execute(self, sql: str, params: Params = ()) -> int: ...

    async def write_blob(
        self, table: str, column: str, row_id: int, pieces: Sequence[bytes | memoryview]
    ) -> None:
        """Set `column` of `table`'s row `id = row_id` to `pieces` joined: with SQLite written
        a piece at a time into the row (a value bound to a statement is copied twice on its
        way there: for a 1,000,000-passage build's BM25 index, 660 MB). `table` and `column`
        are the code's own names, never input."""
        ...

    async def insert(self, sql: str, params: Params = ()) -> int: ...

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...


class SqlConnection(Protocol):
    """A process's connection to its database (one SQLite file, or a PostgreSQL pool)."""

    @property
    def dialect(self) -> Dialect: ...

    @property
    def name(self) -> str:
        """The database as people are told about it (a path, or a URL without its password)."""
        ...

    @property
    def closed(self) -> bool: ...

    async def transact(self, work: Callable[[Statements], T]) -> T:
        """Run `work` as one short write transaction: all or nothing."""
        ...

    async def fetchall(self, sql: str, params: Params = ()) -> Sequence[Row]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None: ...

    def write(self) -> AbstractAsyncContextManager[Transaction]:
        """A write transaction over several awaits: commits at the end, rolls back on error."""
        ...

    def read(self) -> AbstractAsyncContextManager[Transaction]:
        """Several SELECTs that see one consistent state of the database."""
        ...

    def exclusive(self, key: str, *, wait: bool) -> AbstractAsyncContextManager[bool]:
        """Held by one process at a time across every process using the database (migrations,
        reindex): yields True when held; with `wait=False`, False at once if another holds it."""
        ...

    async def integrity_check(self) -> list[str]: ...

    async def close(self) -> None: ...


def settle_writes(
    futures: Sequence[asyncio.Future[Any]],
    outcomes: Sequence[tuple[BaseException | None, Any]] | BaseException,
) -> None:
    """Hand each caller of a group commit its own outcome: an exception for the whole batch
    (its transaction wrote none of it), or per write its error or its result. A caller that
    gave up waiting (its future is done) is skipped."""
    if isinstance(outcomes, BaseException):
        for future in futures:
            if not future.done():
                future.set_exception(outcomes)
        return
    for future, (error, result) in zip(futures, outcomes, strict=True):
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)
