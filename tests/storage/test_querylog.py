"""The query log and the statistics read from it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.snapshot import QueryLogEntry
from bot.storage import Database, QuestionCount, question_key

DAY = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def entry(
    question: str,
    *,
    answered: bool = True,
    hours: float = 0,
    guild_id: int | None = 1,
    reason: str | None = None,
) -> QueryLogEntry:
    return QueryLogEntry(
        at=DAY + dt.timedelta(hours=hours),
        source="discord" if guild_id else "cli",
        question=question,
        answered=answered,
        reason=reason,
        top_document="alpha" if answered else None,
        top_paragraph=2 if answered else None,
        latency_ms=4.5,
        guild_id=guild_id,
        channel_id=10 if guild_id else None,
        user_id=100 if guild_id else None,
    )


def test_questions_are_counted_ignoring_case_and_spacing() -> None:
    assert question_key("  Who  SAID\tit? ") == "who said it?"


async def test_stats_count_questions_share_answered_top_and_unanswered(db: Database) -> None:
    await db.log_query(entry("Who said it?", hours=1))
    await db.log_query(entry("who  said it?", hours=2))
    await db.log_query(entry("WHO SAID IT?", hours=3))
    await db.log_query(entry("When does it open?", hours=4))
    await db.log_query(entry("What colour is the sky?", answered=False, hours=5, reason="none"))
    await db.log_query(entry("Who is the mayor?", answered=False, hours=6, reason="unsure"))

    stats = await db.query_log.stats()
    assert (stats.total, stats.answered) == (6, 4)
    assert stats.share_answered == pytest.approx(4 / 6)
    assert stats.top_questions[0] == QuestionCount(question="WHO SAID IT?", count=3)
    assert len(stats.top_questions) == 4
    assert [e.question for e in stats.recent_unanswered] == [
        "Who is the mayor?",
        "What colour is the sky?",
    ]
    latest = stats.recent_unanswered[0]
    assert latest == entry("Who is the mayor?", answered=False, hours=6, reason="unsure")

    limited = await db.query_log.stats(top=1, unanswered=1)
    assert len(limited.top_questions) == 1
    assert len(limited.recent_unanswered) == 1


async def test_stats_over_a_period_and_per_guild(db: Database) -> None:
    await db.log_query(entry("early", hours=0))
    await db.log_query(entry("inside", hours=5))
    await db.log_query(entry("other guild", hours=5, guild_id=2, answered=False))
    await db.log_query(entry("from the cli", hours=5, guild_id=None))
    await db.log_query(entry("late", hours=10))

    window = await db.query_log.stats(
        since=DAY + dt.timedelta(hours=1), until=DAY + dt.timedelta(hours=10)
    )
    assert window.total == 3
    assert {q.question for q in window.top_questions} == {"inside", "other guild", "from the cli"}

    guild = await db.query_log.stats(since=DAY + dt.timedelta(hours=1), guild_id=1)
    assert (guild.total, guild.answered) == (2, 2)
    assert guild.recent_unanswered == ()

    other = await db.query_log.stats(guild_id=2)
    assert (other.total, other.answered, other.share_answered) == (1, 0, 0.0)
    assert [e.question for e in other.recent_unanswered] == ["other guild"]

    nobody = await db.query_log.stats(guild_id=3)
    assert (nobody.total, nobody.share_answered, nobody.top_questions) == (0, 0.0, ())


async def test_times_in_other_zones_are_compared_as_instants(db: Database) -> None:
    paris = dt.timezone(dt.timedelta(hours=2))
    await db.log_query(
        entry("x").model_copy(update={"at": dt.datetime(2024, 5, 1, 1, tzinfo=paris)})
    )
    stats = await db.query_log.stats(since=DAY - dt.timedelta(hours=1), until=DAY)
    assert stats.total == 1
    assert stats.recent_unanswered == ()


async def test_any_text_a_member_types_is_logged(db: Database) -> None:
    # PostgreSQL text cannot hold NUL (SQLite can): stored there as U+FFFD, never refused.
    await db.log_query(entry("who said\x00 it? 🎉 «»", answered=False, reason="none"))
    [logged] = (await db.query_log.stats()).recent_unanswered
    assert logged.question in ("who said\x00 it? 🎉 «»", "who said\ufffd it? 🎉 «»")
