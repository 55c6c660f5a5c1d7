"""Who may do what. Checked in the bot on every command and button: a guild can override the
`default_permissions` Discord is given, so those are only a hint for who sees a command.

    member      anyone in the guild: ask, quotes, story, the buttons under answers
    moderator   Manage Messages, a role named in [discord].moderator_roles, or a role an admin
                added with /botconfig moderator-roles
    admin       Administrator, a user id in [discord].admin_user_ids, or (only in the servers
                in [discord].admin_guild_ids) a role named in [discord].admin_roles
    operator    may change the corpus, which every server shares (/reindex, /corpus add|remove|
                restore): a user id in [discord].admin_user_ids, or an admin of a server in
                [discord].admin_guild_ids. With both lists empty, nobody (the CLI still can).

Role names are names anyone can give a role in their own server, so they count only in the
servers the operator listed; the corpus is the operator's, so an admin of any other server the
bot is in cannot change what every server reads.
"""

from __future__ import annotations

from collections.abc import Iterable

import discord

from bot.config import DiscordSettings
from bot.discord.errors import NotAllowed, NotInGuild
from bot.frontend.access import Access
from bot.storage import GuildSettings

__all__ = [
    "CORPUS_LOCKED",
    "NEEDED",
    "SHARED",
    "Access",
    "access_of",
    "interaction_access",
    "member_access",
    "require_access",
]
NEEDED = {
    Access.MEMBER: "members of this server",
    Access.MODERATOR: "moderators (Manage Messages or a moderator role)",
    Access.ADMIN: "admins (Administrator or an admin role)",
    Access.OPERATOR: (
        "the bot's operators (the users in `admin_user_ids` and the admins of the servers in "
        "`admin_guild_ids` of its config)"
    ),
}
SHARED = "Every server the bot is in reads the same stories, so only its operators change them."
CORPUS_LOCKED = (
    "Nobody can change the stories from Discord: the bot's operator has not named anyone who "
    "may. To allow it, list user ids in `admin_user_ids` or server ids in `admin_guild_ids` "
    "under `[discord]` in the bot's config and restart it; meanwhile `storybot index` on the "
    "bot's machine reindexes the corpus folder."
)


class CorpusLocked(NotAllowed):
    """Nobody is allowed to change the corpus from Discord (both lists are empty)."""

    def __init__(self) -> None:
        super().__init__(NEEDED[Access.OPERATOR], message=CORPUS_LOCKED)


def access_of(
    user_id: int,
    guild_id: int,
    role_ids: Iterable[int],
    role_names: Iterable[str],
    permissions: discord.Permissions,
    guild: GuildSettings,
    config: DiscordSettings,
) -> Access:
    """The highest level a member holds, from facts Discord sent with the interaction."""
    if user_id in config.admin_user_ids:
        return Access.OPERATOR
    names = {name.casefold() for name in role_names}
    operators_guild = guild_id in config.admin_guild_ids
    admin_role = operators_guild and bool(names & {r.casefold() for r in config.admin_roles})
    if permissions.administrator or admin_role:
        return Access.OPERATOR if operators_guild else Access.ADMIN
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
        member.guild.id,
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
    if held >= level:
        return held
    if level is Access.OPERATOR:
        if not config.admin_user_ids and not config.admin_guild_ids:
            raise CorpusLocked()
        if interaction.guild_id in config.admin_guild_ids:  # a member of the operator's server
            raise NotAllowed(NEEDED[Access.ADMIN])
        needed = NEEDED[level]
        raise NotAllowed(needed, message=f"Only {needed} can use this. {SHARED}")
    raise NotAllowed(NEEDED[level])
