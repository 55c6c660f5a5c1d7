"""Per-guild settings, each declared once below with its default and what it is for.

A guild's row keeps only the settings it changed: a guild never configured, or a setting never
changed, reads the default declared here (so a new default reaches every guild that kept it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bot.storage.codec import from_json, timestamp, to_json
from bot.storage.sql import SqlConnection, Statements


class GuildSettings(BaseModel):
    """How the bot behaves in one guild."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    allowed_channel_ids: frozenset[int] = Field(
        default=frozenset(),
        description="Channels where the bot answers questions; empty: every channel.",
    )
    cooldown_seconds: float = Field(
        default=10.0,
        ge=0,
        le=3600,
        description=(
            "Once a member has used their burst, seconds between two questions (and other "
            "public replies: hints, /quotes, /story); 0: no cooldown."
        ),
    )
    cooldown_burst: int = Field(
        default=3,
        ge=1,
        le=20,
        description="Questions a member may ask at once before the cooldown applies.",
    )
    log_channel_id: int | None = Field(
        default=None,
        description="Channel that receives misquote reports and reindex notices; none if unset.",
    )
    moderator_role_ids: frozenset[int] = Field(
        default=frozenset(),
        description="Roles whose members may use moderator commands (besides Manage Messages).",
    )

    def allows_channel(self, channel_id: int) -> bool:
        return not self.allowed_channel_ids or channel_id in self.allowed_channel_ids


class GuildSettingsStore:
    """Guild settings, cached in memory per guild: a question reads its guild's settings
    without a database call. Only this store changes the table while the bot runs (no other
    command writes it), so the cache is replaced on every update and reset; a change made to
    the file by other means is seen after a restart. With several processes on one database,
    a guild's settings are changed (by /botconfig, in the guild) only by the process running
    the guild's shard, the one that reads them: each guild's cache lives in one process."""

    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection
        self._cache: dict[int, GuildSettings] = {}
        self._changes = 0  # bumped by every write: a read begun before one is not cached

    async def get(self, guild_id: int) -> GuildSettings:
        """The guild's settings; defaults for a guild never configured."""
        cached = self._cache.get(guild_id)
        if cached is not None:
            return cached
        changes = self._changes
        row = await self._db.fetchone(
            "SELECT settings FROM guild_settings WHERE guild_id = ?", (guild_id,)
        )
        settings = _settings(from_json(row["settings"]) if row else {})
        if changes == self._changes:
            self._cache[guild_id] = settings
        return settings

    async def update(self, guild_id: int, **changes: Any) -> GuildSettings:
        """Change some settings, keeping the others; returns the settings now in force.

        Raises pydantic's ValidationError for an unknown setting or a value out of range
        (and changes nothing).
        """

        def update(tx: Statements) -> GuildSettings:
            settings = GuildSettings.model_validate({**_stored(tx, guild_id), **changes})
            _store(tx, guild_id, settings)
            return settings

        return await self._write(guild_id, update)

    async def reset(self, guild_id: int, *names: str) -> GuildSettings:
        """Restore the named settings (every setting when none is named) to their defaults."""
        unknown = set(names) - set(GuildSettings.model_fields)
        if unknown:
            raise ValueError(f"unknown guild settings: {', '.join(sorted(unknown))}")

        def reset(tx: Statements) -> GuildSettings:
            stored = _stored(tx, guild_id) if names else {}
            settings = _settings({k: v for k, v in stored.items() if k not in names})
            _store(tx, guild_id, settings)
            return settings

        return await self._write(guild_id, reset)

    async def _write(
        self, guild_id: int, work: Callable[[Statements], GuildSettings]
    ) -> GuildSettings:
        self._changes += 1
        self._cache.pop(guild_id, None)
        try:
            settings = await self._db.transact(work)
        finally:
            self._changes += 1
            self._cache.pop(guild_id, None)
        self._cache[guild_id] = settings
        return settings


def _settings(stored: dict[str, Any]) -> GuildSettings:
    # A setting since removed from GuildSettings is ignored rather than breaking the guild.
    return GuildSettings.model_validate(
        {k: v for k, v in stored.items() if k in GuildSettings.model_fields}
    )


def _stored(tx: Statements, guild_id: int) -> dict[str, Any]:
    row = tx.fetchone("SELECT settings FROM guild_settings WHERE guild_id = ?", (guild_id,))
    return _settings(from_json(row["settings"]) if row else {}).model_dump(
        mode="json", exclude_unset=True
    )


def _store(tx: Statements, guild_id: int, settings: GuildSettings) -> None:
    changed = settings.model_dump(mode="json", exclude_unset=True)
    if not changed:
        tx.execute("DELETE FROM guild_settings WHERE guild_id = ?", (guild_id,))
        return
    tx.execute(
        "INSERT INTO guild_settings (guild_id, settings, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings,"
        " updated_at = excluded.updated_at",
        (guild_id, to_json(changed), timestamp(dt.datetime.now(dt.UTC))),
    )
