"""Moderators keep the bot in its place: /botconfig (channels, cooldown, log channel,
moderator roles) and /stats. Settings are per guild, in the database."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import requires
from bot.discord.errors import NO_MENTIONS
from bot.discord.permissions import Access
from bot.storage import GuildSettings

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

MODERATOR_HINT = discord.Permissions(manage_messages=True)
ADMIN_HINT = discord.Permissions(administrator=True)
PERIODS: dict[str, dt.timedelta | None] = {
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(days=7),
    "month": dt.timedelta(days=30),
    "all": None,
}
Period = Literal["day", "week", "month", "all"]


def _channels_text(settings: GuildSettings) -> str:
    if not settings.allowed_channel_ids:
        return "I answer mentions in every channel I can read (no channel list is set)."
    listed = ", ".join(f"<#{c}>" for c in sorted(settings.allowed_channel_ids))
    return f"I answer mentions and questions in: {listed}."


class ModerationCog(commands.Cog):
    """Per-guild settings and statistics."""

    botconfig = app_commands.Group(
        name="botconfig",
        description="Where and how often the bot answers (moderators)",
        guild_only=True,
        default_permissions=MODERATOR_HINT,  # a hint only: the bot checks again
    )
    channels = app_commands.Group(
        name="channels", description="Channels where the bot answers", parent=botconfig
    )
    roles = app_commands.Group(
        name="moderator-roles", description="Roles that may moderate the bot", parent=botconfig
    )

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot

    async def _reply(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.response.send_message(
            embed=render.notice_embed(text), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def _settings(self, interaction: discord.Interaction) -> GuildSettings:
        assert interaction.guild_id is not None
        return await self.bot.database.guild_settings.get(interaction.guild_id)

    async def _update(self, interaction: discord.Interaction, **changes: object) -> GuildSettings:
        assert interaction.guild_id is not None
        return await self.bot.database.guild_settings.update(interaction.guild_id, **changes)

    # -- channels ------------------------------------------------------------------------------

    @channels.command(name="add")
    @app_commands.describe(channel="A channel where the bot should answer")
    @requires(Access.MODERATOR)
    async def channels_add(
        self, interaction: discord.Interaction, channel: discord.TextChannel
    ) -> None:
        """Answer mentions in this channel (once any is listed, only in listed channels)."""
        settings = await self._settings(interaction)
        settings = await self._update(
            interaction, allowed_channel_ids=settings.allowed_channel_ids | {channel.id}
        )
        await self._reply(interaction, f"Added {channel.mention}. " + _channels_text(settings))

    @channels.command(name="remove")
    @app_commands.describe(channel="A channel where the bot should stop answering")
    @requires(Access.MODERATOR)
    async def channels_remove(
        self, interaction: discord.Interaction, channel: discord.TextChannel
    ) -> None:
        """Stop answering in this channel (an empty list means every channel)."""
        settings = await self._settings(interaction)
        if channel.id not in settings.allowed_channel_ids:
            await self._reply(
                interaction, f"{channel.mention} was not listed. " + _channels_text(settings)
            )
            return
        settings = await self._update(
            interaction, allowed_channel_ids=settings.allowed_channel_ids - {channel.id}
        )
        await self._reply(interaction, f"Removed {channel.mention}. " + _channels_text(settings))

    @channels.command(name="list")
    @requires(Access.MODERATOR)
    async def channels_list(self, interaction: discord.Interaction) -> None:
        """Where the bot answers."""
        await self._reply(interaction, _channels_text(await self._settings(interaction)))

    # -- cooldown and log channel --------------------------------------------------------------

    @botconfig.command(name="cooldown")
    @app_commands.describe(
        seconds="Seconds a member waits between questions once the burst is used (0: no wait)",
        burst="Questions a member may ask at once before waiting (default 3)",
    )
    @requires(Access.MODERATOR)
    async def cooldown(
        self,
        interaction: discord.Interaction,
        seconds: app_commands.Range[int, 0, 3600],
        burst: app_commands.Range[int, 1, 20] | None = None,
    ) -> None:
        """How often each member may ask: a burst of questions, then one every so many seconds."""
        changes: dict[str, object] = {"cooldown_seconds": float(seconds)}
        if burst is not None:
            changes["cooldown_burst"] = burst
        settings = await self._update(interaction, **changes)
        text = (
            "Members may now ask without waiting."
            if seconds == 0
            else f"Each member may now ask {render.counted(settings.cooldown_burst, 'question')} "
            f"at once, then one every {seconds} s."
        )
        await self._reply(interaction, text)

    @botconfig.command(name="log-channel")
    @app_commands.describe(channel="Where misquote reports go (leave empty to stop posting)")
    @requires(Access.MODERATOR)
    async def log_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """The channel that receives misquote reports."""
        await self._update(interaction, log_channel_id=channel.id if channel else None)
        text = (
            f"Misquote reports now go to {channel.mention}."
            if channel
            else "Misquote reports are now only stored (see /stats)."
        )
        await self._reply(interaction, text)

    # -- moderator roles (admins) --------------------------------------------------------------

    @roles.command(name="add")
    @requires(Access.ADMIN)
    async def roles_add(self, interaction: discord.Interaction, role: discord.Role) -> None:
        """Let members with this role use the moderator commands (admins only)."""
        settings = await self._settings(interaction)
        await self._update(interaction, moderator_role_ids=settings.moderator_role_ids | {role.id})
        await self._reply(interaction, f"Members with {role.mention} may now moderate the bot.")

    @roles.command(name="remove")
    @requires(Access.ADMIN)
    async def roles_remove(self, interaction: discord.Interaction, role: discord.Role) -> None:
        """Stop this role from using the moderator commands (admins only)."""
        settings = await self._settings(interaction)
        await self._update(interaction, moderator_role_ids=settings.moderator_role_ids - {role.id})
        await self._reply(interaction, f"{role.mention} no longer moderates the bot.")

    @roles.command(name="list")
    @requires(Access.MODERATOR)
    async def roles_list(self, interaction: discord.Interaction) -> None:
        """Which roles may moderate the bot."""
        settings = await self._settings(interaction)
        named = ", ".join(self.bot.config.moderator_roles)
        set_here = ", ".join(f"<@&{r}>" for r in sorted(settings.moderator_role_ids))
        lines = ["Members with Manage Messages moderate the bot."]
        if set_here:
            lines.append(f"Roles set here: {set_here}.")
        if named:
            lines.append(f"Roles named in the bot's config: {render.escape(named)}.")
        await self._reply(interaction, "\n".join(lines))

    # -- statistics ----------------------------------------------------------------------------

    @app_commands.command(name="stats")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_messages=True)
    @app_commands.describe(period="How far back to count")
    @requires(Access.MODERATOR)
    async def stats(self, interaction: discord.Interaction, period: Period = "week") -> None:
        """Questions asked, how many were answered, votes and misquote reports."""
        assert interaction.guild_id is not None
        length = PERIODS[period]
        since = self.bot.clock() - length if length else None
        database = self.bot.database
        await self.bot.service.logged()  # the question answered just before counts
        stats = await database.query_log.stats(since=since, guild_id=interaction.guild_id)
        votes = await database.votes.totals(interaction.guild_id, since=since)
        reports = await database.misquotes.recent(
            guild_id=interaction.guild_id, since=since, limit=25
        )
        embed = render.stats_embed(period, stats, votes, reports)
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
