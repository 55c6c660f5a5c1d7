"""The buttons under an answer in Slack (more context, votes, misquote report) and the
misquote modal. They find their answer in storage by what asked it, so they keep working after
a restart."""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.errors import StoryBotError
from bot.frontend import present
from bot.frontend.access import Access
from bot.frontend.answers import ShownPassage, context_targets, shown_passages
from bot.slack import render
from bot.slack.answerbook import AnswerBook
from bot.slack.errors import friendly_message
from bot.slack.replies import Reply, ephemeral
from bot.storage import MisquoteReport, StoredAnswer

if TYPE_CHECKING:
    from bot.slack.app import SlackBot

log = logging.getLogger(__name__)

ANSWER_BUTTON = re.compile(r"^storybot:(context|vote:up|vote:down|misquote)$")


class Buttons:
    def __init__(self, bot: SlackBot, book: AnswerBook) -> None:
        self.bot = bot
        self.book = book

    def register(self, app: AsyncApp) -> None:
        app.action(ANSWER_BUTTON)(self.on_answer_button)
        app.view(render.MISQUOTE_CALLBACK)(self.on_misquote_submitted)

    async def on_answer_button(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id") or body["user"].get("team_id", "")

        tell = ephemeral(respond)
        try:
            await self.bot.require(team, user, Access.MEMBER)
            stored = await self.book.stored(action.get("value") or "")
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
            stored = await self.book.stored(ref)
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
        passage: ShownPassage,
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
                story_id=passage.story_id,
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
