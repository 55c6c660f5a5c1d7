"""Who may do what. Checked in the bot on every command and button: a guild can override the
`default_permissions` Discord is given, so those are only a hint for who sees a command.

    member      anyone in the guild: ask, quotes, story, the buttons under answers
    moderator   Manage Messages, a role named in [discord].moderator_roles, or a role an admin
                added with /botconfig moderator-roles
    admin       Administrator, a role named in [discord].admin_roles, or a user id in
                [discord].admin_user_ids
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

import discord

from bot.config import DiscordSettings
from bot.discord.errors import NotAllowed, NotInGuild
from bot.storage import GuildSettings


class Access(IntEnum):
    MEMBER = 0
    MODERATOR = 1
    ADMIN = 2


NEEDED = {
    Access.MEMBER: "members of this server",
    Access.MODERATOR: "moderators (Manage Messages or a moderator role)",
    Access.ADMIN: "admins (Administrator or an admin role)",
}


def access_of(
    user_id: int,
    role_ids: Iterable[int],
    role_names: Iterable[str],
    permissions: discord.Permissions,
    guild: GuildSettings,
    config: DiscordSettings,
) -> Access:
    """The highest level a member holds, from facts Discord sent with the interaction."""
    names = {name.casefold() for name in role_names}
    if (
        permissions.administrator
        or user_id in config.admin_user_ids
        or names & {r.casefold() for r in config.admin_roles}
    ):
        return Access.ADMIN
    if (
        permissions.manage_messages
        or names & {r.casefold() for r in config.moderator_roles}
        or set(role_ids) & guild.moderator_role_ids
    ):
        return Access.MODERATOR
    return Access.MEMBER


def member_access(
    member: discord.Member,
    permissions: discord.Permissions,
    guild: GuildSettings,
    config: DiscordSettings,
) -> Access:
    return access_of(
        member.id,
        (r.id for r in member.roles),
        (r.name for r in member.roles),
        permissions,
        guild,
        config,
    )


def interaction_access(
    interaction: discord.Interaction, guild: GuildSettings, config: DiscordSettings
) -> Access:
    """The level of whoever caused the interaction; raises NotInGuild outside a server."""
    user = interaction.user
    if interaction.guild_id is None or not isinstance(user, discord.Member):
        raise NotInGuild()
    # interaction.permissions: the member's permissions in this channel, as Discord computed
    # them (role permissions and channel overwrites).
    return member_access(user, interaction.permissions, guild, config)


def require_access(
    interaction: discord.Interaction,
    level: Access,
    guild: GuildSettings,
    config: DiscordSettings,
) -> Access:
    held = interaction_access(interaction, guild, config)
    if held < level:
        raise NotAllowed(NEEDED[level])
    return held
