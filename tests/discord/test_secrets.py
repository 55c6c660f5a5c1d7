"""The bot token, given through DISCORD_TOKEN, never shows: not in any log record at DEBUG
(discord.py's included, tracebacks included), not in anything the bot sends to Discord (error
replies included), not in the database file, and not in the output of `storybot run`, whether
the login works or Discord refuses the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.discord.app import StoryBot
from tests.discord.botworld import (
    GARCIA,
    REPO,
    BotWorld,
    bot_world,
    button,
    message_bodies,
    reply_text,
)
from tests.fakediscord import FAST_CLIENT_OPTIONS, FakeDiscord, basic_world, running

__all__ = ["bot_world"]

# Shaped like a real token: the bot's id in base64, a timestamp, an HMAC. The last two parts
# are what makes it secret.
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GsEcRt.leak-canary-9f3b2c71d4e6a8b0c2d4e6f8a0b2c4d6"
SECRET_PARTS = [TOKEN, TOKEN.split(".", 1)[1], TOKEN.rsplit(".", 1)[1]]


def assert_no_token(where: str, text: str | bytes) -> None:
    data = text.encode() if isinstance(text, str) else text
    for part in SECRET_PARTS:
        assert part.encode() not in data, f"the token shows in {where}"


class Everything(logging.Handler):
    """Every record at DEBUG and above, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[str] = []
        self.names: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        self.names.add(record.name)


@pytest.fixture
def all_logs() -> Iterator[Everything]:
    root = logging.getLogger()
    handler, level = Everything(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class QuickReconnectBot(StoryBot):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


def _database_bytes(world: BotWorld) -> bytes:
    database = world.settings.storage.database
    files = [database, *database.parent.glob(database.name + "-*")]  # -wal, -shm, -journal
    return b"".join(p.read_bytes() for p in files if p.is_file())


async def test_the_token_never_shows_in_logs_replies_or_the_database(
    bot_world: BotWorld, all_logs: Everything, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world
    fake = world.fake
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    token = world.settings.discord_token()
    assert_no_token("the settings' repr", repr(token) + str(token) + repr(world.settings))
    await world.bot.close()

    # A login Discord refuses.
    fake.token = "another-bot-token"
    refused = QuickReconnectBot(
        service=world.service, database=world.database, settings=world.settings
    )
    with pytest.raises(Exception) as failure:
        async with running(refused, token=token.get_secret_value()):
            pass
    assert_no_token("the login error", f"{failure.value!r} {failure.value}")

    # A bot that works: answers, an error, REST faults and a reconnect with RESUME and IDENTIFY.
    fake.token = TOKEN
    bot = QuickReconnectBot(
        service=world.service, database=world.database, settings=world.settings,
        **FAST_CLIENT_OPTIONS,
    )  # fmt: skip
    async with running(bot, token=token.get_secret_value()):
        fake.fail_next("POST /channels/*/messages", status=429, times=1)
        fake.fail_next("POST /interactions/*/*/callback", status=429, times=1)
        await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))
        await world.replied(await world.mention(world.moderator, GARCIA))
        await fake.close_gateway(4000)
        await fake.gateway.wait_for_resume()
        await fake.invalidate_session(resumable=False)
        await fake.gateway.wait_for_identify(3)  # the refused bot never reached the gateway
        await bot.wait_until_ready()

        async def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError(f"engine failure while holding {world.settings!r}")

        monkeypatch.setattr(world.service, "answer", broken)
        error = await (await world.slash(world.admin, "ask", {"question": GARCIA})).callback()
        assert "went wrong" in reply_text(error)
        await world.slash(world.member, "botconfig cooldown", {"seconds": 9})  # refused
        fake.fail_next("POST /channels/*/messages", status=503, times=None)
        await world.mention(world.member, GARCIA)
        await fake.wait_until(lambda: len(fake.requests_to("POST /channels/*/messages")) >= 3)
        await asyncio.sleep(0.2)

    # The token was really used (so a leak would have had something to leak)...
    identify = [f for f in fake.gateway.received if f.get("op") in (2, 6)][1:]  # not world.bot
    assert len(identify) == 3 and all(f["d"]["token"] == TOKEN for f in identify)
    assert any(r.headers.get("Authorization") == f"Bot {TOKEN}" for r in fake.requests)
    # ...and logged at DEBUG by discord.py, which saw it go by.
    assert {"discord.client", "discord.gateway", "discord.http"} <= all_logs.names
    assert any("IDENTIFY" in line for line in all_logs.lines)
    assert any("Traceback" in line and "engine failure" in line for line in all_logs.lines)

    assert_no_token("the logs", "\n".join(all_logs.lines))
    for request, body in message_bodies(fake):
        assert_no_token(f"a message the bot sent ({request})", repr(body))
    for request in fake.requests:
        assert_no_token(f"a request body ({request})", repr(request.json))
    assert_no_token("the database", _database_bytes(world))


def _config(tmp_path: Path, fake: FakeDiscord, guild_id: int) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for story in (REPO / "corpus").glob("*.txt"):
        shutil.copy(story, corpus / story.name)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "corpus"\n[storage]\ndatabase = "data/bot.sqlite3"\n'
        f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        f'guild_ids = [{guild_id}]\n[logging]\nlevel = "DEBUG"\n',
        encoding="utf-8",
    )
    return config


class StorybotRun:
    """`storybot run` in a subprocess with DISCORD_TOKEN set; its output is read as it comes
    (at DEBUG it would soon fill the pipe and stall the process)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.chunks: list[bytes] = []
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def start(cls, config: Path) -> StorybotRun:
        env = {
            **os.environ,
            "DISCORD_TOKEN": TOKEN,
            "PYTHONWARNINGS": "ignore::DeprecationWarning",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--config", str(config), "run",
            cwd=REPO, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        return cls(process)

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while chunk := await self.process.stdout.read(65536):
            self.chunks.append(chunk)

    async def stop(self) -> str:
        """End the process (if it still runs) and return everything it printed."""
        process = self.process
        if process.returncode is None:
            process.terminate()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 10)
            if process.returncode is None:
                process.kill()
                await process.wait()
        await self._reader
        return b"".join(self.chunks).decode()


async def test_storybot_run_never_prints_a_refused_token(tmp_path: Path) -> None:
    async with FakeDiscord(token="the-token-discord-expects") as fake:
        world = basic_world(fake)
        run = await StorybotRun.start(_config(tmp_path, fake, world.guild.id))
        try:
            await asyncio.wait_for(run.process.wait(), 30)
        finally:
            output = await run.stop()
        assert run.process.returncode == 1, output
        assert "Discord refused the token (check DISCORD_TOKEN)" in output
        assert "DEBUG" in output  # the whole log is in the output, at DEBUG
        assert_no_token("the output of storybot run", output)
        assert any(r.headers.get("Authorization") == f"Bot {TOKEN}" for r in fake.requests)
        assert_no_token(
            "the database",
            b"".join(p.read_bytes() for p in tmp_path.rglob("*.sqlite3*") if p.is_file()),
        )


async def test_storybot_run_at_debug_never_prints_the_token(tmp_path: Path) -> None:
    async with FakeDiscord(token=TOKEN) as fake:
        world = basic_world(fake)
        run = await StorybotRun.start(_config(tmp_path, fake, world.guild.id))
        try:
            await fake.wait_for_ready(timeout=30)
            await fake.wait_until(lambda: (world.guild.id, "ask", 1) in fake.commands, timeout=10)
            mention = await fake.send_message(
                world.channel, world.member, f"{fake.bot_user.mention} {GARCIA}"
            )
            await mention.wait_for("message", timeout=10)
            await fake.close_gateway(4000)  # the RESUME frame carries the token
            await fake.gateway.wait_for_resume(timeout=10)
            asked = await fake.slash(world.admin, world.channel, "ask", {"question": GARCIA})
            await asked.callback(timeout=10)
        finally:
            output = await run.stop()
        assert "has sent the RESUME payload" in output, output[-2000:]
        assert_no_token("the output of storybot run", output)
        assert_no_token(
            "the database",
            b"".join(p.read_bytes() for p in tmp_path.rglob("*.sqlite3*") if p.is_file()),
        )


async def test_interaction_tokens_never_show_in_the_logs_at_debug(
    bot_world: BotWorld, all_logs: Everything
) -> None:
    """An interaction token lets its holder post as the bot for 15 minutes. discord.py sees
    them in every INTERACTION_CREATE event and in the REST routes of replies, and logs both at
    DEBUG; the bot's log filter redacts them from every record."""
    world = bot_world
    fake = world.fake
    asked = await world.slash(world.member, "ask", {"question": GARCIA})
    answer = await world.answer_of(asked)
    click = await fake.click(world.member, answer, button(answer, "vote:up"))
    await click.callback()
    deferred = await world.slash(world.admin, "corpus add", {"file": fake.make_attachment(
        "x.txt", b"not a story")})  # fmt: skip
    await deferred.wait_for(predicate=lambda r: "x.txt" in reply_text(r))
    await world.replied(await world.mention(world.member, GARCIA))
    tokens = [e.token for e in (asked, click, deferred)]
    assert all(tokens)
    # The tokens went by, and discord.py logged what carried them at DEBUG...
    assert any(f"/interactions/{asked.interaction_id}/" in r.path for r in fake.requests)
    assert {"discord.gateway", "discord.http"} <= all_logs.names
    logged = "\n".join(all_logs.lines)
    assert "INTERACTION_CREATE" in logged and "/webhooks/" in logged
    # ...but never the tokens themselves.
    for token in tokens:
        assert token is not None and token not in logged, "an interaction token is in the log"
    assert "[redacted]" in logged
