"""Votes on answers and misquote reports."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.storage import Database, MisquoteReport, VoteCounts

DAY = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


async def test_one_vote_per_person_and_answer_voting_again_replaces_it(db: Database) -> None:
    assert await db.votes.cast(500, 1, 1, guild_id=9)
    assert not await db.votes.cast(500, 1, 1, guild_id=9)  # the same vote: nothing changed
    assert await db.votes.cast(500, 2, 1, guild_id=9)
    assert await db.votes.counts(500) == VoteCounts(up=2, down=0)

    assert await db.votes.cast(500, 1, -1, guild_id=9)  # changed their mind
    assert await db.votes.counts(500) == VoteCounts(up=1, down=1)
    assert (await db.votes.counts(500)).score == 0
    assert await db.votes.vote_of(500, 1) == -1
    assert await db.votes.vote_of(500, 3) is None
    assert await db.votes.counts(501) == VoteCounts()


async def test_a_vote_is_plus_or_minus_one(db: Database) -> None:
    with pytest.raises(ValueError, match="a vote is"):
        await db.votes.cast(500, 1, 2, guild_id=9)  # type: ignore[arg-type]


async def test_vote_totals_per_guild_over_a_period(db: Database) -> None:
    await db.votes.cast(1, 1, 1, guild_id=9, at=DAY)
    await db.votes.cast(2, 1, -1, guild_id=9, at=DAY + dt.timedelta(days=1))
    await db.votes.cast(2, 2, -1, guild_id=9, at=DAY + dt.timedelta(days=1))
    await db.votes.cast(3, 1, 1, guild_id=8, at=DAY + dt.timedelta(days=1))
    assert await db.votes.totals(9) == VoteCounts(up=1, down=2)
    assert await db.votes.totals(9, since=DAY + dt.timedelta(hours=1)) == VoteCounts(down=2)
    assert await db.votes.totals(9, until=DAY + dt.timedelta(hours=1)) == VoteCounts(up=1)
    assert await db.votes.totals(8) == VoteCounts(up=1)
    assert await db.votes.totals(7) == VoteCounts()


def report(guild_id: int | None, hours: int, note: str = "") -> MisquoteReport:
    return MisquoteReport(
        at=DAY + dt.timedelta(hours=hours),
        guild_id=guild_id,
        channel_id=3,
        user_id=4,
        answer_message_id=500,
        question="Who said it?",
        story_id="alpha",
        paragraph=1,
        passage_text='"We will build it," said Jane Doe.',
        note=note,
    )


async def test_misquote_reports_are_kept_newest_first(db: Database) -> None:
    first = await db.misquotes.add(report(9, 1, "wrong speaker"))
    second = await db.misquotes.add(report(9, 2))
    other = await db.misquotes.add(report(8, 3))
    assert first.id is not None and second.id is not None and other.id is not None
    assert first == report(9, 1, "wrong speaker").model_copy(update={"id": first.id})

    assert await db.misquotes.recent(guild_id=9) == [second, first]
    assert await db.misquotes.recent() == [other, second, first]
    assert await db.misquotes.recent(limit=1) == [other]
    assert await db.misquotes.recent(since=DAY + dt.timedelta(hours=2)) == [other, second]
