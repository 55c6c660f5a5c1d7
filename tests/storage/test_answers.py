"""Answers kept for their buttons, and conversation turns for follow-up questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.storage import ConversationTurn, Database, StoredAnswer
from bot.storage.migrations import MIGRATIONS, migrate

DAY = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def answer(message_id: int, days: int = 0) -> StoredAnswer:
    return StoredAnswer(
        message_id=message_id,
        guild_id=1,
        channel_id=2,
        user_id=3,
        question="What did Jane Doe say?",
        shown=(("alpha", 1), ("beta", 1)),
        created_at=DAY + dt.timedelta(days=days),
    )


async def test_a_stored_answer_is_served_after_a_restart(db_target: Path | str) -> None:
    async with Database.open(db_target) as db:
        await db.answers.save(answer(500))
    async with Database.open(db_target) as db:
        assert await db.answers.get(500) == answer(500)
        assert await db.answers.get(501) is None


async def test_saving_an_answer_again_replaces_it_and_old_ones_can_be_dropped(
    db: Database,
) -> None:
    await db.answers.save(answer(500))
    edited = answer(500).model_copy(update={"shown": (("beta", 1),)})
    await db.answers.save(edited)
    assert await db.answers.get(500) == edited
    await db.answers.save(answer(600, days=10))
    assert await db.answers.delete_before(DAY + dt.timedelta(days=5)) == 1
    assert await db.answers.get(500) is None
    assert await db.answers.get(600) == answer(600, days=10)


async def test_buttons_find_an_answer_by_what_asked_it_or_by_its_message(db: Database) -> None:
    asked = answer(500).model_copy(
        update={"asked_id": 400, "shown_texts": ("Alpha, as shown.", "Beta, as shown.")}
    )
    await db.answers.save(asked)
    await db.answers.save(answer(600))  # stored without what asked it: its buttons name it
    assert await db.answers.named_by_buttons(400) == asked
    assert await db.answers.named_by_buttons(500) == asked
    assert await db.answers.named_by_buttons(600) == answer(600)
    assert await db.answers.named_by_buttons(700) is None
    assert await db.answers.get(400) is None  # replies and threads go by the answer message


async def test_answers_stored_before_the_asked_id_keep_working_after_the_upgrade(
    db_target: Path | str,
) -> None:
    first = await Database.connect(db_target, migrate=False)
    connection = first._connection
    try:
        await migrate(connection, MIGRATIONS[:3])  # the schema of the first release
        async with connection.write() as tx:
            await tx.execute(
                "INSERT INTO stored_answers (message_id, guild_id, channel_id, user_id,"
                " question, shown, created_at) VALUES (500, 1, 2, 3, 'What did Jane Doe say?',"
                ' \'[["alpha", 1], ["beta", 1]]\', ?)',
                (DAY.isoformat(),),
            )
    finally:
        await first.close()
    async with Database.open(db_target) as db:
        assert await db.schema_version() == MIGRATIONS[-1].version
        assert await db.answers.named_by_buttons(500) == answer(500)
        assert await db.answers.get(500) == answer(500)


def turn(n: int, speaker: str | None = None) -> ConversationTurn:
    return ConversationTurn(
        at=DAY + dt.timedelta(minutes=n),
        question=f"question {n}",
        asked_speaker_id=speaker,
        shown=(("alpha", n),),
    )


async def test_the_last_turns_of_a_conversation_oldest_first(db: Database) -> None:
    for n in range(1, 6):
        await db.conversations.add(77, turn(n, "jane-doe" if n == 5 else None))
    await db.conversations.add(88, turn(9))
    assert await db.conversations.last(77, 3) == [turn(3), turn(4), turn(5, "jane-doe")]
    assert await db.conversations.last(88, 3) == [turn(9)]
    assert await db.conversations.last(99, 3) == []
    assert await db.conversations.delete_before(DAY + dt.timedelta(minutes=4)) == 3
    assert await db.conversations.last(77, 10) == [turn(4), turn(5, "jane-doe")]


async def test_a_turn_keeps_whom_its_answer_named(db: Database) -> None:
    named = ConversationTurn(
        at=DAY, question="who voted against it", shown=(("alpha", 3),), named_speaker_id="luis"
    )
    await db.conversations.add(66, named)
    assert await db.conversations.last(66, 3) == [named]
