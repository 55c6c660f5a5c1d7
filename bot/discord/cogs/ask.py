"""Asking: /ask, the "Ask the story" message command, mentions, follow-up replies, and the
buttons under every answer (more context, votes, misquote reports)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import (
    check_access,
    check_question_channel,
    question_channel_id,
    spend_public_reply,
)
from bot.discord.errors import (
    APOLOGY,
    NO_MENTIONS,
    OnCooldown,
    friendly_message,
    send_private_notice,
)
from bot.discord.permissions import Access
from bot.discord.views import PassageChoice, answer_view
from bot.engine import Answer, AskSource, QueryLogEntry
from bot.errors import QuestionError, StorageError, StoryBotError
from bot.frontend import present
from bot.frontend.answers import (
    CONTEXT_RADIUS,
    AnswerGone,
    ShownPassage,
    context_targets,
    shown_passages,
)
from bot.frontend.conversation import follow_up, turn_of, turns_or_answer
from bot.storage import ConversationTurn, MisquoteReport, StoredAnswer

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

log = logging.getLogger(__name__)

DM_POINTER_EVERY = 60.0  # seconds between two pointers to the same person in direct messages
DEFER_AFTER = 1.5  # seconds: Discord wants a first response within 3
STORE_WAIT = 2.0  # seconds a click waits for its answer to be stored (the buttons came first)
HINT = "Ask me something about the story, for example: what did Bukele say about Garcia?"
DIRECT_MESSAGE = (
    "I answer questions about the story in servers: use `/ask` or mention me in a channel "
    "where I answer."
)


class AskCog(commands.Cog):
    """Questions in, quotes out."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Ask the story", callback=self.ask_menu)
        self.menu.guild_only = True
        bot.answer_actions = self
        self._being_stored: dict[int, asyncio.Future[None]] = {}  # see _being_stored_as

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    # -- slash command and message command -----------------------------------------------------

    @app_commands.command(name="ask")
    @app_commands.guild_only()
    @app_commands.describe(question="What do you want to know about the story?")
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]
    ) -> None:
        """Ask the story a question: the answer quotes it word for word, with who said it."""
        await self._answer_interaction(interaction, question)

    async def ask_menu(self, interaction: discord.Interaction, message: discord.Message) -> None:
        question = _without_mentions(message.content, self.bot.user)
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
        view = answer_view(interaction.id, with_passages=answer.answered)

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

    # -- mentions and follow-ups ---------------------------------------------------------------

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
                await _reply(message, embed=render.notice_embed(text, error=True))
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
            await _reply(message, embed=render.notice_embed(DIRECT_MESSAGE))
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
        question = _without_mentions(message.content, self.bot.user)
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
                await _reply(message, embed=render.notice_embed(notice, error=True))
            return
        if not question:
            await _reply(message, embed=render.notice_embed(HINT))
            return
        turns: list[ConversationTurn] = []
        if conversation is not None:
            turns = await self._turns(conversation)
        source = AskSource("discord", message.guild.id, message.channel.id, message.author.id)
        answer, entry = await self.bot.service.answer(
            question, source=source, follow_up=follow_up(turns)
        )
        view = answer_view(message.id, with_passages=answer.answered)
        thread = [message.channel.id] if isinstance(message.channel, discord.Thread) else []

        async def send() -> int:
            return (await _reply(message, embed=render.answer_embed(answer), view=view)).id

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
            await _reply(message, embed=render.notice_embed(undelivered_text(error), error=True))
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

    # -- buttons under answers (views.AnswerActions) -------------------------------------------

    async def _stored(self, interaction: discord.Interaction, button_id: int) -> StoredAnswer:
        """The answer under the buttons named `button_id`; a click that comes before the
        answer is stored (the buttons go out with it) waits for it."""
        await check_access(interaction, Access.MEMBER)
        await self._stored_first(button_id)
        stored = await self.bot.database.answers.named_by_buttons(button_id)
        if stored is None:
            raise AnswerGone()
        return stored

    async def more_context(self, interaction: discord.Interaction, button_id: int) -> None:
        stored = await self._stored(interaction, button_id)
        shown = context_targets(stored, self.bot.service.stories())
        if not shown:
            raise StoryBotError("Those passages are no longer in the indexed stories.")
        embeds = render.context_embeds(
            [
                (story, self.bot.service.context(story.id, paragraph, CONTEXT_RADIUS), paragraph)
                for story, paragraph in shown
            ]
        )
        await interaction.response.send_message(
            embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def vote(self, interaction: discord.Interaction, button_id: int, up: bool) -> None:
        stored = await self._stored(interaction, button_id)
        votes = self.bot.database.votes
        changed = await votes.cast(
            stored.message_id, interaction.user.id, 1 if up else -1, guild_id=stored.guild_id
        )
        counts = await votes.counts(stored.message_id)
        text = present.vote_text(up, changed, counts)
        await interaction.response.send_message(
            embed=render.notice_embed(text), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def report_misquote(self, interaction: discord.Interaction, button_id: int) -> None:
        stored = await self._stored(interaction, button_id)
        passages = self._shown_passages(stored)
        if not passages:
            raise StoryBotError("That answer quoted no passage.")
        if len(passages) == 1:
            await interaction.response.defer(ephemeral=True, thinking=True)
            text = await self._file_report(interaction, stored, passages[0])
            await interaction.edit_original_response(
                embed=render.notice_embed(text), allowed_mentions=NO_MENTIONS
            )
            return

        async def chosen(choice: discord.Interaction, index: int) -> None:
            await check_access(choice, Access.MEMBER)
            text = await self._file_report(choice, stored, passages[index])
            await choice.response.edit_message(
                content=None,
                embed=render.notice_embed(text),
                view=None,
                allowed_mentions=NO_MENTIONS,
            )

        labels = [f"{p.document}, paragraph {p.paragraph}: {p.text}" for p in passages]
        view = PassageChoice(interaction.user.id, labels, chosen)
        view.interaction = interaction
        await interaction.response.send_message(
            "Which passage is misquoted or attributed to the wrong person?",
            view=view,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    def _shown_passages(self, stored: StoredAnswer) -> list[ShownPassage]:
        return shown_passages(stored, self.bot.service.stories())

    async def _file_report(
        self, interaction: discord.Interaction, stored: StoredAnswer, passage: ShownPassage
    ) -> str:
        """Store the report and post it to the log channel; the words for the reporter."""
        await self.bot.database.misquotes.add(
            MisquoteReport(
                at=self.bot.clock(),
                guild_id=stored.guild_id,
                channel_id=stored.channel_id,
                user_id=interaction.user.id,
                answer_message_id=stored.message_id,
                question=stored.question,
                story_id=passage.document,
                paragraph=passage.paragraph,
                passage_text=passage.text,
            )
        )
        settings = await self.bot.guild_settings_for(interaction.guild_id)
        channel = self.bot.get_channel(settings.log_channel_id) if settings.log_channel_id else None
        if not isinstance(channel, discord.abc.Messageable):
            return "Thanks: your report is stored for the moderators (no log channel is set)."
        jump = (
            f"https://discord.com/channels/{stored.guild_id}/{stored.channel_id}/{stored.message_id}"
            if stored.guild_id and stored.channel_id
            else None
        )
        embed = render.misquote_embed(stored.question, [passage], interaction.user.mention, jump)
        try:
            await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.warning("could not post a misquote report to %s", channel, exc_info=True)
            return "Thanks: your report is stored; I could not post it to the log channel."
        return "Thanks: the moderators have your report."


def undelivered_text(error: discord.HTTPException) -> str:
    return (
        "I found an answer to your question but could not deliver it: Discord answered "
        f"{error.status} when I sent it. Your question is logged; please ask again in a moment."
    )


def _without_mentions(content: str, me: discord.ClientUser | None) -> str:
    if me is None:
        return content.strip()
    return re.sub(rf"<@!?{me.id}>", " ", content).strip()


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


async def _reply(
    message: discord.Message, *, embed: discord.Embed, view: discord.ui.View | None = None
) -> discord.Message:
    return await message.reply(
        embed=embed,
        view=view or discord.utils.MISSING,
        mention_author=False,
        allowed_mentions=NO_MENTIONS,
    )
