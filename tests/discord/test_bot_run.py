"""`storybot run` in a subprocess, pointed at the local Discord by its config file."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
from pathlib import Path

from bot.config import DiscordSettings, load_settings
from tests.discord.botworld import GARCIA, PARAGRAPH_13, REPO, plain, reply_text
from tests.fakediscord import FakeDiscord, basic_world

TOKEN = "test-token-that-must-not-be-logged"


def test_the_example_config_documents_every_discord_key() -> None:
    example = REPO / "config.example.toml"
    settings = load_settings(example)
    assert settings.discord == DiscordSettings()
    text = example.read_text(encoding="utf-8")
    section = text[text.index("[discord]") : text.index("[logging]")]
    for key in DiscordSettings.model_fields:
        assert f"{key} =" in section, f"[discord].{key} is not documented"


async def test_storybot_run_connects_syncs_and_answers(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake = fake_discord
    world = basic_world(fake)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in (REPO / "corpus").glob("*.txt"):
        shutil.copy(story, corpus / story.name)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "corpus"\n[storage]\ndatabase = "data/bot.sqlite3"\n'
        f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        f"guild_ids = [{world.guild.id}]\n",
        encoding="utf-8",
    )
    env = {**os.environ, "DISCORD_TOKEN": TOKEN, "PYTHONWARNINGS": "ignore::DeprecationWarning"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config), "run",
        cwd=REPO, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        await fake.wait_for_ready(timeout=30)
        await fake.wait_until(lambda: (world.guild.id, "ask", 1) in fake.commands, timeout=10)
        mention = await fake.send_message(
            world.channel, world.member, f"{fake.bot_user.mention} {GARCIA}"
        )
        reply = await mention.wait_for("message", timeout=10)
        assert PARAGRAPH_13 in plain(reply_text(reply))
        # Another member: the reader is on the default cooldown after the mention.
        asked = await fake.slash(world.admin, world.channel, "ask", {"question": GARCIA})
        answered = await asked.answered(timeout=10)
        assert "Quoting **Nayib Bukele**" in reply_text(answered)
    finally:
        process.terminate()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), 10)
        if process.returncode is None:
            process.kill()
        output = (await process.stdout.read()).decode() if process.stdout else ""
    assert TOKEN not in output
    assert f"synced 8 commands to guild {world.guild.id}" in output
