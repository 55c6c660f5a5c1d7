"""Asking in Slack: mentions (answered in a thread), /ask (answered in the channel), the "Ask
the story" message shortcut, and follow-ups in the bot's threads.

Every listener acknowledges first and does the slow work after: Slack wants an answer to a
command, a click or an event within three seconds, and the engine answers off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.engine import AskSource
from bot.frontend.conversation import follow_up
from bot.slack import render
from bot.slack.answerbook import AnswerBook, Asked
from bot.slack.errors import ChannelNotAllowed, OnCooldown, friendly_message
from bot.slack.replies import Reply, ephemeral
from bot.storage import WorkspaceSettings

if TYPE_CHECKING:
    from bot.slack.app import SlackBot

log = logging.getLogger(__name__)

NO_TEXT = "That message has no text I can ask the story about."
HINT = "Ask me something about the story, for example: what did Bukele say about Garcia?"
SHORTCUT = "storybot:ask_the_story"
DIRECT_MESSAGE = (
    "I answer questions about the story in channels: use `/ask` or mention me in a channel "
    "where I am."
)
DM_POINTER_EVERY = 60.0  # seconds between two pointers to the same person


def _error_code(error: Exception) -> str:
    """Slack's error code for a refused call; the kind of failure for a lost connection."""
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or error.response.status_code)
    return "no connection" if isinstance(error, aiohttp.ClientError) else "timeout"


class Asking:
    def __init__(self, bot: SlackBot, book: AnswerBook) -> None:
        self.bot = bot
        self.book = book

    def register(self, app: AsyncApp) -> None:
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.command("/ask")(self.on_ask)
        app.shortcut(SHORTCUT)(self.on_shortcut)

    # -- questions -----------------------------------------------------------------------------

    async def on_mention(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """A mention is answered in a thread under it (or in the thread it was asked in)."""
        team_id = str(body.get("team_id") or event.get("team") or "")
        channel, user, ts = event["channel"], event.get("user"), event["ts"]
        if not user:
            return
        thread_ts = event.get("thread_ts")
        asked = Asked(
            team_id=team_id,
            channel_id=channel,
            user_id=user,
            question=self.bot.without_mentions(event.get("text") or ""),
            ref=f"{channel}/{ts}",
            thread_ts=thread_ts or ts,
            conversation_ts=thread_ts,
        )
        await self._answer_event(asked)

    async def on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        """A message in a thread where the bot answered continues that conversation; a direct
        message gets a pointer to where the bot answers."""
        thread_ts = event.get("thread_ts")
        user = event.get("user")
        text = event.get("text") or ""
        if event.get("subtype") or event.get("bot_id") or not user:
            return
        if event.get("channel_type") == "im":
            await self._point_to_channels(event["channel"], user)
            return
        if not thread_ts:
            return
        if self.bot.mentions_me(text):
            return  # the app_mention event answers it
        channel = event["channel"]
        await self.book.stored_first(f"{channel}/{thread_ts}")  # a reply quicker than the store
        if not await self.book.turns(channel, thread_ts):
            await self.book.stored_first(f"{channel}/*")  # an answer not yet known by its message
            if not await self.book.turns(channel, thread_ts):
                return  # not a thread the bot answered in
        asked = Asked(
            team_id=str(body.get("team_id") or event.get("team") or ""),
            channel_id=channel,
            user_id=user,
            question=text.strip(),
            ref=f"{channel}/{event['ts']}",
            thread_ts=thread_ts,
            conversation_ts=thread_ts,
        )
        await self._answer_event(asked)

    async def _point_to_channels(self, channel: str, user: str) -> None:
        """Questions are answered in channels, where moderators choose where the bot talks
        and see what is asked; a direct message gets a pointer there (once a minute at most:
        one per message would let anyone make the bot talk without end)."""
        if not self.bot.cooldowns.hit(("dm", user), interval=DM_POINTER_EVERY, burst=1).allowed:
            return
        try:
            await self.bot.client.chat_postMessage(
                channel=channel, text=DIRECT_MESSAGE, blocks=render.notice(DIRECT_MESSAGE)
            )
        except SlackApiError as exc:
            log.warning("could not answer a direct message: %s", exc.response.get("error"))

    async def on_shortcut(self, ack: AsyncAck, shortcut: dict[str, Any]) -> None:
        """ "Ask the story" on a message asks its text; the answer goes in its thread."""
        await ack()
        message = shortcut.get("message") or {}
        channel = (shortcut.get("channel") or {}).get("id", "")
        user = (shortcut.get("user") or {}).get("id", "")
        ts = message.get("ts", "")
        asked = Asked(
            team_id=str((shortcut.get("team") or {}).get("id", "")),
            channel_id=channel,
            user_id=user,
            question=self.bot.without_mentions(message.get("text") or ""),
            ref=f"{channel}/{ts}/{shortcut.get('trigger_id', '')}",
            thread_ts=message.get("thread_ts") or ts,
            conversation_ts=message.get("thread_ts"),
        )
        if not asked.question:
            await self._tell_in_channel(asked, NO_TEXT)
            return
        await self._answer_event(asked)

    async def on_ask(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """/ask QUESTION: the answer is for everyone in the channel; problems only for the asker."""
        await ack()
        channel = command["channel_id"]
        asked = Asked(
            team_id=command["team_id"],
            channel_id=channel,
            user_id=command["user_id"],
            question=(command.get("text") or "").strip(),
            ref=f"{channel}/ask/{command.get('trigger_id', '')}",
            thread_ts=None,
            conversation_ts=None,
        )

        tell = ephemeral(respond)
        if not asked.question:
            await tell("Ask what? For example: `/ask what did Bukele say about Garcia?`")
            return
        await self._answer(asked, tell, command_respond=respond)

    async def _answer_event(self, asked: Asked) -> None:
        settings = await self.bot.workspace(asked.team_id)
        if not settings.allows_channel(asked.channel_id):
            return  # mentions elsewhere are ignored: moderators chose where the bot talks
        if await self.book.answered_before(asked.ref):
            # Slack delivered this message's event again after a restart (the event ids the
            # bot remembers do not survive one): its answer is already in the thread.
            log.info("%s was answered before; not answering it again", asked.ref)
            return

        async def tell(text: str, blocks: render.Blocks | None = None) -> None:
            await self._tell_in_channel(asked, text)

        if not asked.question:
            verdict = self.bot.spend_public_reply(asked.team_id, asked.user_id, settings)
            if verdict.allowed:
                await self._post(asked, render.notice(HINT), HINT)
            elif verdict.notify:
                await tell(friendly_message(OnCooldown(verdict.retry_after)))
            return
        await self._answer(asked, tell)

    async def _answer(
        self, asked: Asked, tell: Reply, command_respond: AsyncRespond | None = None
    ) -> None:
        """Answer `asked`, telling the asker (`tell`) what went wrong. `command_respond`: the
        /ask command's response URL (None for a message), which always gets a reply and
        carries the answer where the bot may not post."""
        try:
            settings = await self._check_channel(asked)
            verdict = self.bot.spend_public_reply(asked.team_id, asked.user_id, settings)
            if not verdict.allowed:
                # A command always gets its answer; mentions one notice per wait, however
                # many come.
                if verdict.notify or command_respond is not None:
                    await tell(friendly_message(OnCooldown(verdict.retry_after)))
                return
            turns = await self.book.turns(asked.channel_id, asked.conversation_ts)
            team, channel, user = await self.bot.keys(
                asked.team_id, asked.channel_id, asked.user_id
            )
            source = AskSource("slack", team, channel, user)
            answer, entry = await self.bot.service.answer(
                asked.question, source=source, follow_up=follow_up(turns)
            )
        except Exception as exc:
            await tell(friendly_message(exc))
            return
        blocks = render.answer_blocks(answer, asked.ref)
        text = render.answer_fallback(answer)
        thread = f"{asked.channel_id}/{asked.thread_ts}" if asked.thread_ts else None
        # The channel's name too: until Slack says which message an /ask answer became, a
        # reply in its thread cannot name it.
        with self.book.being_stored_as(asked.ref, thread, f"{asked.channel_id}/*"):
            try:
                answer_ts = await self._post(asked, blocks, text)
            except (SlackApiError, aiohttp.ClientError, TimeoutError) as exc:
                code = _error_code(exc)
                if command_respond is None or code != "not_in_channel":
                    await self.bot.service.log(entry)
                    await self._undelivered(asked, tell, code)
                    return
                # /ask in a channel the bot was not invited to: answer through the command.
                await command_respond(
                    text=text, blocks=blocks, response_type="in_channel", replace_original=False
                )
                answer_ts = None
            # A reply in the thread under the answer (an /ask answer's own) waits too.
            under = f"{asked.channel_id}/{answer_ts}" if answer_ts else None
            with self.book.being_stored_as(under):
                await asyncio.gather(
                    self.bot.service.log(entry), self.book.remember(asked, answer, answer_ts)
                )

    async def _check_channel(self, asked: Asked) -> WorkspaceSettings:
        settings = await self.bot.workspace(asked.team_id)
        if not settings.allows_channel(asked.channel_id):
            raise ChannelNotAllowed(settings.allowed_channel_ids)
        return settings

    async def _post(self, asked: Asked, blocks: render.Blocks, text: str) -> str:
        response = await self.bot.client.chat_postMessage(
            channel=asked.channel_id,
            thread_ts=asked.thread_ts,
            text=text,
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    async def _tell_in_channel(self, asked: Asked, text: str) -> None:
        """An ephemeral notice to the asker where they asked."""
        try:
            await self.bot.client.chat_postEphemeral(
                channel=asked.channel_id,
                user=asked.user_id,
                thread_ts=asked.thread_ts,
                text=text,
                blocks=render.notice(text),
            )
        except SlackApiError as exc:
            log.warning("could not tell user %s: %s", asked.user_id, exc.response.get("error"))

    async def _undelivered(self, asked: Asked, tell: Reply, code: str) -> None:
        log.warning(
            "could not deliver the answer to %s from user %s (the question is in the query "
            "log): %s",
            asked.ref,
            asked.user_id,
            code,
        )
        await tell(
            f"I found an answer to your question but could not deliver it: Slack answered "
            f"`{render.escape(code)}` when I sent it. Your question is logged; please ask "
            "again in a moment."
        )
