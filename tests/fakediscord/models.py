"""The fake server's world: users, guilds, channels, roles, members, messages, attachments.

Each model knows how to render itself as the JSON payload Discord would send. Permissions are
plain ints (the values of `discord.Permissions`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from .ids import snowflake_time

Payload = dict[str, Any]

ADMINISTRATOR = 1 << 3
ALL_PERMISSIONS = (1 << 51) - 1
# What @everyone may do in a new server: view, send, embed, attach, react, read history,
# use application commands, create threads and talk in them.
DEFAULT_EVERYONE_PERMISSIONS = sum(
    1 << bit for bit in (0, 6, 10, 11, 14, 15, 16, 18, 20, 21, 26, 31, 35, 36, 38)
)


class ChannelType(IntEnum):
    TEXT = 0
    DM = 1
    VOICE = 2
    CATEGORY = 4
    NEWS = 5
    NEWS_THREAD = 10
    PUBLIC_THREAD = 11
    PRIVATE_THREAD = 12
    FORUM = 15

    @property
    def is_thread(self) -> bool:
        return self in (
            ChannelType.NEWS_THREAD,
            ChannelType.PUBLIC_THREAD,
            ChannelType.PRIVATE_THREAD,
        )


class MessageFlags:
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7


@dataclass(eq=False)
class User:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def to_payload(self) -> Payload:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass(eq=False)
class Role:
    id: int
    guild_id: int
    name: str
    permissions: int = 0
    position: int = 0

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def to_payload(self) -> Payload:
        return {
            "id": str(self.id),
            "name": self.name,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }


@dataclass(eq=False)
class Member:
    user: User
    guild: Guild
    roles: list[Role] = field(default_factory=list)
    nick: str | None = None

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def mention(self) -> str:
        return self.user.mention

    @property
    def permissions(self) -> int:
        """Guild-level permissions: @everyone plus the member's roles (no channel overwrites)."""
        if self.guild.owner_id == self.user.id:
            return ALL_PERMISSIONS
        value = self.guild.everyone.permissions
        for role in self.roles:
            value |= role.permissions
        return ALL_PERMISSIONS if value & ADMINISTRATOR else value

    def to_payload(self, *, with_user: bool = True) -> Payload:
        payload: Payload = {
            "roles": [str(role.id) for role in self.roles],
            "nick": self.nick,
            "avatar": None,
            "joined_at": snowflake_time(self.guild.id),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
        }
        if with_user:
            payload["user"] = self.user.to_payload()
        return payload


@dataclass(eq=False)
class Channel:
    id: int
    type: ChannelType
    name: str
    guild: Guild | None = None
    parent_id: int | None = None
    position: int = 0
    owner_id: int | None = None
    recipients: list[User] = field(default_factory=list)
    archived: bool = False
    message_count: int = 0

    @property
    def guild_id(self) -> int | None:
        return None if self.guild is None else self.guild.id

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def to_payload(self) -> Payload:
        payload: Payload = {
            "id": str(self.id),
            "type": int(self.type),
            "name": self.name,
            "flags": 0,
        }
        if self.guild is not None:
            payload.update(
                guild_id=str(self.guild.id),
                position=self.position,
                permission_overwrites=[],
                nsfw=False,
                topic=None,
                rate_limit_per_user=0,
                last_message_id=None,
            )
        if self.parent_id is not None:
            payload["parent_id"] = str(self.parent_id)
        if self.type == ChannelType.DM:
            payload["recipients"] = [user.to_payload() for user in self.recipients]
            payload["last_message_id"] = None
        if self.type.is_thread:
            payload.update(
                owner_id=str(self.owner_id) if self.owner_id else None,
                member_count=1,
                message_count=self.message_count,
                total_message_sent=self.message_count,
                thread_metadata={
                    "archived": self.archived,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": snowflake_time(self.id),
                    "locked": False,
                    "invitable": True,
                    "create_timestamp": snowflake_time(self.id),
                },
            )
        return payload


@dataclass(eq=False)
class Guild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)

    @property
    def everyone(self) -> Role:
        return self.roles[self.id]

    @property
    def threads(self) -> list[Channel]:
        return [c for c in self.channels.values() if c.type.is_thread]

    def to_payload(self) -> Payload:
        """The GUILD_CREATE payload: the whole guild, members included (so no chunking)."""
        return {
            "id": str(self.id),
            "name": self.name,
            "owner_id": str(self.owner_id),
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "features": [],
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "max_members": 500000,
            "vanity_url_code": None,
            "application_id": None,
            "emojis": [],
            "stickers": [],
            "roles": [role.to_payload() for role in self.roles.values()],
            "channels": [c.to_payload() for c in self.channels.values() if not c.type.is_thread],
            "threads": [c.to_payload() for c in self.threads],
            "members": [member.to_payload() for member in self.members.values()],
            "member_count": len(self.members),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": snowflake_time(self.id),
        }


@dataclass(eq=False)
class Attachment:
    """A file the server holds and serves at `url` (uploaded by the bot, or made by a test)."""

    id: int
    filename: str
    data: bytes
    url: str
    content_type: str | None = None
    description: str | None = None
    ephemeral: bool = False

    def to_payload(self) -> Payload:
        payload: Payload = {
            "id": str(self.id),
            "filename": self.filename,
            "size": len(self.data),
            "url": self.url,
            "proxy_url": self.url,
            "ephemeral": self.ephemeral,
        }
        if self.content_type is not None:
            payload["content_type"] = self.content_type
        if self.description is not None:
            payload["description"] = self.description
        return payload


@dataclass(eq=False)
class Message:
    """A message as the server stores it; `to_payload()` is what Discord would return."""

    id: int
    channel: Channel
    author: User
    content: str = ""
    embeds: list[Payload] = field(default_factory=list)
    components: list[Payload] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    flags: int = 0
    reference: Message | None = None
    mentions: list[User] = field(default_factory=list)
    mention_roles: list[int] = field(default_factory=list)
    type: int = 0
    webhook_id: int | None = None
    interaction: Payload | None = None
    edited_timestamp: str | None = None
    deleted: bool = False
    reactions: dict[str, set[int]] = field(default_factory=dict)
    tts: bool = False

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & MessageFlags.EPHEMERAL)

    @property
    def guild(self) -> Guild | None:
        return self.channel.guild

    @property
    def custom_ids(self) -> list[str]:
        """Every component custom_id on the message, nested ones included."""
        found: list[str] = []

        def walk(items: list[Payload]) -> None:
            for item in items:
                if "custom_id" in item:
                    found.append(item["custom_id"])
                walk(item.get("components", []))
                if isinstance(item.get("component"), dict):
                    walk([item["component"]])
                if isinstance(item.get("accessory"), dict):
                    walk([item["accessory"]])

        walk(self.components)
        return found

    def find_component(self, custom_id: str) -> Payload | None:
        def walk(items: list[Payload]) -> Payload | None:
            for item in items:
                if item.get("custom_id") == custom_id:
                    return item
                children = list(item.get("components", []))
                for key in ("component", "accessory"):
                    if isinstance(item.get(key), dict):
                        children.append(item[key])
                hit = walk(children)
                if hit is not None:
                    return hit
            return None

        return walk(self.components)

    def to_payload(self, *, include_content: bool = True, with_reference: bool = True) -> Payload:
        guild = self.channel.guild
        payload: Payload = {
            "id": str(self.id),
            "channel_id": str(self.channel.id),
            "author": self.author.to_payload(),
            "content": self.content if include_content else "",
            "timestamp": snowflake_time(self.id),
            "edited_timestamp": self.edited_timestamp,
            "tts": self.tts,
            "mention_everyone": False,
            "mentions": [self._mention_payload(user) for user in self.mentions],
            "mention_roles": [str(r) for r in self.mention_roles],
            "attachments": [a.to_payload() for a in self.attachments] if include_content else [],
            "embeds": list(self.embeds) if include_content else [],
            "components": list(self.components) if include_content else [],
            "reactions": [
                {"emoji": {"id": None, "name": name}, "count": len(users), "me": False}
                for name, users in self.reactions.items()
                if users
            ],
            "pinned": False,
            "type": self.type,
            "flags": self.flags,
        }
        if guild is not None:
            payload["guild_id"] = str(guild.id)
            member = guild.members.get(self.author.id)
            if member is not None:
                payload["member"] = member.to_payload(with_user=False)
        if self.webhook_id is not None:
            payload["webhook_id"] = str(self.webhook_id)
            payload["application_id"] = str(self.webhook_id)
        if self.interaction is not None:
            payload["interaction_metadata"] = self.interaction
        if self.reference is not None:
            payload["message_reference"] = {
                "type": 0,
                "message_id": str(self.reference.id),
                "channel_id": str(self.reference.channel.id),
                "guild_id": str(guild.id) if guild is not None else None,
            }
            if with_reference:
                payload["referenced_message"] = self.reference.to_payload(with_reference=False)
        return payload

    def _mention_payload(self, user: User) -> Payload:
        payload = user.to_payload()
        guild = self.channel.guild
        if guild is not None and user.id in guild.members:
            payload["member"] = guild.members[user.id].to_payload(with_user=False)
        return payload
