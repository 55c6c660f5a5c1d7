"""What every way of asking shares: delivering an answer, then storing it for its buttons and
follow-ups while a click or a reply that comes too soon waits for it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING

import discord

from bot.discord.errors import NO_MENTIONS
from bot.engine import Answer, AskSource, QueryLogEntry
from bot.errors import StorageError
from bot.frontend.conversation import turn_of
from bot.storage import ConversationTurn, StoredAnswer

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

log = logging.getLogger(__name__)

STORE_WAIT = 2.0  # seconds a click waits for its answer to be stored (the buttons came first)


class AskBase:
    """The state and the delivery the ask cog's parts share (see `AskCog`)."""

    bot: StoryBot
    _being_stored: dict[int, asyncio.Future[None]]  # see _being_stored_as

    async def _deliver(
        self,
        asked_id: int,
        entry: QueryLogEntry,
        send: Callable[[], Awaitable[int | None]],
        undelivered: Callable[[discord.HTTPException], Awaitable[None]],
        remember: Callable[[int], Awaitable[None]],
    ) -> None:
        """Send an answer (`send`: the id of the message it became, if known), then store it
        for its buttons and follow-ups and log its question.

        The buttons go out with the answer, named `asked_id` (what asked it: the message id
        comes back only with the reply), and a click or reply that comes before the answer is
        stored waits for it. The question is logged once the answer is on its way (the reply
        never waits for the database), and before a member is told it was lost ("your
        question is logged"); `undelivered` tells them, after discord.py's retries.
        """
        service = self.bot.service
        with self._being_stored_as(asked_id):
            try:
                message_id = await send()
            except BaseException as exc:
                await service.log(entry)
                if not isinstance(exc, discord.HTTPException):
                    raise
                await undelivered(exc)
                return
            if message_id is None:
                await service.log(entry)
                return
            with self._being_stored_as(message_id):
                # Both in one transaction when they meet the database together.
                await asyncio.gather(service.log(entry), remember(message_id))

    @contextlib.contextmanager
    def _being_stored_as(self, key: int) -> Iterator[None]:
        """Within this block an answer is out (or going out) but not stored yet. Its buttons
        and its message are named `key`: a click on them or a reply to it that comes now
        waits for the block to end (`_stored_first`)."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._being_stored[key] = done
        try:
            yield
        finally:
            # Only our own entry: an event Discord delivered twice may have put its own since.
            if self._being_stored.get(key) is done:
                del self._being_stored[key]
            done.set_result(None)

    async def _stored_first(self, key: int) -> None:
        """Wait for the answer named `key` to be stored, if it is being stored now."""
        being_stored = self._being_stored.get(key)
        if being_stored is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(being_stored), STORE_WAIT)

    async def _remember(
        self,
        message_id: int,
        asked_id: int,
        answer: Answer,
        source: AskSource,
        earlier: list[ConversationTurn],
        also: list[int] | None = None,
    ) -> None:
        """Keep a delivered answer for its buttons, and its turn for follow-ups to it (one
        transaction)."""
        now = self.bot.clock()
        turn = turn_of(answer, now)
        keep = self.bot.config.conversation_turns - 1
        turns = [(message_id, earlier_turn) for earlier_turn in (earlier[-keep:] if keep else [])]
        turns.append((message_id, turn))
        turns += [(conversation_id, turn) for conversation_id in also or []]
        try:
            await self.bot.database.answers.save(
                StoredAnswer(
                    message_id=message_id,
                    asked_id=asked_id,
                    guild_id=source.guild_id,
                    channel_id=source.channel_id,
                    user_id=source.user_id or 0,
                    question=answer.question,
                    shown=turn.shown,
                    shown_texts=tuple(p.text for p in answer.passages),
                    created_at=now,
                ),
                turns,
            )
        except StorageError:  # the member has the answer; its buttons will say it is gone
            log.warning(
                "answered with message %s but could not store it", message_id, exc_info=True
            )


def undelivered_text(error: discord.HTTPException) -> str:
    return (
        "I found an answer to your question but could not deliver it: Discord answered "
        f"{error.status} when I sent it. Your question is logged; please ask again in a moment."
    )


def without_mentions(content: str, me: discord.ClientUser | None) -> str:
    if me is None:
        return content.strip()
    return re.sub(rf"<@!?{me.id}>", " ", content).strip()


async def reply(
    message: discord.Message, *, embed: discord.Embed, view: discord.ui.View | None = None
) -> discord.Message:
    return await message.reply(
        embed=embed,
        view=view or discord.utils.MISSING,
        mention_author=False,
        allowed_mentions=NO_MENTIONS,
    )
