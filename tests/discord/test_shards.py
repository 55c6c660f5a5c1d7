"""Two `storybot run` processes, each running one of two shards, against one local Discord and
one PostgreSQL: each answers its own guild's questions, and a /reindex in one is answered from
by both."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import Database
from tests.discord.botworld import GARCIA, PARAGRAPH_13, REPO, plain, reply_text
from tests.fakediscord import Channel, FakeDiscord, Member
from tests.fakediscord.client import discord

TOKEN = "test-token-of-the-sharded-bot"
FERRY = "when does the ferry sail at dawn?"
FERRY_PASSAGE = "The ferry sails at dawn, the harbour master said."
# What the issue asks: every process answers from a new build within a second of it being
# saved. A wide margin over what it takes (LISTEN/NOTIFY, then loading the build: tens of ms).
PROPAGATION_LIMIT_S = 1.0


async def start_shard(
    config: Path, shard: int, env: dict[str, str], log: Path
) -> asyncio.subprocess.Process:
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--config", str(config), "run",
            "--shard-count", "2", "--shard-ids", str(shard),
            cwd=REPO, env=env, stdout=out, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.terminate()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), 10)
    if process.returncode is None:
        process.kill()
        await process.wait()


@contextlib.asynccontextmanager
async def two_shard_processes(
    fake: FakeDiscord, config: Path, env: dict[str, str], logs: list[Path]
) -> AsyncIterator[None]:
    processes = [await start_shard(config, n, env, logs[n]) for n in (0, 1)]
    try:
        yield
    finally:
        for process in processes:
            await stop(process)


async def ask(fake: FakeDiscord, member: Member, channel: Channel, question: str) -> str:
    asked = await fake.slash(member, channel, "ask", {"question": question})
    # a fresh process's first answer may come after "thinking…" on a slow machine
    return plain(reply_text(await asked.answered(timeout=10)))


async def test_two_processes_answer_their_own_guilds_and_share_a_reindex(
    fake_discord: FakeDiscord, postgres_url: str, tmp_path: Path
) -> None:
    fake = fake_discord
    guilds = [fake.add_guild(f"Newsroom {n}", shard=(n, 2)) for n in (0, 1)]
    channels = [fake.add_channel(guild, "general") for guild in guilds]
    members = [fake.add_member(guild, f"reader{n}") for n, guild in enumerate(guilds)]
    admin_role = fake.add_role(guilds[0], "admins", discord.Permissions(administrator=True).value)
    admin = fake.add_member(guilds[0], "editor", roles=[admin_role])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in (REPO / "corpus").glob("*.txt"):
        shutil.copy(story, corpus / story.name)
    async with Database.open(postgres_url) as database:
        for guild in guilds:
            await database.guild_settings.update(guild.id, cooldown_seconds=0)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "corpus"\n'
        f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        f"guild_ids = [{guilds[0].id}, {guilds[1].id}]\nadmin_guild_ids = [{guilds[0].id}]\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "DISCORD_TOKEN": TOKEN,
        "STORYBOT_DATABASE_URL": postgres_url,
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
    }
    logs = [tmp_path / f"shard{n}.log" for n in (0, 1)]
    async with two_shard_processes(fake, config, env, logs):
        gateway = fake.gateway
        await gateway.wait_until(
            lambda: sorted(gateway.by_shard) == [0, 1] and gateway.ready_count >= 2, timeout=60
        )
        await fake.wait_until(
            lambda: all((g.id, "ask", 1) in fake.commands for g in guilds), timeout=30
        )
        for n in (0, 1):
            assert PARAGRAPH_13 in await ask(fake, members[n], channels[n], GARCIA)
            # the event went to the session of the guild's own shard, nowhere else
            session = gateway.by_shard[n]
            assert session.shard == (n, 2)
            assert any(
                p["t"] == "INTERACTION_CREATE" and p["d"]["guild_id"] == str(guilds[n].id)
                for _, p, _ in session.buffer
            )
            other = gateway.by_shard[1 - n]
            assert not any(
                p["t"] == "INTERACTION_CREATE" and p["d"]["guild_id"] == str(guilds[n].id)
                for _, p, _ in other.buffer
            )
        for n in (0, 1):
            assert FERRY_PASSAGE not in await ask(fake, members[n], channels[n], FERRY)

        (corpus / "extra.txt").write_text(
            f'+++\nid = "extra"\n+++\n{FERRY_PASSAGE}\n', encoding="utf-8"
        )
        # While a third process (this test) reindexes, a /reindex is refused, saying why.
        async with Database.open(postgres_url) as third, third.reindexing():
            refused = await fake.slash(admin, channels[0], "reindex", {})
            reply = await refused.wait_for(
                "edit_original", predicate=lambda r: "reindexing" in (r.content or ""), timeout=30
            )
        assert "Another storybot process is reindexing" in (reply.content or "")
        assert "failed" not in (reply.content or "")
        assert FERRY_PASSAGE not in await ask(fake, members[0], channels[0], FERRY)
        reindex = await fake.slash(admin, channels[0], "reindex", {})
        done = await reindex.wait_for(
            "edit_original", predicate=lambda r: "Reindexed" in (r.content or ""), timeout=30
        )
        assert "Stories added: `extra`" in (done.content or "")
        # The process that reindexed answers from its new index at once...
        assert FERRY_PASSAGE in await ask(fake, members[0], channels[0], FERRY)
        # ... and the other within a second of the reindex being done.
        while FERRY_PASSAGE not in await ask(fake, members[1], channels[1], FERRY):
            waited = time.perf_counter() - done.received_at
            assert waited < PROPAGATION_LIMIT_S, f"shard 1 still on the old index after {waited}"
        waited = time.perf_counter() - done.received_at  # until its answer was in
        print(f"the other process answered from the new index {waited * 1000:.0f} ms after")

    for n, log in enumerate(logs):
        output = log.read_text(encoding="utf-8", errors="replace")
        assert TOKEN not in output
        assert "Traceback" not in output, output
        assert f"Shard ID {n} has connected" in output, output
    assert "built by another process" in logs[1].read_text(encoding="utf-8")
    assert fake.unmatched_requests == []


@pytest.mark.parametrize(
    ("shard_ids", "says"),
    [
        ("2", "out of range: shards are 0 to 1"),
        ("0,0", "names a shard twice"),
        ("x", "a list of shard numbers"),
        ("1", "postgresql:// URL"),  # some shards, on a SQLite file no other process can share
    ],
)
def test_wrong_shard_options_are_refused_clearly(shard_ids: str, says: str, tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "STORYBOT_DATABASE_URL"}
    (tmp_path / "corpus").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--shard-count", "2", "--shard-ids", shard_ids],
        cwd=tmp_path, env={**environment, "DISCORD_TOKEN": TOKEN},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode != 0
    assert says in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data").exists()  # refused before anything was opened
