"""The answers the Slack bot has sent, kept so that their buttons and the follow-ups in their
threads work (after a restart too), and a click or a reply that comes before an answer is
stored waits for it.

Slack names a message by its channel and `ts`; storage keys those strings through
`Database.external_ids`. An answer's buttons carry what asked it (`Asked.ref`), known before the
answer is posted; a thread is named by its channel and its first message's `ts`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.engine import Answer
from bot.errors import StorageError
from bot.frontend.answers import AnswerGone
from bot.frontend.conversation import turn_of
from bot.storage import ConversationTurn, StoredAnswer

if TYPE_CHECKING:
    from bot.slack.app import SlackBot

log = logging.getLogger(__name__)

STORE_WAIT = 2.0  # seconds a click or reply waits for its answer to be stored


@dataclass(frozen=True)
class Asked:
    """A question, who asked it where, and where its answer goes."""

    team_id: str
    channel_id: str
    user_id: str
    question: str
    ref: str  # what asked (a message, a command): the answer's buttons carry it
    thread_ts: str | None  # the thread to answer in; None: the channel itself
    conversation_ts: str | None  # the thread whose earlier turns this question continues


class AnswerBook:
    def __init__(self, bot: SlackBot) -> None:
        self._bot = bot
        self._being_stored: dict[str, set[asyncio.Event]] = {}

    async def turns(self, channel: str, thread_ts: str | None) -> list[ConversationTurn]:
        if thread_ts is None:
            return []
        key = await self._bot.database.external_ids.existing_key("slack", f"{channel}/{thread_ts}")
        if key is None:
            return []
        return await self._bot.database.conversations.last(
            key, self._bot.settings.slack.conversation_turns
        )

    async def remember(
        self,
        asked: Asked,
        answer: Answer,
        answer_ts: str | None,
    ) -> None:
        """Keep a delivered answer for its buttons, and its turn for follow-ups in its thread."""
        bot = self._bot
        now = bot.clock()
        turn = turn_of(answer, now)
        # Follow-ups in the answer's thread continue from here (earlier turns are already
        # there): the thread it was posted in, or the thread under it (an /ask answer).
        channel = asked.channel_id
        thread_ts = asked.thread_ts or answer_ts
        message = f"{channel}/{answer_ts}" if answer_ts else asked.ref
        thread = f"{channel}/{thread_ts}" if thread_ts else asked.ref
        try:
            asked_key, message_key, thread_key, team, channel_key, user = await bot.keys(
                asked.ref, message, thread, asked.team_id, channel, asked.user_id
            )
            turns = [(thread_key, turn)] if thread_ts else []
            await bot.database.answers.save(
                StoredAnswer(
                    message_id=message_key,
                    asked_id=asked_key,
                    guild_id=team,
                    channel_id=channel_key,
                    user_id=user,
                    question=answer.question,
                    shown=tuple((p.story_id, p.paragraph) for p in answer.passages),
                    shown_texts=tuple(p.text for p in answer.passages),
                    created_at=now,
                ),
                turns,
            )
        except StorageError:  # the member has the answer; its buttons will say it is gone
            log.warning("answered %s but could not store it", asked.ref, exc_info=True)

    @contextlib.contextmanager
    def being_stored_as(self, *refs: str | None) -> Iterator[None]:
        """Within this block an answer is out (or going out) but not stored yet. A click on
        its buttons (named by what asked) or a reply in its thread that comes now waits for
        the block to end (`_stored_first`)."""
        done = asyncio.Event()
        named = [ref for ref in refs if ref]
        for ref in named:
            self._being_stored.setdefault(ref, set()).add(done)
        try:
            yield
        finally:
            for ref in named:
                waiting = self._being_stored.get(ref, set())
                waiting.discard(done)
                if not waiting:
                    self._being_stored.pop(ref, None)
            done.set()

    async def stored_first(self, ref: str) -> None:
        """Wait (a little at most) for the answers named `ref` being stored now."""
        waiting = list(self._being_stored.get(ref, ()))
        if waiting:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*(e.wait() for e in waiting)), STORE_WAIT)

    async def answered_before(self, ref: str) -> bool:
        key = await self._bot.database.external_ids.existing_key("slack", ref)
        return (
            key is not None and await self._bot.database.answers.named_by_buttons(key) is not None
        )

    async def stored(self, ref: str) -> StoredAnswer:
        await self.stored_first(ref)
        key = await self._bot.database.external_ids.existing_key("slack", ref)
        stored = await self._bot.database.answers.named_by_buttons(key) if key else None
        if stored is None:
            raise AnswerGone()
        return stored
