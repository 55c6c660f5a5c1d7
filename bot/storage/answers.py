"""What an answer showed, kept so its buttons and follow-up questions work after a restart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from bot.storage.codec import (
    from_json,
    from_timestamp,
    shown_from_json,
    shown_json,
    timestamp,
    to_json,
)
from bot.storage.sql import Row, SqlConnection, Statements

Shown = tuple[tuple[str, int], ...]  # (story id, paragraph) in the order the answer showed them


class StoredAnswer(BaseModel):
    """An answer message the bot sent: enough to serve "More context" and votes on it."""

    model_config = ConfigDict(frozen=True)

    message_id: int
    # What asked: the interaction or the member's message. The buttons under the answer carry
    # it, since they go out with the answer, before its message id exists.
    asked_id: int | None = None
    guild_id: int | None
    channel_id: int | None
    user_id: int  # who asked
    question: str
    shown: Shown
    created_at: dt.datetime
    # The text of each passage of `shown`, as the answer showed it (empty: stored before this
    # was kept). The story may be fixed and reindexed after.
    shown_texts: tuple[str, ...] = ()


class StoredAnswers:
    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def save(
        self, answer: StoredAnswer, turns: Sequence[tuple[int, ConversationTurn]] = ()
    ) -> None:
        """Store (or replace) the answer sent as `answer.message_id`, and add `turns`
        ((conversation id, turn), in order) in the same transaction."""

        def save(tx: Statements) -> None:
            # What INSERT OR REPLACE does, in SQL both databases speak: an answer stored again
            # (the same message, or the same asking event) replaces the row before.
            tx.execute(
                "DELETE FROM stored_answers WHERE message_id = ? OR asked_id = ?",
                (answer.message_id, answer.asked_id),
            )
            tx.execute(
                "INSERT INTO stored_answers (message_id, asked_id, guild_id,"
                " channel_id, user_id, question, shown, created_at, shown_texts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.message_id,
                    answer.asked_id,
                    answer.guild_id,
                    answer.channel_id,
                    answer.user_id,
                    answer.question,
                    shown_json(answer.shown),
                    timestamp(answer.created_at),
                    to_json(list(answer.shown_texts)) if answer.shown_texts else None,
                ),
            )
            for conversation_id, turn in turns:
                _add_turn(tx, conversation_id, turn)

        await self._db.transact(save)

    async def get(self, message_id: int) -> StoredAnswer | None:
        """The answer sent as message `message_id`."""
        row = await self._db.fetchone(
            "SELECT * FROM stored_answers WHERE message_id = ?", (message_id,)
        )
        return _answer(row) if row else None

    async def named_by_buttons(self, button_id: int) -> StoredAnswer | None:
        """The answer whose buttons carry `button_id`: what asked it, or (buttons sent before
        answers recorded that) the answer message. Discord ids never repeat across kinds."""
        row = await self._db.fetchone(
            "SELECT * FROM stored_answers WHERE asked_id = :id OR message_id = :id"
            " ORDER BY CASE WHEN asked_id = :id THEN 0 ELSE 1 END LIMIT 1",
            {"id": button_id},
        )
        return _answer(row) if row else None

    async def delete_before(self, before: dt.datetime) -> int:
        """Forget answers created before `before`; returns how many."""
        return await self._db.transact(
            lambda tx: tx.execute(
                "DELETE FROM stored_answers WHERE created_at < ?", (timestamp(before),)
            )
        )


def _answer(row: Row) -> StoredAnswer:
    return StoredAnswer(
        message_id=row["message_id"],
        asked_id=row["asked_id"],
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        user_id=row["user_id"],
        question=row["question"],
        shown=shown_from_json(row["shown"]),
        created_at=from_timestamp(row["created_at"]),
        shown_texts=tuple(from_json(row["shown_texts"])) if row["shown_texts"] else (),
    )


class ConversationTurn(BaseModel):
    """One question of a conversation, and what its answer showed (the engine's FollowUp)."""

    model_config = ConfigDict(frozen=True)

    at: dt.datetime
    question: str
    asked_speaker_id: str | None = None
    shown: Shown = ()
    named_speaker_id: str | None = None  # whom its answer named (Answer.named_speaker_id)


class Conversations:
    """Turns of a conversation, keyed by an id such as the answer message's or the thread's."""

    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def add(self, conversation_id: int, turn: ConversationTurn) -> None:
        await self._db.transact(lambda tx: _add_turn(tx, conversation_id, turn))

    async def last(self, conversation_id: int, n: int) -> list[ConversationTurn]:
        """The last `n` turns, oldest first (the latest turn is the last item)."""
        rows = await self._db.fetchall(
            "SELECT at, question, asked_speaker_id, shown, named_speaker_id FROM conversation_turns"
            " WHERE conversation_id = ? ORDER BY id DESC LIMIT ?",
            (conversation_id, n),
        )
        return [_turn(row) for row in reversed(rows)]

    async def delete_before(self, before: dt.datetime) -> int:
        """Forget turns taken before `before`; returns how many."""
        return await self._db.transact(
            lambda tx: tx.execute(
                "DELETE FROM conversation_turns WHERE at < ?", (timestamp(before),)
            )
        )


def _add_turn(tx: Statements, conversation_id: int, turn: ConversationTurn) -> None:
    tx.execute(
        "INSERT INTO conversation_turns (conversation_id, at, question,"
        " asked_speaker_id, shown, named_speaker_id) VALUES (?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            timestamp(turn.at),
            turn.question,
            turn.asked_speaker_id,
            shown_json(turn.shown),
            turn.named_speaker_id,
        ),
    )


def _turn(row: Row) -> ConversationTurn:
    return ConversationTurn(
        at=from_timestamp(row["at"]),
        question=row["question"],
        asked_speaker_id=row["asked_speaker_id"],
        shown=shown_from_json(row["shown"]),
        named_speaker_id=row["named_speaker_id"],
    )
