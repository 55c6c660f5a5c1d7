"""Communities keyed by platform and id; keys for Slack's string ids."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.storage import Database, GuildSettings, WorkspaceSettings
from bot.storage.connection import Connection
from bot.storage.migrations import MIGRATIONS, migrate


async def test_a_guild_and_a_workspace_keep_their_own_settings(tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        await db.guild_settings.update(1, cooldown_seconds=1)
        await db.workspace_settings.update(
            "T01ABC", cooldown_seconds=2, allowed_channel_ids=frozenset({"C1"})
        )
        await db.workspace_settings.update("1", log_channel_id="C9")  # a team that looks like 1
    async with Database.open(tmp_path / "db.sqlite3") as db:
        assert await db.guild_settings.get(1) == GuildSettings(cooldown_seconds=1)
        workspace = await db.workspace_settings.get("T01ABC")
        assert workspace == WorkspaceSettings(
            cooldown_seconds=2, allowed_channel_ids=frozenset({"C1"})
        )
        assert workspace.allows_channel("C1") and not workspace.allows_channel("C2")
        assert (await db.workspace_settings.get("1")).log_channel_id == "C9"
        assert (await db.guild_settings.get(1)).log_channel_id is None


async def test_guild_settings_of_the_previous_schema_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    connection = await Connection.open(path, 5.0)
    try:
        await migrate(connection, MIGRATIONS[:5])
    finally:
        await connection.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO guild_settings VALUES (42, '{\"cooldown_seconds\": 3.0}', 'x')")
    raw.close()
    async with Database.open(path) as db:
        assert (await db.guild_settings.get(42)).cooldown_seconds == 3.0


async def test_slack_ids_get_lasting_negative_keys(tmp_path: Path) -> None:
    async with Database.open(tmp_path / "db.sqlite3") as db:
        team = await db.external_ids.key("slack", "T01ABC")
        message = await db.external_ids.key("slack", "C1/1712345678.000100")
        assert team < 0 and message < 0 and team != message
        assert await db.external_ids.key("slack", "T01ABC") == team
        assert await db.external_ids.existing_key("slack", "U404") is None
    async with Database.open(tmp_path / "db.sqlite3") as db:
        assert await db.external_ids.existing_key("slack", "T01ABC") == team
        assert await db.external_ids.external(message) == ("slack", "C1/1712345678.000100")
        assert await db.external_ids.external(12345) is None
