"""Per-community settings (a Discord guild, a Slack workspace), each declared once below with
its default and what it is for.

Communities are keyed by platform and id: a Discord guild id is a number, a Slack team id a
string ("T0123ABCD"); both are stored as text beside their platform. A community's row keeps
only the settings it changed: a community never configured, or a setting never changed, reads
the default declared here (so a new default reaches every community that kept it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

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


class WorkspaceSettings(BaseModel):
    """How the bot behaves in one Slack workspace (Slack's ids are strings)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    allowed_channel_ids: frozenset[str] = Field(
        default=frozenset(),
        description="Channels where the bot answers mentions and /ask; empty: every channel.",
    )
    cooldown_seconds: float = Field(
        default=10.0,
        ge=0,
        le=3600,
        description=(
            "Once a member has used their burst, seconds between two questions (and hints in "
            "public); 0: no cooldown."
        ),
    )
    cooldown_burst: int = Field(
        default=3,
        ge=1,
        le=20,
        description="Questions a member may ask at once before the cooldown applies.",
    )
    log_channel_id: str | None = Field(
        default=None,
        description="Channel that receives misquote reports (the moderators'); none if unset.",
    )
    moderator_user_ids: frozenset[str] = Field(
        default=frozenset(),
        description="People who may use the moderator commands (besides admins and owners).",
    )

    def allows_channel(self, channel_id: str) -> bool:
        return not self.allowed_channel_ids or channel_id in self.allowed_channel_ids


Settings = TypeVar("Settings", GuildSettings, WorkspaceSettings)


class SettingsStore(Generic[Settings]):
    """One platform's community settings, cached in memory per community: a question reads
    its community's settings without a database call. Only this store changes the table
    while the bot runs (no other command writes it), so the cache is replaced on every update
    and reset; a change made to the file by other means is seen after a restart. With several
    processes on one database, a community's settings are changed (by /botconfig, in the
    community) only by the process serving it, the one that reads them: each community's
    cache lives in one process."""

    def __init__(self, connection: SqlConnection, platform: str, model: type[Settings]) -> None:
        self._db = connection
        self._platform = platform
        self._model: type[Settings] = model
        self._cache: dict[str, Settings] = {}
        self._changes = 0  # bumped by every write: a read begun before one is not cached

    async def get(self, community_id: int | str) -> Settings:
        """The community's settings; defaults for one never configured."""
        key = str(community_id)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        changes = self._changes
        row = await self._db.fetchone(
            "SELECT settings FROM community_settings WHERE platform = ? AND community_id = ?",
            (self._platform, key),
        )
        settings = self._settings(from_json(row["settings"]) if row else {})
        if changes == self._changes:
            self._cache[key] = settings
        return settings

    async def update(self, community_id: int | str, **changes: Any) -> Settings:
        """Change some settings, keeping the others; returns the settings now in force.

        Raises pydantic's ValidationError for an unknown setting or a value out of range
        (and changes nothing).
        """

        key = str(community_id)

        def update(tx: Statements) -> Settings:
            settings = self._model.model_validate({**self._stored(tx, key), **changes})
            self._store(tx, key, settings)
            return settings

        return await self._write(key, update)

    async def reset(self, community_id: int | str, *names: str) -> Settings:
        """Restore the named settings (every setting when none is named) to their defaults."""
        unknown = set(names) - set(self._model.model_fields)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        key = str(community_id)

        def reset(tx: Statements) -> Settings:
            stored = self._stored(tx, key) if names else {}
            settings = self._settings({k: v for k, v in stored.items() if k not in names})
            self._store(tx, key, settings)
            return settings

        return await self._write(key, reset)

    async def _write(self, key: str, work: Callable[[Statements], Settings]) -> Settings:
        self._changes += 1
        self._cache.pop(key, None)
        try:
            settings = await self._db.transact(work)
        finally:
            self._changes += 1
            self._cache.pop(key, None)
        self._cache[key] = settings
        return settings

    def _settings(self, stored: dict[str, Any]) -> Settings:
        # A setting since removed from the model is ignored rather than breaking the community.
        return self._model.model_validate(
            {k: v for k, v in stored.items() if k in self._model.model_fields}
        )

    def _stored(self, tx: Statements, key: str) -> dict[str, Any]:
        row = tx.fetchone(
            "SELECT settings FROM community_settings WHERE platform = ? AND community_id = ?",
            (self._platform, key),
        )
        return self._settings(from_json(row["settings"]) if row else {}).model_dump(
            mode="json", exclude_unset=True
        )

    def _store(self, tx: Statements, key: str, settings: Settings) -> None:
        changed = settings.model_dump(mode="json", exclude_unset=True)
        if not changed:
            tx.execute(
                "DELETE FROM community_settings WHERE platform = ? AND community_id = ?",
                (self._platform, key),
            )
            return
        tx.execute(
            "INSERT INTO community_settings (platform, community_id, settings, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (platform, community_id) DO UPDATE"
            " SET settings = excluded.settings, updated_at = excluded.updated_at",
            (self._platform, key, to_json(changed), timestamp(dt.datetime.now(dt.UTC))),
        )


GuildSettingsStore = SettingsStore[GuildSettings]
WorkspaceSettingsStore = SettingsStore[WorkspaceSettings]
