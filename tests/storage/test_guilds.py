"""Per-guild settings: defaults until changed, each guild on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.storage import Database, GuildSettings


def test_every_setting_has_a_default_and_says_what_it_is_for() -> None:
    for name, field in GuildSettings.model_fields.items():
        assert not field.is_required(), name
        assert field.description, f"{name} needs a description"


async def test_a_guild_never_configured_gets_the_defaults(db: Database) -> None:
    settings = await db.guild_settings.get(42)
    assert settings == GuildSettings()
    assert settings.allows_channel(123)


async def test_updates_keep_other_settings_and_stay_in_their_guild(
    tmp_path: Path, db: Database
) -> None:
    await db.guild_settings.update(1, allowed_channel_ids={10, 11}, cooldown_seconds=2.5)
    updated = await db.guild_settings.update(1, log_channel_id=99, moderator_role_ids=[7])
    assert updated == GuildSettings(
        allowed_channel_ids=frozenset({10, 11}),
        cooldown_seconds=2.5,
        log_channel_id=99,
        moderator_role_ids=frozenset({7}),
    )
    assert await db.guild_settings.get(1) == updated
    assert updated.allows_channel(10)
    assert not updated.allows_channel(12)
    assert await db.guild_settings.get(2) == GuildSettings()

    await db.guild_settings.update(2, cooldown_seconds=0)
    assert (await db.guild_settings.get(2)).cooldown_seconds == 0
    assert (await db.guild_settings.get(1)).cooldown_seconds == 2.5


async def test_settings_survive_a_restart(db_target: Path | str) -> None:
    async with Database.open(db_target) as db:
        await db.guild_settings.update(1, log_channel_id=5)
    async with Database.open(db_target) as db:
        assert (await db.guild_settings.get(1)).log_channel_id == 5


async def test_reset_restores_defaults(db: Database) -> None:
    await db.guild_settings.update(1, cooldown_seconds=1, log_channel_id=5)
    after = await db.guild_settings.reset(1, "cooldown_seconds")
    assert after == GuildSettings(log_channel_id=5)
    assert await db.guild_settings.get(1) == after
    assert await db.guild_settings.reset(1) == GuildSettings()
    assert await db.guild_settings.get(1) == GuildSettings()
    with pytest.raises(ValueError, match="unknown settings: colour"):
        await db.guild_settings.reset(1, "colour")


async def test_a_bad_update_is_refused_and_changes_nothing(db: Database) -> None:
    await db.guild_settings.update(1, cooldown_seconds=5)
    with pytest.raises(ValidationError):
        await db.guild_settings.update(1, cooldown_seconds=-1)
    with pytest.raises(ValidationError):
        await db.guild_settings.update(1, colour="red")
    assert (await db.guild_settings.get(1)).cooldown_seconds == 5
