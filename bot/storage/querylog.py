"""The query log: every question asked, and what the statistics commands read from it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from bot.engine.snapshot import QueryLogEntry
from bot.storage.codec import from_timestamp, period, timestamp
from bot.storage.sql import Row, SqlConnection


def question_key(question: str) -> str:
    """The form questions are counted under: case-folded, whitespace collapsed."""
    return " ".join(question.casefold().split())


class QuestionCount(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: str  # the latest wording asked
    count: int


class QueryStats(BaseModel):
    """Questions asked over a period, in one guild or everywhere."""

    model_config = ConfigDict(frozen=True)

    since: dt.datetime | None
    until: dt.datetime | None
    guild_id: int | None  # None: every source (guilds, direct messages, the command line)
    total: int
    answered: int
    top_questions: tuple[QuestionCount, ...]
    recent_unanswered: tuple[QueryLogEntry, ...]  # newest first

    @property
    def share_answered(self) -> float:
        """Answered questions as a share of all questions (0 when there were none)."""
        return self.answered / self.total if self.total else 0.0


# CAST: PostgreSQL must know the parameter's type where it is first used.
_FILTER = "at >= :since AND at < :until AND (CAST(:guild AS BIGINT) IS NULL OR guild_id = :guild)"


class QueryLog:
    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def log(self, *entries: QueryLogEntry) -> None:
        """Log the entries in one transaction, in order: all or none."""
        rows = [_row(entry) for entry in entries]
        # One statement for them all: on PostgreSQL, one round trip rather than one each.
        await self._db.transact(lambda tx: tx.executemany(_INSERT, rows))

    async def stats(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        guild_id: int | None = None,
        top: int = 10,
        unanswered: int = 10,
    ) -> QueryStats:
        """Totals, the most asked questions and the latest unanswered ones in [since, until)."""
        params = {**period(since, until), "guild": guild_id}
        async with self._db.read() as tx:
            totals = await tx.fetchone(
                f"SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM query_log WHERE {_FILTER}",
                params,
            )
            # Each question counted under its key, shown in its latest wording.
            top_rows = await tx.fetchall(
                "SELECT question, n FROM (SELECT question, at,"
                " COUNT(*) OVER (PARTITION BY question_key) AS n,"
                " MAX(at) OVER (PARTITION BY question_key) AS last,"
                " ROW_NUMBER() OVER (PARTITION BY question_key ORDER BY at DESC, id DESC) AS nth"
                f" FROM query_log WHERE {_FILTER}) AS asked"
                " WHERE nth = 1 ORDER BY n DESC, last DESC LIMIT :top",
                {**params, "top": top},
            )
            unanswered_rows = await tx.fetchall(
                f"SELECT * FROM query_log WHERE {_FILTER} AND answered = 0"
                " ORDER BY at DESC, id DESC LIMIT :limit",
                {**params, "limit": unanswered},
            )
        assert totals is not None
        return QueryStats(
            since=since,
            until=until,
            guild_id=guild_id,
            total=totals[0],
            answered=totals[1],
            top_questions=tuple(
                QuestionCount(question=row["question"], count=row["n"]) for row in top_rows
            ),
            recent_unanswered=tuple(_entry(row) for row in unanswered_rows),
        )


_INSERT = (
    "INSERT INTO query_log (at, source, guild_id, channel_id, user_id, question,"
    " question_key, answered, reason, top_document, top_paragraph, latency_ms)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row(entry: QueryLogEntry) -> tuple[object, ...]:
    return (
        timestamp(entry.at),
        entry.source,
        entry.guild_id,
        entry.channel_id,
        entry.user_id,
        entry.question,
        question_key(entry.question),
        int(entry.answered),
        entry.reason,
        entry.top_document,
        entry.top_paragraph,
        entry.latency_ms,
    )


def _entry(row: Row) -> QueryLogEntry:
    return QueryLogEntry(
        at=from_timestamp(row["at"]),
        source=row["source"],
        question=row["question"],
        answered=bool(row["answered"]),
        reason=row["reason"],
        top_document=row["top_document"],
        top_paragraph=row["top_paragraph"],
        latency_ms=row["latency_ms"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        user_id=row["user_id"],
    )
