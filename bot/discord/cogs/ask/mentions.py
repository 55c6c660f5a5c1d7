"""Mentions, follow-up replies (to an answer, or in a thread started from one) and direct
messages: answered in the channel."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import question_channel_id
from bot.discord.cogs.ask.base import AskBase, reply, undelivered_text, without_mentions
from bot.discord.cogs.ask.buttons import answer_view
from bot.discord.errors import APOLOGY, OnCooldown, friendly_message
from bot.engine import AskSource
from bot.frontend.conversation import follow_up, turns_or_answer
from bot.storage import ConversationTurn

log = logging.getLogger(__name__)

DM_POINTER_EVERY = 60.0  # seconds between two pointers to the same person in direct messages
HINT = "Ask me something about the story, for example: what did Bukele say about Garcia?"
DIRECT_MESSAGE = (
    "I answer questions about the story in servers: use `/ask` or mention me in a channel "
    "where I answer."
)


class Mentions(AskBase):
    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.bot.user is None:
            return
        if message.guild is None:
            await self._point_to_servers(message)
            return
        try:
            await self._answer_message(message)
        except Exception as exc:
            text = friendly_message(exc)
            if text is None:
                log.error("unexpected error answering message %s", message.id, exc_info=exc)
                text = APOLOGY
            try:
                await reply(message, embed=render.notice_embed(text, error=True))
            except discord.HTTPException:
                log.warning("could not tell %s about an error", message.author.id, exc_info=True)

    async def _point_to_servers(self, message: discord.Message) -> None:
        """A direct message gets a pointer to where the bot answers: in servers, where
        moderators choose the channels and see the questions. Once per cooldown: a pointer
        repeated to every message would be a flood of its own."""
        verdict = self.bot.cooldowns.hit(
            ("direct", message.author.id), interval=DM_POINTER_EVERY, burst=1
        )
        if not verdict.allowed:
            return
        try:
            await reply(message, embed=render.notice_embed(DIRECT_MESSAGE))
        except discord.HTTPException:
            log.warning("could not answer a direct message from %s", message.author.id)

    async def _answer_message(self, message: discord.Message) -> None:
        assert message.guild is not None and self.bot.user is not None
        conversation = await self._conversation_of(message)
        if conversation is None and self.bot.user not in message.mentions:
            return
        settings = await self.bot.database.guild_settings.get(message.guild.id)
        channel_id = question_channel_id(message.channel, message.channel.id)
        if channel_id is not None and not settings.allows_channel(channel_id):
            return  # mentions elsewhere are ignored: moderators chose where the bot talks
        question = without_mentions(message.content, self.bot.user)
        if not question and conversation is not None:
            return  # a reply in a conversation without words: nothing to answer, no hint
        verdict = self.bot.cooldowns.hit(
            (message.guild.id, message.author.id),
            interval=settings.cooldown_seconds,
            burst=settings.cooldown_burst,
        )
        if not verdict.allowed:
            if verdict.notify:  # one public notice per wait, however many mentions come
                notice = str(OnCooldown(verdict.retry_after))
                await reply(message, embed=render.notice_embed(notice, error=True))
            return
        if not question:
            await reply(message, embed=render.notice_embed(HINT))
            return
        turns: list[ConversationTurn] = []
        if conversation is not None:
            turns = await self._turns(conversation)
        source = AskSource("discord", message.guild.id, message.channel.id, message.author.id)
        answer, entry = await self.bot.service.answer(
            question, source=source, follow_up=follow_up(turns)
        )
        view = answer_view(message.id, with_passages=bool(answer.passages))
        thread = [message.channel.id] if isinstance(message.channel, discord.Thread) else []

        async def send() -> int:
            return (await reply(message, embed=render.answer_embed(answer), view=view)).id

        await self._deliver(
            message.id,
            entry,
            send,
            lambda error: self._undelivered_message(message, error),
            lambda sent_id: self._remember(sent_id, message.id, answer, source, turns, thread),
        )

    async def _undelivered_message(
        self, message: discord.Message, error: discord.HTTPException
    ) -> None:
        log.warning(
            "could not deliver the answer to message %s from user %s (the question is in the "
            "query log): %s",
            message.id,
            message.author.id,
            error,
        )
        try:
            await reply(message, embed=render.notice_embed(undelivered_text(error), error=True))
        except discord.HTTPException:
            log.warning(
                "could not tell user %s that the answer to message %s was not delivered",
                message.author.id,
                message.id,
                exc_info=True,
            )

    async def _conversation_of(self, message: discord.Message) -> int | None:
        """The conversation a message continues: a reply to an answer, or a thread from one."""
        answers = self.bot.database.answers
        replied_to = message.reference.message_id if message.reference else None
        thread = message.channel if isinstance(message.channel, discord.Thread) else None
        for answer_id in (replied_to, thread.id if thread else None):
            if answer_id is not None:
                await self._stored_first(answer_id)  # a reply quicker than the store
                if await answers.get(answer_id) is not None:
                    return answer_id
        return None

    async def _turns(self, conversation_id: int) -> list[ConversationTurn]:
        database = self.bot.database
        turns = await database.conversations.last(
            conversation_id, self.bot.config.conversation_turns
        )
        stored = None if turns else await database.answers.get(conversation_id)
        return turns_or_answer(turns, stored)
