"""Reading the corpus: /quotes (paged, with autocomplete over the people quoted) and /story."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import in_question_channel
from bot.discord.errors import NO_MENTIONS
from bot.discord.views import Paginator
from bot.errors import StoryBotError
from bot.frontend.text import who_is_quoted

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

log = logging.getLogger(__name__)


class QuotesCog(commands.Cog):
    """What the stories hold."""

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot

    @app_commands.command(name="quotes")
    @app_commands.guild_only()
    @app_commands.describe(speaker="Whose quotes to show (start typing a name)")
    @in_question_channel()
    async def quotes(self, interaction: discord.Interaction, speaker: str) -> None:
        """Everything one person is quoted as saying in the stories, page by page."""
        service = self.bot.service
        found = service.quotes(speaker)
        if not found:
            who = who_is_quoted(*service.quoted_and_reported(), stories=True)
            raise StoryBotError(
                render.clip(f"The stories quote nobody called {speaker!r}. {who}", 1800)
            )
        name = found[0].speaker if len({q.speaker for q in found}) == 1 else speaker
        pages = render.quote_pages(name, found, service.stories())
        if len(pages) == 1:
            await interaction.response.send_message(embed=pages[0], allowed_mentions=NO_MENTIONS)
            return
        view = Paginator(pages, interaction.user.id)
        view.interaction = interaction
        await interaction.response.send_message(
            embed=view.current, view=view, allowed_mentions=NO_MENTIONS
        )

    @quotes.autocomplete("speaker")
    async def speaker_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            people = self.bot.service.quoted_people()
        except StoryBotError:
            return []
        return render.choices(((p.name, p.name, " ".join(p.aliases)) for p in people), current)

    @app_commands.command(name="story")
    @app_commands.guild_only()
    @in_question_channel()
    async def story(self, interaction: discord.Interaction) -> None:
        """What the bot has read: each story's title, outlet, date, and who it quotes."""
        service = self.bot.service
        quoted, reported = service.quoted_and_reported()
        embed = render.story_embed(service.stories(), service.quotes(), quoted, reported)
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_MENTIONS)
