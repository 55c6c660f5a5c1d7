"""StoryBot against the local Discord: a guild with a member, a moderator and an admin, a temp
corpus (copied from corpus/) and a temp database. Import the `bot_world` fixture in a test module.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import shutil
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import CorpusSettings, DiscordSettings, Settings, StorageSettings
from bot.discord.app import StoryBot
from bot.discord.cogs.ask import slash as ask_cog
from bot.engine.service import StoryService
from bot.storage import Database, StoredAnswer
from tests.fakediscord import (
    FAST_CLIENT_OPTIONS,
    Channel,
    Exchange,
    FakeDiscord,
    Guild,
    Member,
    Message,
    RecordedRequest,
    Reply,
    Role,
    running,
)
from tests.fakediscord.client import discord

REPO = Path(__file__).resolve().parents[2]
GARCIA = "what did Bukele say about Garcia?"
PARAGRAPH_13 = (
    "But during the meeting, Bukele said it would be “preposterous” for him to return Garcia "
    "to the U.S. despite a unanimous Supreme Court ruling."
)


def plain(rendered: str) -> str:
    """What Discord shows for rendered Markdown, minus formatting: quotes, bold, escapes."""
    text = "\n".join(re.sub(r"^> ?", "", line) for line in rendered.split("\n"))
    text = re.sub(r"(?<!\\)\*\*", "", text)
    return re.sub(r"\\([^A-Za-z0-9\s])", r"\1", text)


@dataclass
class BotWorld:
    fake: FakeDiscord
    guild: Guild
    general: Channel
    elsewhere: Channel
    log: Channel
    member: Member
    moderator: Member
    admin: Member
    mod_role: Role
    corpus: Path
    settings: Settings
    database: Database
    service: StoryService
    bot: StoryBot

    def new_bot(self) -> StoryBot:
        return StoryBot(
            service=self.service,
            database=self.database,
            settings=self.settings,
            **FAST_CLIENT_OPTIONS,
        )

    async def slash(
        self,
        who: Member,
        name: str,
        options: dict[str, object] | None = None,
        *,
        channel: Channel | None = None,
    ) -> Exchange:
        return await self.fake.slash(who, channel or self.general, name, options)

    async def answer_of(self, exchange: Exchange) -> Message:
        """The interaction's answer message, with its buttons, once the bot has stored it."""
        await exchange.wait_for(predicate=lambda r: bool(r.components), timeout=5)
        message = exchange.original
        assert message is not None
        await self.stored(message.id)
        return message

    async def replied(self, exchange: Exchange) -> tuple[Reply, Message]:
        """The bot's message reply to a member's message, with its buttons, once the bot has
        stored it."""
        reply = await exchange.wait_for("message")
        message = reply.message
        assert message is not None and message.components
        await self.stored(message.id)
        return reply, message

    async def stored(self, message_id: int, timeout: float = 5.0) -> StoredAnswer:
        """The answer sent as `message_id` once the bot has stored it (just after sending)."""
        deadline = time.perf_counter() + timeout
        while (answer := await self.database.answers.get(message_id)) is None:
            assert time.perf_counter() < deadline, f"answer {message_id} not stored in {timeout}s"
            await asyncio.sleep(0.01)
        return answer

    async def mention(
        self,
        who: Member,
        text: str,
        *,
        channel: Channel | None = None,
        reference: Message | None = None,
    ) -> Exchange:
        content = f"{self.fake.bot_user.mention} {text}" if reference is None else text
        return await self.fake.send_message(
            channel or self.general, who, content, reference=reference
        )


def button(message: Message, action: str) -> str:
    """The custom id of the `action` button ("context", "vote:up", ...) under an answer."""
    [custom_id] = [c for c in message.custom_ids if c.startswith(f"storybot:{action}:")]
    return custom_id


def reply_text(reply: Reply) -> str:
    """Every bit of text in a reply: content and each embed's parts."""
    parts = [reply.content or ""]
    for embed in reply.embeds:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
        parts.append((embed.get("footer") or {}).get("text", ""))
    return "\n".join(p for p in parts if p)


def message_bodies(
    fake: FakeDiscord, start: int = 0
) -> list[tuple[RecordedRequest, dict[str, Any]]]:
    """Every message body the bot sent (posts, edits, interaction responses, follow-ups),
    from request number `start` on."""
    found = []
    for request in fake.requests[start:]:
        if request.method not in ("POST", "PATCH") or not isinstance(request.json, dict):
            continue
        body = request.json
        if request.path.startswith("/interactions/"):
            if body.get("type") not in (4, 7):
                continue
            body = body.get("data") or {}
        elif not (request.path.startswith("/webhooks/") or "/messages" in request.path):
            continue
        found.append((request, body))
    return found


def assert_nothing_pings(fake: FakeDiscord) -> int:
    bodies = message_bodies(fake)
    for request, body in bodies:
        mentions = body.get("allowed_mentions")
        assert mentions is not None, f"{request} has no allowed_mentions: {body}"
        assert mentions.get("parse") == [], request
        assert not mentions.get("users") and not mentions.get("roles"), request
        assert not mentions.get("replied_user"), request
    return len(bodies)


# How long the bot in these tests answers before it defers ("thinking…"): past any answer's
# time on a loaded machine, so a reply's shape never depends on the machine's speed. The tests
# of the deferral set it to 0 themselves.
TEST_DEFER_AFTER = 60.0


@pytest.fixture
async def bot_world(
    fake_discord: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[BotWorld]:
    monkeypatch.setattr(ask_cog, "DEFER_AFTER", TEST_DEFER_AFTER)
    fake = fake_discord
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(story, corpus / story.name)
    guild = fake.add_guild("Newsroom")
    general = fake.add_channel(guild, "general")
    elsewhere = fake.add_channel(guild, "off-topic")
    log = fake.add_channel(guild, "mod-log")
    mod_role = fake.add_role(guild, "mods", discord.Permissions(manage_messages=True).value)
    admin_role = fake.add_role(guild, "admins", discord.Permissions(administrator=True).value)
    member = fake.add_member(guild, "reader")
    moderator = fake.add_member(guild, "moderator", roles=[mod_role])
    admin = fake.add_member(guild, "editor", roles=[admin_role])
    settings = Settings(
        corpus=CorpusSettings(dir=corpus),
        storage=StorageSettings(database=tmp_path / "storybot.sqlite3"),
        discord=DiscordSettings(message_content_intent=True, admin_guild_ids=(guild.id,)),
    )
    async with Database.open(settings.storage.database) as database:
        await database.guild_settings.update(guild.id, cooldown_seconds=0)
        service = StoryService(database, corpus, settings.search)
        await service.start()
        world = BotWorld(
            fake,
            guild,
            general,
            elsewhere,
            log,
            member,
            moderator,
            admin,
            mod_role,
            corpus,
            settings,
            database,
            service,
            bot=None,  # type: ignore[arg-type]
        )
        world.bot = world.new_bot()
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(running(world.bot))
            yield world
