"""What people tell us about answers: votes on them, and reports of a misquote."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from bot.storage.codec import from_timestamp, period, timestamp
from bot.storage.sql import Row, SqlConnection

VoteValue = Literal[1, -1]


class VoteCounts(BaseModel):
    model_config = ConfigDict(frozen=True)

    up: int = 0
    down: int = 0

    @property
    def score(self) -> int:
        return self.up - self.down


_COUNT_VOTES = (
    "SELECT COALESCE(SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END), 0),"
    " COALESCE(SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END), 0)"
)


class Votes:
    """One vote per person and answer; voting again replaces the vote."""

    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def cast(
        self,
        answer_message_id: int,
        user_id: int,
        vote: VoteValue,
        *,
        guild_id: int | None,
        at: dt.datetime | None = None,
    ) -> bool:
        """Record the vote; returns False when it was already this person's vote."""
        if vote not in (1, -1):
            raise ValueError(f"a vote is +1 or -1, not {vote!r}")
        changed = await self._db.transact(
            lambda tx: tx.execute(
                "INSERT INTO answer_votes (answer_message_id, user_id, guild_id, vote, at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (answer_message_id, user_id) DO UPDATE"
                " SET vote = excluded.vote, at = excluded.at"
                " WHERE answer_votes.vote <> excluded.vote",
                (answer_message_id, user_id, guild_id, vote, timestamp(at or _now())),
            )
        )
        return changed > 0

    async def vote_of(self, answer_message_id: int, user_id: int) -> VoteValue | None:
        row = await self._db.fetchone(
            "SELECT vote FROM answer_votes WHERE answer_message_id = ? AND user_id = ?",
            (answer_message_id, user_id),
        )
        if row is None:
            return None
        return 1 if row["vote"] == 1 else -1

    async def counts(self, answer_message_id: int) -> VoteCounts:
        """The votes on one answer."""
        return _counts(
            await self._db.fetchone(
                _COUNT_VOTES + " FROM answer_votes WHERE answer_message_id = ?",
                (answer_message_id,),
            )
        )

    async def totals(
        self,
        guild_id: int,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> VoteCounts:
        """The votes cast (or last changed) in a guild in [since, until)."""
        return _counts(
            await self._db.fetchone(
                _COUNT_VOTES
                + " FROM answer_votes WHERE guild_id = :guild AND at >= :since AND at < :until",
                {**period(since, until), "guild": guild_id},
            )
        )


def _counts(row: Row | None) -> VoteCounts:
    return VoteCounts(up=row[0], down=row[1]) if row else VoteCounts()


class MisquoteReport(BaseModel):
    """Someone says an answer quoted a passage wrongly, or attributed it to the wrong person."""

    model_config = ConfigDict(frozen=True)

    at: dt.datetime
    guild_id: int | None
    channel_id: int | None
    user_id: int
    answer_message_id: int | None
    question: str
    story_id: str
    paragraph: int
    passage_text: str
    note: str = ""
    id: int | None = None  # given by the database


class MisquoteReports:
    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def add(self, report: MisquoteReport) -> MisquoteReport:
        """Store a report; returns it with its id."""
        report_id = await self._db.transact(
            lambda tx: tx.insert(
                "INSERT INTO misquote_reports (at, guild_id, channel_id, user_id,"
                " answer_message_id, question, story_id, paragraph, passage_text, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    timestamp(report.at),
                    report.guild_id,
                    report.channel_id,
                    report.user_id,
                    report.answer_message_id,
                    report.question,
                    report.story_id,
                    report.paragraph,
                    report.passage_text,
                    report.note,
                ),
            )
        )
        return report.model_copy(update={"id": report_id})

    async def recent(
        self, *, guild_id: int | None = None, since: dt.datetime | None = None, limit: int = 20
    ) -> list[MisquoteReport]:
        """The latest reports, newest first; from one guild, or from everywhere."""
        rows = await self._db.fetchall(
            "SELECT * FROM misquote_reports"
            " WHERE (CAST(:guild AS BIGINT) IS NULL OR guild_id = :guild)"
            " AND at >= :since AND at < :until"
            " ORDER BY at DESC, id DESC LIMIT :limit",
            {**period(since, None), "guild": guild_id, "limit": limit},
        )
        return [_report(row) for row in rows]


def _report(row: Row) -> MisquoteReport:
    return MisquoteReport(
        id=row["id"],
        at=from_timestamp(row["at"]),
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        user_id=row["user_id"],
        answer_message_id=row["answer_message_id"],
        question=row["question"],
        story_id=row["story_id"],
        paragraph=row["paragraph"],
        passage_text=row["passage_text"],
        note=row["note"],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
