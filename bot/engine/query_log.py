"""Writing answered questions to the query log without holding up the answers: entries that
arrive while a write is under way go together in the next one, and entries the database
refuses are kept (a bounded number) and written with the next question's."""

from __future__ import annotations

import asyncio
import logging
from collections import deque

from bot.engine.snapshot import IndexStore, QueryLogEntry
from bot.errors import StorageError

log = logging.getLogger(__name__)

MAX_UNLOGGED = 10_000  # query-log entries held in memory while the database refuses writes


class QueryLog:
    """The query log as the service writes it, through the `IndexStore`."""

    def __init__(self, store: IndexStore) -> None:
        self._store = store
        self._unlogged: deque[QueryLogEntry] = deque()
        self._log_round: asyncio.Future[None] | None = None  # the next write: its entries
        self._log_writer: asyncio.Task[None] | None = None

    @property
    def unlogged(self) -> int:
        """Entries not in the query log yet (the database refused the write)."""
        return len(self._unlogged)

    async def log(self, entry: QueryLogEntry) -> None:
        """Log `entry` after any entries held back, oldest first; never raises.

        The entries that arrive while a write is under way are written together next, in one
        transaction. When the database refuses (locked past its busy timeout, disk full) the
        entries are kept in memory (up to MAX_UNLOGGED; lost if the process stops) and written
        with the next question's. One failed attempt per question: its caller is not held up
        longer.
        """
        self._unlogged.append(entry)
        if self._log_round is None:
            self._log_round = asyncio.get_running_loop().create_future()
        written = self._log_round
        if self._log_writer is None:
            self._log_writer = asyncio.ensure_future(self._write_rounds())
        await asyncio.shield(written)

    async def written(self) -> None:
        """Wait until every entry logged so far has had its write (written, or held back
        because the database refused it): a front end answers first and logs after, so a
        moderator's /stats right after an answer would otherwise miss it."""
        while self._log_writer is not None:
            # asyncio.wait, not await: a cancelled reader must not cancel the writer
            await asyncio.wait({self._log_writer})

    async def _write_rounds(self) -> None:
        """Write the entries waiting, one transaction per round, until no more arrive."""
        try:
            while self._log_round is not None:
                round_, self._log_round = self._log_round, None
                try:
                    await self._write_unlogged()
                finally:
                    round_.set_result(None)
        finally:
            self._log_writer = None

    async def _write_unlogged(self) -> None:
        while len(self._unlogged) > MAX_UNLOGGED:
            self._unlogged.popleft()
            log.error("more than %d questions could not be logged: dropped one", MAX_UNLOGGED)
        if not self._unlogged:
            return
        batch = list(self._unlogged)
        try:
            await self._store.log_queries(batch)
        except StorageError as exc:
            log.warning(
                "could not log a question (%d waiting, written with the next): %s",
                len(self._unlogged),
                exc,
            )
            return
        except Exception:  # a bug, not the database: find the entry, write the others
            await self._log_one_by_one(len(batch))
            return
        for _ in batch:
            self._unlogged.popleft()

    async def _log_one_by_one(self, count: int) -> None:
        for _ in range(count):
            try:
                await self._store.log_queries([self._unlogged[0]])
            except StorageError as exc:
                log.warning("could not log a question (written with the next): %s", exc)
                return
            except Exception:  # retrying would not help
                log.exception("could not log a question")
            self._unlogged.popleft()
