"""Asking in Slack: mentions (answered in a thread), /ask (answered in the channel), the "Ask
the story" message shortcut, follow-ups in the bot's threads, and the buttons under answers
(more context, votes, the misquote modal).

Every listener acknowledges first and does the slow work after: Slack wants an answer to a
command, a click or an event within three seconds, and the engine answers off the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.engine.answer import Answer
from bot.engine.service import AskSource
from bot.errors import StorageError, StoryBotError
from bot.frontend import present
from bot.frontend.access import Access
from bot.frontend.answers import context_targets, shown_passages
from bot.frontend.conversation import follow_up, turn_of
from bot.slack import render
from bot.slack.errors import ChannelNotAllowed, friendly_message
from bot.slack.replies import Reply, ephemeral
from bot.storage import ConversationTurn, MisquoteReport, StoredAnswer, WorkspaceSettings

if TYPE_CHECKING:
    from bot.slack.app import SlackBot

log = logging.getLogger(__name__)

NO_TEXT = "That message has no text I can ask the story about."
HINT = "Ask me something about the story, for example: what did Bukele say about Garcia?"
STORE_WAIT = 2.0  # seconds a click waits for its answer to be stored (the buttons came first)
ANSWER_BUTTON = re.compile(r"^storybot:(context|vote:up|vote:down|misquote)$")
SHORTCUT = "storybot:ask_the_story"


class AnswerGone(StoryBotError):
    def __init__(self) -> None:
        super().__init__("I no longer have that answer; please ask again.")


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


def _error_code(error: Exception) -> str:
    """Slack's error code for a refused call; the kind of failure for a lost connection."""
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or error.response.status_code)
    return "no connection" if isinstance(error, aiohttp.ClientError) else "timeout"


class Asking:
    def __init__(self, bot: SlackBot) -> None:
        self.bot = bot
        self._being_stored: dict[str, set[asyncio.Event]] = {}

    def register(self, app: AsyncApp) -> None:
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.command("/ask")(self.on_ask)
        app.shortcut(SHORTCUT)(self.on_shortcut)
        app.action(ANSWER_BUTTON)(self.on_answer_button)
        app.view(render.MISQUOTE_CALLBACK)(self.on_misquote_submitted)

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
        """A message in a thread where the bot answered continues that conversation."""
        thread_ts = event.get("thread_ts")
        user = event.get("user")
        text = event.get("text") or ""
        if event.get("subtype") or event.get("bot_id") or not thread_ts or not user:
            return
        if self.bot.mentions_me(text):
            return  # the app_mention event answers it
        channel = event["channel"]
        await self._stored_first(f"{channel}/{thread_ts}")  # a reply quicker than the store
        if not await self._turns(channel, thread_ts):
            await self._stored_first(f"{channel}/*")  # an answer not yet known by its message
            if not await self._turns(channel, thread_ts):
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
        await self._answer(asked, tell, in_channel_fallback=respond)

    async def _answer_event(self, asked: Asked) -> None:
        settings = await self.bot.workspace(asked.team_id)
        if not settings.allows_channel(asked.channel_id):
            return  # mentions elsewhere are ignored: moderators chose where the bot talks
        if await self._answered_before(asked.ref):
            # Slack delivered this message's event again after a restart (the event ids the
            # bot remembers do not survive one): its answer is already in the thread.
            log.info("%s was answered before; not answering it again", asked.ref)
            return
        if not asked.question:
            await self._post(asked, render.notice(HINT), HINT)
            return

        async def tell(text: str, blocks: render.Blocks | None = None) -> None:
            await self._tell_in_channel(asked, text)

        await self._answer(asked, tell)

    async def _answer(
        self, asked: Asked, tell: Reply, in_channel_fallback: AsyncRespond | None = None
    ) -> None:
        try:
            settings = await self._check_channel(asked)
            self.bot.cooldowns.hit(asked.team_id, asked.user_id, settings.cooldown_seconds)
            turns = await self._turns(asked.channel_id, asked.conversation_ts)
            source = AskSource(
                "slack",
                await self.bot.key(asked.team_id),
                await self.bot.key(asked.channel_id),
                await self.bot.key(asked.user_id),
            )
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
        with self._being_stored_as(asked.ref, thread, f"{asked.channel_id}/*"):
            try:
                answer_ts = await self._post(asked, blocks, text)
            except (SlackApiError, aiohttp.ClientError, TimeoutError) as exc:
                code = _error_code(exc)
                if in_channel_fallback is None or code != "not_in_channel":
                    await self.bot.service.log(entry)
                    await self._undelivered(asked, tell, code)
                    return
                # /ask in a channel the bot was not invited to: answer through the command.
                await in_channel_fallback(
                    text=text, blocks=blocks, response_type="in_channel", replace_original=False
                )
                answer_ts = None
            # A reply in the thread under the answer (an /ask answer's own) waits too.
            under = f"{asked.channel_id}/{answer_ts}" if answer_ts else None
            with self._being_stored_as(under):
                await asyncio.gather(
                    self.bot.service.log(entry), self._remember(asked, answer, answer_ts, turns)
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

    # -- storage of answers and conversations --------------------------------------------------

    async def _turns(self, channel: str, thread_ts: str | None) -> list[ConversationTurn]:
        if thread_ts is None:
            return []
        key = await self.bot.database.external_ids.existing_key("slack", f"{channel}/{thread_ts}")
        if key is None:
            return []
        return await self.bot.database.conversations.last(
            key, self.bot.settings.slack.conversation_turns
        )

    async def _remember(
        self,
        asked: Asked,
        answer: Answer,
        answer_ts: str | None,
        earlier: list[ConversationTurn],
    ) -> None:
        """Keep a delivered answer for its buttons, and its turn for follow-ups in its thread."""
        bot = self.bot
        now = bot.clock()
        turn = turn_of(answer, bot.service.people(), now)
        asked_key = await bot.key(asked.ref)
        message_key = await bot.key(f"{asked.channel_id}/{answer_ts}") if answer_ts else asked_key
        # Follow-ups in the answer's thread continue from here (earlier turns are already
        # there): the thread it was posted in, or the thread under it (an /ask answer).
        thread_ts = asked.thread_ts or answer_ts
        turns: list[tuple[int, ConversationTurn]] = []
        if thread_ts is not None:
            turns.append((await bot.key(f"{asked.channel_id}/{thread_ts}"), turn))
        try:
            await bot.database.answers.save(
                StoredAnswer(
                    message_id=message_key,
                    asked_id=asked_key,
                    guild_id=await bot.key(asked.team_id),
                    channel_id=await bot.key(asked.channel_id),
                    user_id=await bot.key(asked.user_id),
                    question=answer.question,
                    shown=tuple((p.document, p.paragraph) for p in answer.passages),
                    shown_texts=tuple(p.text for p in answer.passages),
                    created_at=now,
                ),
                turns,
            )
        except StorageError:  # the member has the answer; its buttons will say it is gone
            log.warning("answered %s but could not store it", asked.ref, exc_info=True)

    @contextlib.contextmanager
    def _being_stored_as(self, *refs: str | None) -> Iterator[None]:
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

    async def _stored_first(self, ref: str) -> None:
        """Wait (a little at most) for the answers named `ref` being stored now."""
        waiting = list(self._being_stored.get(ref, ()))
        if waiting:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*(e.wait() for e in waiting)), STORE_WAIT)

    async def _answered_before(self, ref: str) -> bool:
        key = await self.bot.database.external_ids.existing_key("slack", ref)
        return key is not None and await self.bot.database.answers.named_by_buttons(key) is not None

    async def _stored(self, ref: str) -> StoredAnswer:
        await self._stored_first(ref)
        key = await self.bot.database.external_ids.existing_key("slack", ref)
        stored = await self.bot.database.answers.named_by_buttons(key) if key else None
        if stored is None:
            raise AnswerGone()
        return stored

    # -- buttons under answers -----------------------------------------------------------------

    async def on_answer_button(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id") or body["user"].get("team_id", "")

        tell = ephemeral(respond)
        try:
            await self.bot.require(team, user, Access.MEMBER)
            stored = await self._stored(action.get("value") or "")
            kind = action["action_id"].removeprefix("storybot:")
            if kind == "context":
                await self._more_context(stored, tell)
            elif kind == "misquote":
                await self._open_misquote(stored, body, action.get("value") or "")
            else:
                await self._vote(stored, team, user, kind == "vote:up", tell)
        except Exception as exc:
            await tell(friendly_message(exc), None)

    async def _more_context(self, stored: StoredAnswer, tell: Reply) -> None:
        service = self.bot.service
        targets = context_targets(stored, service.stories())
        if not targets:
            raise StoryBotError("Those passages are no longer in the indexed stories.")
        blocks = render.context_blocks(
            [(story, service.context(story.id, p), p) for story, p in targets]
        )
        await tell("More context from the story", blocks)

    async def _vote(
        self,
        stored: StoredAnswer,
        team: str,
        user: str,
        up: bool,
        tell: Reply,
    ) -> None:
        votes = self.bot.database.votes
        changed = await votes.cast(
            stored.message_id, await self.bot.key(user), 1 if up else -1, guild_id=stored.guild_id
        )
        counts = await votes.counts(stored.message_id)
        await tell(present.vote_text(up, changed, counts), None)

    async def _open_misquote(self, stored: StoredAnswer, body: dict[str, Any], ref: str) -> None:
        passages = shown_passages(stored, self.bot.service.stories())
        if not passages:
            raise StoryBotError("That answer quoted no passage.")
        channel = (body.get("channel") or {}).get("id", "")
        await self.bot.client.views_open(
            trigger_id=body["trigger_id"],
            view=render.misquote_modal(passages, f"{channel}|{ref}"),
        )

    async def on_misquote_submitted(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]
    ) -> None:
        await ack()
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id") or body["user"].get("team_id", "")
        channel, _, ref = (view.get("private_metadata") or "").partition("|")
        values = view["state"]["values"]
        chosen = values[render.MISQUOTE_PASSAGE][render.MISQUOTE_PASSAGE]["selected_option"]
        note = values.get(render.MISQUOTE_NOTE, {}).get(render.MISQUOTE_NOTE, {}).get("value")
        try:
            stored = await self._stored(ref)
            passage = shown_passages(stored, self.bot.service.stories())[int(chosen["value"])]
            text = await self._file_report(team, user, channel, stored, passage, note or "")
        except Exception as exc:
            text = friendly_message(exc)
        with contextlib.suppress(SlackApiError):
            await self.bot.client.chat_postEphemeral(
                channel=channel, user=user, text=text, blocks=render.notice(text)
            )

    async def _file_report(
        self,
        team: str,
        user: str,
        channel: str,
        stored: StoredAnswer,
        passage: Any,
        note: str,
    ) -> str:
        """Store the report and post it to the moderators' channel; the words for the reporter."""
        bot = self.bot
        report = await bot.database.misquotes.add(
            MisquoteReport(
                at=bot.clock(),
                guild_id=stored.guild_id,
                channel_id=stored.channel_id,
                user_id=await bot.key(user),
                answer_message_id=stored.message_id,
                question=stored.question,
                story_id=passage.document,
                paragraph=passage.paragraph,
                passage_text=passage.text,
                note=note[:1000],
            )
        )
        settings = await bot.workspace(team)
        if not settings.log_channel_id:
            return "Thanks: your report is stored for the moderators (no moderators' channel set)."
        reporter = await bot.access.display_name(user)
        blocks = render.misquote_report_blocks(report, reporter, channel)
        try:
            await bot.client.chat_postMessage(
                channel=settings.log_channel_id,
                text="Misquote reported",
                blocks=blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            log.warning("could not post a misquote report: %s", exc.response.get("error"))
            return "Thanks: your report is stored; I could not post it to the moderators' channel."
        return "Thanks: the moderators have your report."
