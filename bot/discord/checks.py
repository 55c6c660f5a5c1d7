"""Checks run by the bot before every command (see permissions.py for who holds which level)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

import discord
from discord import app_commands

from bot.discord.errors import ChannelNotAllowed, OnCooldown
from bot.discord.permissions import Access, require_access
from bot.storage import GuildSettings

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

T = TypeVar("T")


def story_bot(interaction: discord.Interaction) -> StoryBot:
    return cast("StoryBot", interaction.client)


def question_channel_id(channel: object, channel_id: int | None) -> int | None:
    """The channel whose permission counts: a thread answers where its parent may."""
    if isinstance(channel, discord.Thread) and channel.parent_id is not None:
        return channel.parent_id
    return channel_id


async def check_access(interaction: discord.Interaction, level: Access) -> GuildSettings:
    """Raise NotAllowed / NotInGuild unless the member holds `level`; the guild's settings."""
    bot = story_bot(interaction)
    settings = await bot.guild_settings_for(interaction.guild_id)
    require_access(interaction, level, settings, bot.config)
    return settings


async def check_question_channel(interaction: discord.Interaction) -> GuildSettings:
    settings = await check_access(interaction, Access.MEMBER)
    channel_id = question_channel_id(interaction.channel, interaction.channel_id)
    if channel_id is not None and not settings.allows_channel(channel_id):
        raise ChannelNotAllowed(settings.allowed_channel_ids)
    return settings


def spend_public_reply(interaction: discord.Interaction, settings: GuildSettings) -> None:
    """Count a public reply the member causes; raise OnCooldown (an ephemeral notice) when
    they have used their burst and the cooldown has not passed."""
    verdict = story_bot(interaction).cooldowns.hit(
        (interaction.guild_id, interaction.user.id),
        interval=settings.cooldown_seconds,
        burst=settings.cooldown_burst,
    )
    if not verdict.allowed:
        raise OnCooldown(verdict.retry_after)


def requires(level: Access) -> Callable[[T], T]:
    """A command check: the member holds `level` (run by the bot, whatever Discord shows)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        await check_access(interaction, level)
        return True

    return app_commands.check(predicate)


def in_question_channel() -> Callable[[T], T]:
    """A member command check: the channel is one where the bot answers, and the member may
    make it speak in public now (the reply counts against their cooldown)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        spend_public_reply(interaction, await check_question_channel(interaction))
        return True

    return app_commands.check(predicate)
