"""Slash commands besides /ask: reading the corpus (/quotes with a speaker picker and pages,
/story), moderating a workspace (/botconfig, /stats) and, for the operator's people, /reindex.

Their replies are ephemeral (only the person who asked sees them); the picker and the page
buttons carry what they show, so they keep working after a restart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond

from bot.engine import CorpusChange, Person
from bot.errors import CorpusError, StoryBotError
from bot.frontend import present
from bot.frontend.access import Access
from bot.frontend.text import clip, lines_within, who_is_quoted
from bot.slack import render
from bot.slack.errors import friendly_message
from bot.slack.replies import Reply, ephemeral
from bot.storage import WorkspaceSettings

if TYPE_CHECKING:
    from bot.slack.app import SlackBot

log = logging.getLogger(__name__)

PERIODS: dict[str, dt.timedelta | None] = {
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(days=7),
    "month": dt.timedelta(days=30),
    "all": None,
}
_CHANNEL = re.compile(r"<#([CG][A-Z0-9]+)(?:\|[^>]*)?>|\b([CG][A-Z0-9]{6,})\b")
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>|\b([UW][A-Z0-9]{6,})\b")
CORPUS_HELP = (
    "`/corpus list` · `/corpus remove STORY` · `/corpus restore STORY` (the bot's operators). "
    "To add or replace a story, put its file in the corpus folder and run `/reindex`, or use "
    "`/corpus add` in Discord."
)
COOLDOWN_HELP = (
    "`/botconfig cooldown SECONDS [BURST]`: seconds between questions once a member has asked "
    "BURST at once (0 to 3600 seconds; a burst of 1 to 20, unchanged if not given)."
)
BOTCONFIG_HELP = (
    "`/botconfig show` · `/botconfig channels add|remove #channel` · `/botconfig channels "
    "clear` · `/botconfig cooldown SECONDS [BURST]` · `/botconfig log-channel #channel|none` · "
    "`/botconfig moderators add|remove @person` (admins)"
)


class Commands:
    def __init__(self, bot: SlackBot) -> None:
        self.bot = bot

    def register(self, app: AsyncApp) -> None:
        app.command("/quotes")(self.on_quotes)
        app.command("/story")(self.on_story)
        app.command("/botconfig")(self.on_botconfig)
        app.command("/stats")(self.on_stats)
        app.command("/reindex")(self.on_reindex)
        app.command("/corpus")(self.on_corpus)
        app.action(re.compile(r"^storybot:corpus:(remove|cancel)$"))(self.on_corpus_confirm)
        app.action(render.QUOTES_SPEAKER_ACTION)(self.on_speaker_chosen)
        app.action(re.compile(rf"^{render.QUOTES_PAGE_ACTION}:(prev|next)$"))(self.on_page)

    async def _run(self, reply: Reply, work: Callable[[], Awaitable[None]]) -> None:
        try:
            await work()
        except Exception as exc:
            await reply(friendly_message(exc), None)

    # -- reading -------------------------------------------------------------------------------

    async def on_quotes(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """/quotes [NAME]: someone's quotes, page by page, with a picker of the people quoted."""
        await ack()
        reply = ephemeral(respond)

        async def work() -> None:
            await self.bot.require(command["team_id"], command["user_id"], Access.MEMBER)
            wanted = (command.get("text") or "").strip()
            speaker = self._person(wanted) if wanted else None
            if wanted and speaker is None:
                who = who_is_quoted(*self.bot.service.quoted_and_reported(), stories=True)
                raise StoryBotError(
                    render.escape(f"The stories quote nobody called {wanted!r}. {who}")
                )
            await self._show_quotes(reply, speaker, 0)

        await self._run(reply, work)

    async def on_speaker_chosen(
        self, ack: AsyncAck, action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        reply = ephemeral(respond, replace=True)
        chosen = (action.get("selected_option") or {}).get("value", "")
        await self._run(reply, lambda: self._show_quotes(reply, self._person_by_id(chosen), 0))

    async def on_page(self, ack: AsyncAck, action: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        reply = ephemeral(respond, replace=True)
        page, _, person_id = (action.get("value") or "0|").partition("|")
        speaker = self._person_by_id(person_id)
        await self._run(
            reply, lambda: self._show_quotes(reply, speaker, int(page) if page.isdigit() else 0)
        )

    async def _show_quotes(self, reply: Reply, speaker: Person | None, page: int) -> None:
        service = self.bot.service
        people = service.quoted_people()
        counts = Counter(q.speaker for q in service.quotes() if q.speaker)
        quotes = service.quotes(speaker.name) if speaker else []
        quotes = [q for q in quotes if speaker is None or q.speaker == speaker.name]
        blocks, text = render.quote_page(speaker, quotes, service.stories(), people, counts, page)
        await reply(text, blocks)

    def _person(self, wanted: str) -> Person | None:
        found = self.bot.service.quotes(wanted)
        names = {q.speaker for q in found if q.speaker}
        if len(names) != 1:
            return None
        [name] = names
        return next((p for p in self.bot.service.quoted_people() if p.name == name), None)

    def _person_by_id(self, person_id: str) -> Person | None:
        return next((p for p in self.bot.service.quoted_people() if p.id == person_id), None)

    async def on_story(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """/story: what the bot has read."""
        await ack()
        reply = ephemeral(respond)

        async def work() -> None:
            await self.bot.require(command["team_id"], command["user_id"], Access.MEMBER)
            service = self.bot.service
            quoted, reported = service.quoted_and_reported()
            blocks = render.story_blocks(service.stories(), service.quotes(), quoted, reported)
            await reply("What I have read", blocks)

        await self._run(reply, work)

    # -- moderators ----------------------------------------------------------------------------

    async def on_botconfig(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """/botconfig ...: where and how often the bot answers in this workspace (moderators)."""
        await ack()
        reply = ephemeral(respond)
        team, user = command["team_id"], command["user_id"]
        words = (command.get("text") or "").split()

        async def work() -> None:
            await self.bot.require(team, user, Access.MODERATOR)
            text = await self._configure(team, user, words, command.get("text") or "")
            await reply(text, None)

        await self._run(reply, work)

    async def _configure(self, team: str, user: str, words: list[str], raw: str) -> str:
        store = self.bot.database.workspace_settings
        settings = await store.get(team)
        head = [w.lower() for w in words[:2]]
        channels = [a or b for a, b in _CHANNEL.findall(raw)]
        people = [a or b for a, b in _USER.findall(raw)]
        if not head or head == ["show"]:
            return _settings_text(settings)
        if head[0] == "channels" and len(head) == 2:
            if head[1] == "clear":
                settings = await store.update(team, allowed_channel_ids=frozenset())
            elif head[1] in ("add", "remove") and channels:
                change = set(channels)
                now = set(settings.allowed_channel_ids)
                now = now | change if head[1] == "add" else now - change
                settings = await store.update(team, allowed_channel_ids=frozenset(now))
            else:
                return BOTCONFIG_HELP
            return _channels_text(settings)
        if head[0] == "cooldown" and len(words) in (2, 3):
            return await self._cooldown(team, words[1:])
        if head[0] == "log-channel" and len(words) == 2:
            if words[1].lower() == "none":
                await store.update(team, log_channel_id=None)
                return "Misquote reports are now only stored (see /stats)."
            if not channels:
                return BOTCONFIG_HELP
            await store.update(team, log_channel_id=channels[0])
            return f"Misquote reports now go to <#{channels[0]}>."
        if head[0] == "moderators" and len(head) == 2 and head[1] in ("add", "remove", "list"):
            if head[1] == "list":
                return _moderators_text(settings)
            await self.bot.require(team, user, Access.ADMIN)
            if not people:
                return BOTCONFIG_HELP
            now = set(settings.moderator_user_ids)
            now = now | set(people) if head[1] == "add" else now - set(people)
            settings = await store.update(team, moderator_user_ids=frozenset(now))
            return _moderators_text(settings)
        return BOTCONFIG_HELP

    async def _cooldown(self, team: str, values: list[str]) -> str:
        """`/botconfig cooldown SECONDS [BURST]`."""
        try:
            seconds = float(values[0])
            burst = int(values[1]) if len(values) > 1 else None
        except ValueError:
            return COOLDOWN_HELP
        if not 0 <= seconds <= 3600 or (burst is not None and not 1 <= burst <= 20):
            return COOLDOWN_HELP
        changes: dict[str, object] = {"cooldown_seconds": seconds}
        if burst is not None:
            changes["cooldown_burst"] = burst
        settings = await self.bot.database.workspace_settings.update(team, **changes)
        return _cooldown_text(settings)

    async def on_stats(self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        """/stats [day|week|month|all]: questions, answered share, votes, misquote reports."""
        await ack()
        reply = ephemeral(respond)

        async def work() -> None:
            team = command["team_id"]
            await self.bot.require(team, command["user_id"], Access.MODERATOR)
            period = (command.get("text") or "week").strip().lower() or "week"
            if period not in PERIODS:
                raise StoryBotError("Choose a period: day, week, month or all.")
            length = PERIODS[period]
            since = self.bot.clock() - length if length else None
            database = self.bot.database
            team_key = await self.bot.key(team)
            await self.bot.service.logged()  # the question answered just before counts
            stats = await database.query_log.stats(since=since, guild_id=team_key)
            votes = await database.votes.totals(team_key, since=since)
            reports = await database.misquotes.recent(guild_id=team_key, since=since, limit=25)
            await reply("Statistics", render.stats_blocks(period, stats, votes, reports))

        await self._run(reply, work)

    async def on_reindex(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """/reindex: rebuild the index from the corpus folder (the operator's people only)."""
        await ack()
        reply = ephemeral(respond)

        async def work() -> None:
            await self.bot.require(command["team_id"], command["user_id"], Access.OPERATOR)
            await reply("Reindexing the corpus… the current index keeps answering meanwhile.", None)
            try:
                report = await self.bot.service.reindex()
            except StoryBotError as exc:
                still = present.previous_index_text(self.bot.service.build)
                await reply(present.failed_text(exc, still, render.MARKUP), None)
                return
            await reply(render.reindex_report_text(report), None)

        await self._run(reply, work)

    # -- the corpus (the operator's people) ----------------------------------------------------

    async def on_corpus(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """/corpus [list] | remove STORY | restore STORY: the story files every workspace reads."""
        await ack()
        reply = ephemeral(respond)
        words = (command.get("text") or "").split()

        async def work() -> None:
            await self.bot.require(command["team_id"], command["user_id"], Access.OPERATOR)
            action = words[0].lower() if words else "list"
            if action == "list" and len(words) <= 1:
                await reply("The corpus", await self._corpus_list())
            elif action == "remove" and len(words) == 2:
                await self._ask_to_remove(reply, words[1])
            elif action == "restore" and len(words) == 2:
                await reply(f"Restoring `{render.escape(words[1])}` and reindexing…", None)
                await reply(await self._change(lambda: self.bot.service.restore_story(words[1])))
            else:
                await reply(CORPUS_HELP, None)

        await self._run(reply, work)

    async def _corpus_list(self) -> render.Blocks:
        service = self.bot.service
        stories = service.stories()
        files = await service.story_files()
        indexed = {s.source for s in stories}
        waiting = [p.name for p in files if p.name not in indexed]
        kept = sorted({c.story_id for c in await asyncio.to_thread(service.kept_copies)})
        lines = present.corpus_lines(stories, render.MARKUP)
        blocks = [
            render.section(f"*{present.corpus_title(len(stories))}*"),
            render.section(lines_within(lines, 2900) or "The corpus folder is empty."),
        ]
        if waiting:
            names = ", ".join(f"`{render.escape(n)}`" for n in waiting)
            blocks.append(render.section(f"*Not indexed yet:* {names}"))
        if kept:
            names = ", ".join(f"`{render.escape(k)}`" for k in kept)
            blocks.append(render.section(f"*Kept texts* (`/corpus restore STORY`): {names}"))
        blocks.append(render.context(CORPUS_HELP))
        return blocks

    async def _ask_to_remove(self, reply: Reply, story_id: str) -> None:
        found = next((s for s in self.bot.service.stories() if s.id == story_id), None)
        if found is None:
            raise StoryBotError(
                f"No indexed story has the id `{render.escape(story_id)}`; see `/corpus list`."
            )
        title = render.escape(clip(found.meta.title or found.id, 256))
        question = (
            f"Remove `{render.escape(found.source)}` ({title}, {len(found.passages)} paragraphs)"
            " from the corpus? Its quotes will no longer be answered in any workspace. Its text"
            f" is kept: `/corpus restore {render.escape(found.id)}` brings it back."
        )
        await reply(question, render.confirm_blocks(question, "storybot:corpus", found.id))

    async def on_corpus_confirm(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """Remove it / Cancel under a /corpus remove question; the clicker is checked again."""
        await ack()
        reply = ephemeral(respond, replace=True)

        async def work() -> None:
            if action["action_id"].endswith(":cancel"):
                await reply("Cancelled: nothing was changed.", None)
                return
            team = (body.get("team") or {}).get("id") or body["user"].get("team_id", "")
            await self.bot.require(team, body["user"]["id"], Access.OPERATOR)
            story_id = action.get("value") or ""
            await reply(f"Removing `{render.escape(story_id)}` and reindexing…", None)
            await reply(await self._change(lambda: self.bot.service.remove_story(story_id)))

        await self._run(reply, work)

    async def _change(self, change: Callable[[], Awaitable[CorpusChange]]) -> str:
        try:
            done = await change()
        except CorpusError as exc:
            return present.failed_text(exc, "Nothing was changed.", render.MARKUP)
        return present.change_text(done, render.MARKUP, lambda story: f"/corpus restore {story}")


def _cooldown_text(settings: WorkspaceSettings) -> str:
    if settings.cooldown_seconds == 0:
        return "Members may ask without waiting."
    return (
        f"Each member may ask {settings.cooldown_burst} at once, then one every "
        f"{settings.cooldown_seconds:g} s."
    )


def _channels_text(settings: WorkspaceSettings) -> str:
    if not settings.allowed_channel_ids:
        return "I answer in every channel I am in (no channel list is set)."
    listed = ", ".join(f"<#{c}>" for c in sorted(settings.allowed_channel_ids))
    return f"I answer mentions and questions in: {listed}."


def _moderators_text(settings: WorkspaceSettings) -> str:
    # Named by id in code, not mentioned: a mention would notify them.
    named = ", ".join(f"`{u}`" for u in sorted(settings.moderator_user_ids))
    base = "Workspace admins and owners moderate the bot."
    return base + (f" Also: {named}." if named else "")


def _settings_text(settings: WorkspaceSettings) -> str:
    log_channel = f"<#{settings.log_channel_id}>" if settings.log_channel_id else "none"
    return "\n".join(
        [
            _channels_text(settings),
            _cooldown_text(settings),
            f"Moderators' channel (misquote reports): {log_channel}.",
            _moderators_text(settings),
            BOTCONFIG_HELP,
        ]
    )
