"""/ask and the "Ask the story" message command: answered through the interaction."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from bot.discord import render
from bot.discord.checks import check_question_channel, spend_public_reply
from bot.discord.cogs.ask.base import AskBase, undelivered_text, without_mentions
from bot.discord.cogs.ask.buttons import answer_view
from bot.discord.errors import NO_MENTIONS, send_private_notice
from bot.engine import Answer, AskSource
from bot.errors import QuestionError

log = logging.getLogger(__name__)

DEFER_AFTER = 1.5  # seconds: Discord wants a first response within 3


class SlashCommands(AskBase):
    """Answering through an interaction: /ask (declared on `AskCog`) and the message command."""

    async def ask_menu(self, interaction: discord.Interaction, message: discord.Message) -> None:
        question = without_mentions(message.content, self.bot.user)
        if not question:
            raise QuestionError("That message has no text I can ask the story about.")
        await self._answer_interaction(interaction, question)

    async def _answer_interaction(self, interaction: discord.Interaction, question: str) -> None:
        spend_public_reply(interaction, await check_question_channel(interaction))
        assert interaction.guild_id is not None
        source = AskSource(
            "discord", interaction.guild_id, interaction.channel_id, interaction.user.id
        )
        service = self.bot.service
        task = asyncio.ensure_future(service.answer(question, source=source))
        done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
        try:
            if not done:
                await interaction.response.defer(thinking=True)
            answer, entry = await task
        except discord.HTTPException as exc:  # discord.py has retried what Discord allows
            with contextlib.suppress(Exception):  # the question is answered and logged all the same
                await service.log((await task)[1])
            await self._undelivered_interaction(interaction, exc)
            return
        view = answer_view(interaction.id, with_passages=bool(answer.passages))

        async def send() -> int | None:
            message = await _send_answer(interaction, answer, view)
            try:
                if message is None:
                    message = await interaction.original_response()
            except discord.HTTPException:  # the member has the answer all the same
                log.warning("answered interaction %s but lost its message", interaction.id)
                return None
            return message.id

        await self._deliver(
            interaction.id,
            entry,
            send,
            lambda error: self._undelivered_interaction(interaction, error),
            lambda message_id: self._remember(message_id, interaction.id, answer, source, []),
        )

    async def _undelivered_interaction(
        self, interaction: discord.Interaction, error: discord.HTTPException
    ) -> None:
        """Tell the member their answer was lost: through the interaction if it still takes a
        message (an ephemeral follow-up once it has a response), else in the channel."""
        log.warning(
            "could not deliver the answer to interaction %s from user %s (the question is in "
            "the query log): %s",
            interaction.id,
            interaction.user.id,
            error,
        )
        embed = render.notice_embed(undelivered_text(error), error=True)
        try:
            await send_private_notice(interaction, embed)
            return
        except discord.HTTPException:
            pass  # the interaction takes no more messages: try the channel
        channel = interaction.channel
        try:
            if not isinstance(channel, discord.abc.Messageable):
                raise TypeError(f"cannot post in {channel!r}")
            await channel.send(interaction.user.mention, embed=embed, allowed_mentions=NO_MENTIONS)
        except (discord.HTTPException, TypeError):
            log.warning(
                "could not tell user %s that the answer to interaction %s was not delivered",
                interaction.user.id,
                interaction.id,
                exc_info=True,
            )


async def _send_answer(
    interaction: discord.Interaction, answer: Answer, view: discord.ui.View
) -> discord.InteractionMessage | None:
    """Send the answer and its buttons as the interaction's response (or edit them in after a
    deferral); the message sent, when Discord's callback response carries it (it does: no
    extra GET)."""
    embed = render.answer_embed(answer)
    if interaction.response.is_done():
        return await interaction.edit_original_response(
            embed=embed, view=view, allowed_mentions=NO_MENTIONS
        )
    callback = await interaction.response.send_message(
        embed=embed, view=view, allowed_mentions=NO_MENTIONS
    )
    resource = callback.resource
    return resource if isinstance(resource, discord.InteractionMessage) else None
