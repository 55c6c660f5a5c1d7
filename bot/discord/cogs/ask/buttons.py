"""The buttons under every answer (more context, votes, misquote reports), and what they do.

They are persistent: their custom_id names the action and what asked the question
(`storybot:vote:up:<interaction or message id>`; buttons sent by earlier versions name the
answer message instead), the answer itself is in storage, so a click after a restart still
works. They go out with the answer, so they cannot name its own message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Protocol, Self, cast

import discord

from bot.discord import render
from bot.discord.checks import check_access
from bot.discord.cogs.ask.base import AskBase, log
from bot.discord.errors import NO_MENTIONS, report_error
from bot.discord.permissions import Access
from bot.discord.views import PassageChoice
from bot.errors import StoryBotError
from bot.frontend import present
from bot.frontend.answers import (
    CONTEXT_RADIUS,
    AnswerGone,
    ShownPassage,
    context_targets,
    shown_passages,
)
from bot.storage import MisquoteReport, StoredAnswer

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

PREFIX = "storybot"
ACTIONS: dict[str, tuple[str, str | None, discord.ButtonStyle]] = {
    # action: (label, emoji, style)
    "context": ("More context", "📖", discord.ButtonStyle.secondary),
    "vote:up": ("", "👍", discord.ButtonStyle.secondary),
    "vote:down": ("", "👎", discord.ButtonStyle.secondary),
    "misquote": ("Report misquote", "⚠️", discord.ButtonStyle.danger),
}


class AnswerActions(Protocol):
    """What the buttons under an answer do (implemented by the ask cog)."""

    async def more_context(self, interaction: discord.Interaction, button_id: int) -> None: ...

    async def vote(self, interaction: discord.Interaction, button_id: int, up: bool) -> None: ...

    async def report_misquote(self, interaction: discord.Interaction, button_id: int) -> None: ...


def answer_custom_id(action: str, button_id: int) -> str:
    return f"{PREFIX}:{action}:{button_id}"


class AnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=re.compile(rf"{PREFIX}:(?P<action>context|vote:up|vote:down|misquote):(?P<id>\d+)"),
):
    def __init__(self, action: str, button_id: int) -> None:
        label, emoji, style = ACTIONS[action]
        super().__init__(
            discord.ui.Button(
                label=label or None,
                emoji=emoji,
                style=style,
                custom_id=answer_custom_id(action, button_id),
            )
        )
        self.action = action
        self.button_id = button_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        actions = cast("StoryBot", interaction.client).answer_actions
        try:
            if self.action == "context":
                await actions.more_context(interaction, self.button_id)
            elif self.action == "misquote":
                await actions.report_misquote(interaction, self.button_id)
            else:
                await actions.vote(interaction, self.button_id, up=self.action == "vote:up")
        except Exception as exc:
            await report_error(interaction, exc)


def answer_view(button_id: int, *, with_passages: bool = True) -> discord.ui.View:
    """The buttons under an answer, named `button_id` (what asked it)."""
    view = discord.ui.View(timeout=None)
    actions = (
        ["context", "vote:up", "vote:down", "misquote"]
        if with_passages
        else ["vote:up", "vote:down"]
    )
    for action in actions:
        view.add_item(AnswerButton(action, button_id))
    return view


class AnswerButtons(AskBase):
    """What the buttons do (`AnswerActions`)."""

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

        labels = [f"{p.story_id}, paragraph {p.paragraph}: {p.text}" for p in passages]
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
                story_id=passage.story_id,
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
