"""`storybot run --platform all`: Discord and Slack in one process, one engine, one database."""

from __future__ import annotations

import asyncio
import time

from bot.storage import Database
from tests.discord.botworld import plain, reply_text
from tests.discord.conftest import fake_discord, fake_discord_options
from tests.fakediscord import FakeDiscord, basic_world
from tests.slack.slackworld import GARCIA, PARAGRAPH_13, SlackWorld, shown, slack_world, text_of

__all__ = ["fake_discord", "fake_discord_options", "slack_world"]


async def test_both_platforms_answer_from_one_process_and_one_database(
    slack_world: SlackWorld, fake_discord: FakeDiscord
) -> None:
    world = slack_world
    discord_world = basic_world(fake_discord)
    with world.config.open("a", encoding="utf-8") as config:
        config.write(
            f'[discord]\napi_base = "{fake_discord.api_base}"\n'
            f'gateway_url = "{fake_discord.gateway_url}"\nguild_ids = [{discord_world.guild.id}]\n'
        )
    await world.start_bot(env={"DISCORD_TOKEN": "discord-test-token"}, platform="all")
    await fake_discord.wait_for_ready(timeout=30)
    mention = await fake_discord.send_message(
        discord_world.channel, discord_world.member, f"{fake_discord.bot_user.mention} {GARCIA}"
    )
    reply = await mention.wait_for("message", timeout=10)
    assert PARAGRAPH_13 in plain(reply_text(reply))
    answer = await world.answer(await world.mention(world.member, GARCIA))
    assert PARAGRAPH_13 in shown(text_of(answer))
    # One query log for both platforms (each question is logged just after its answer).
    async with Database.open(world.tmp / "data" / "bot.sqlite3") as database:
        deadline = time.monotonic() + 10
        while (stats := await database.query_log.stats()).total < 2:
            assert time.monotonic() < deadline, stats
            await asyncio.sleep(0.01)
    assert stats.total == 2 and stats.answered == 2
    await world.stop_bot()
    assert not [line for line in world.output if "discord-test-token" in line]
