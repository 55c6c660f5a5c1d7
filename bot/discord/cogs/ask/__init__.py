"""Asking: /ask, the "Ask the story" message command, mentions, follow-up replies, and the
buttons under every answer (more context, votes, misquote reports).

One cog made of parts that share `AskBase` (delivering and storing answers), the way large cogs
are split in Red: `slash` (answered through an interaction), `mentions` (answered in the
channel), `buttons` (the persistent buttons under answers and what they do).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.cogs.ask.buttons import AnswerButtons
from bot.discord.cogs.ask.mentions import Mentions
from bot.discord.cogs.ask.slash import SlashCommands

if TYPE_CHECKING:
    from bot.discord.app import StoryBot


class AskCog(SlashCommands, Mentions, AnswerButtons, commands.Cog):
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

    # The command is declared here, on the cog (discord.py binds app commands to a Cog), and
    # answered by SlashCommands.
    @app_commands.command(name="ask")
    @app_commands.guild_only()
    @app_commands.describe(question="What do you want to know about the story?")
    async def ask(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]
    ) -> None:
        """Ask the story a question: the answer quotes it word for word, with who said it."""
        await self._answer_interaction(interaction, question)
