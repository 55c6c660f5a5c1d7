"""The bot across processes: the load of bench_bot_load.py through 1 and through 2 `storybot run`
processes sharing one PostgreSQL database, and how fast a reindex reaches the other process.

Usage::

    .venv/bin/python benchmarks/bench_shards.py [--asks 2000] [--members 50] [--mentions 500]
        [--rate Q ...] [--seed 1] [--warmup 250] [--timeout 10] [--reindexes 5]
        [--no-sqlite]

What it does, per set-up (each on a fresh database and a fresh fake Discord):

* `sqlite, 1 process`: today's deployment, for reference: one process, both shards, SQLite;
* `postgresql, 1 process`: one process running both shards (`--shard-ids 0,1`);
* `postgresql, 2 processes`: one process per shard (`--shard-ids 0` and `--shard-ids 1`).

The bot has 2 shards in every set-up; the fake Discord (`tests/fakediscord`, in this process)
holds two guilds, one on each shard, with `--members` members split between them, and sends
each guild's events to the process running its shard. PostgreSQL is started by this script in
a temp folder (tests/postgres.py), as the tests do. The load is bench_bot_load.py's (same
questions, same plan, same latency definition: from the server writing the event to it
receiving the answer), once per `--rate` (Q > 0: open loop at Q questions/s in all; 0: closed
loop, each member asking again as soon as answered, the most the set-up serves).

Then, with the 2 processes: `--reindexes` times, a story is added to the corpus and an admin
runs /reindex in the guild of shard 0; the time from the server receiving the "Reindexed"
reply to the first answer from the new index in the guild of shard 1 (asked back-to-back).

On 2 cores the processes share the cores with the fake Discord, the load generator and the
PostgreSQL server: what to read is whether throughput grows with processes until the cores
run out, and that nothing is lost. The machine is shared, so figures drift between runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

import bench_bot_load as load  # noqa: E402

from bot.storage import Database  # noqa: E402
from tests.discord.botworld import plain, reply_text  # noqa: E402
from tests.fakediscord import FakeDiscord  # noqa: E402
from tests.fakediscord.client import discord  # noqa: E402
from tests.postgres import PostgresServer, find_bindir  # noqa: E402

SHARDS = 2
FERRY = "when does the ferry sail at dawn?"


@dataclass(frozen=True)
class Setup:
    label: str
    backend: str  # "sqlite" or "postgresql"
    shard_groups: tuple[tuple[int, ...], ...]  # the shards of each process


SETUPS = (
    Setup("sqlite, 1 process", "sqlite", ((0, 1),)),
    Setup("postgresql, 1 process", "postgresql", ((0, 1),)),
    Setup("postgresql, 2 processes", "postgresql", ((0,), (1,))),
)


@dataclass
class Row:
    setup: Setup
    rate: float
    answered: int
    lost: int
    errors: int
    wall_s: float
    p50: float
    p99: float
    bot_cpu_s: float
    driver_cpu_s: float  # this process: the fake Discord and the load generator
    machine_busy: float  # share of both cores busy during the load (everything on the machine)

    @property
    def answers_per_s(self) -> float:
        return self.answered / self.wall_s


@dataclass
class Bots:
    fake: FakeDiscord
    worlds: list[load.World]  # one per guild, guild n on shard n
    admin: load.Member
    corpus: Path
    processes: list[asyncio.subprocess.Process]
    logs: list[Path]


def write_config(workdir: Path, fake: FakeDiscord, guild_ids: Sequence[int], database: str) -> Path:
    corpus = workdir / "corpus"
    corpus.mkdir()
    for story in sorted((ROOT / "corpus").glob("*.txt")):
        (corpus / story.name).write_bytes(story.read_bytes())
    storage = f'[storage]\ndatabase = "{database}"\n' if database.endswith(".sqlite3") else ""
    config = workdir / "config.toml"
    config.write_text(
        f'[corpus]\ndir = "corpus"\n{storage}'
        f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        f"guild_ids = [{', '.join(str(g) for g in guild_ids)}]\nshard_count = {SHARDS}\n"
        f"admin_guild_ids = [{guild_ids[0]}]\n"
        '[logging]\nlevel = "INFO"\n',
        encoding="utf-8",
    )
    return config


@contextlib.asynccontextmanager
async def started(setup: Setup, workdir: Path, members: int, database: str) -> AsyncIterator[Bots]:
    async with FakeDiscord(token=load.TOKEN) as fake:
        worlds = []
        for shard in range(SHARDS):
            guild = fake.add_guild(f"Newsroom {shard}", shard=(shard, SHARDS))
            channels = [fake.add_channel(guild, name) for name in load.CHANNELS]
            people = [
                fake.add_member(guild, f"member{shard}-{i:03d}") for i in range(members // SHARDS)
            ]
            worlds.append(load.World(fake, guild.id, channels, people))
        admin_role = fake.add_role(
            fake.guilds[worlds[0].guild_id], "admins", discord.Permissions(administrator=True).value
        )
        admin = fake.add_member(fake.guilds[worlds[0].guild_id], "editor", roles=[admin_role])
        config = write_config(workdir, fake, [w.guild_id for w in worlds], database)
        async with Database.open(database) as db:
            for world in worlds:
                await db.guild_settings.update(world.guild_id, cooldown_seconds=0)
        env = load.bot_env()
        if setup.backend == "postgresql":
            env["STORYBOT_DATABASE_URL"] = database
        processes, logs = [], []
        for n, group in enumerate(setup.shard_groups):
            log = workdir / f"bot{n}.log"
            shard_ids = ",".join(str(s) for s in group)
            command = ("-m", "bot", "--config", str(config), "run", "--shard-ids", shard_ids)
            with log.open("wb") as out:
                process = await asyncio.create_subprocess_exec(
                    sys.executable, *command, cwd=ROOT, env=env, stdout=out, stderr=out
                )
            processes.append(process)
            logs.append(log)
        try:
            gateway = fake.gateway
            await gateway.wait_until(
                lambda: (
                    sorted(gateway.by_shard) == list(range(SHARDS))
                    and gateway.ready_count >= SHARDS
                ),
                timeout=120,
            )
            await fake.wait_until(
                lambda: all((w.guild_id, "ask", 1) in fake.commands for w in worlds), timeout=60
            )
            yield Bots(fake, worlds, admin, workdir / "corpus", processes, logs)
        finally:
            for process in processes:
                await load.stop(process, None)


async def drive_all(
    bots: Bots, shares: list[list[load.Job]], timeout: float, rate: float, seed: int
) -> list[load.Outcome]:
    """Each guild's members with their share of the plan, the guilds at the same time."""
    half = len(shares) // SHARDS
    parts = [shares[n * half : (n + 1) * half] for n in range(SHARDS)]
    if rate > 0:
        runs = [
            load.drive_open(world, part, timeout, rate / SHARDS, seed + n)
            for n, (world, part) in enumerate(zip(bots.worlds, parts, strict=True))
        ]
    else:
        runs = [
            load.drive(world, part, timeout) for world, part in zip(bots.worlds, parts, strict=True)
        ]
    results = await asyncio.gather(*runs)
    return [outcome for result in results for outcome in result]


async def measure(setup: Setup, bots: Bots, args: argparse.Namespace) -> list[Row]:
    fake = bots.fake
    members = len(bots.worlds[0].members) * SHARDS
    warm = load.plan(args.warmup - args.warmup // 10, args.warmup // 10, members, args.seed + 1)
    await drive_all(bots, warm, args.timeout, 0.0, args.seed)
    await load.settle(fake)
    rows = []
    for rate in args.rate:
        shares = load.plan(args.asks, args.mentions, members, args.seed)
        first_request = len(fake.requests)
        pids = [p.pid for p in bots.processes]
        cpu = sum(load.cpu_seconds(pid) for pid in pids)
        driver, machine = time.process_time(), machine_ticks()
        started_at = time.perf_counter()
        with load.harness_gc_paused():
            outcomes = await drive_all(bots, shares, args.timeout, rate, args.seed + 2)
        wall = time.perf_counter() - started_at
        cpu = sum(load.cpu_seconds(pid) for pid in pids) - cpu
        driver = time.process_time() - driver
        busy, total = (
            after - before for after, before in zip(machine_ticks(), machine, strict=True)
        )
        await load.settle(fake)
        duplicated, error_replies, _ = load.check_exchanges(outcomes)
        http = load.http_errors_of(fake, first_request)
        latencies = [o.latency_ms for o in outcomes if o.latency_ms is not None]
        lost = sum(o.latency_ms is None for o in outcomes)
        rows.append(
            Row(
                setup=setup,
                rate=rate,
                answered=len(latencies),
                lost=lost,
                errors=duplicated + error_replies + len(http) + lost,
                wall_s=wall,
                p50=load.percentile(latencies, 0.5),
                p99=load.percentile(latencies, 0.99),
                bot_cpu_s=cpu,
                driver_cpu_s=driver,
                machine_busy=busy / total if total else float("nan"),
            )
        )
    return rows


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far, from /proc/stat (steal is busy:
    another guest had the core)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields[:8]) - idle, sum(fields[:8])


async def reindex_propagation(bots: Bots, times: int, timeout: float) -> list[float]:
    """ms from the "Reindexed" reply (shard 0's process) to shard 1's first new answer."""
    fake = bots.fake
    world0, world1 = bots.worlds
    asker = world1.members[0]
    found: list[float] = []
    for n in range(times):
        marker = f"ferry{n}"
        (bots.corpus / "extra.txt").write_text(
            f'+++\nid = "extra"\n+++\nThe {marker} sails at dawn, the harbour master said.\n',
            encoding="utf-8",
        )
        reindex = await fake.slash(bots.admin, world0.channels[0], "reindex", {})
        done = await reindex.wait_for(
            "edit_original", predicate=lambda r: "Reindexed" in (r.content or ""), timeout=60
        )
        deadline = time.perf_counter() + timeout
        while True:
            asked = await fake.slash(asker, world1.channels[0], "ask", {"question": FERRY})
            reply = await asked.callback(timeout=timeout)
            if marker in plain(reply_text(reply)):
                found.append((reply.received_at - done.received_at) * 1000)
                break
            if time.perf_counter() > deadline:
                raise RuntimeError(f"shard 1 never answered from reindex {n}")
    return found


def report(rows: Sequence[Row], propagation: Sequence[float]) -> str:
    lines = [
        load.machine(),
        f"{'set-up':26}{'load':>14}{'answers/s':>11}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'lost':>6}{'errors':>8}{'CPU ms/answer: bots':>21}{'load+fake':>11}"
        f"{'machine busy':>14}",
    ]
    for row in rows:
        how = f"{row.rate:g} q/s open" if row.rate > 0 else "closed loop"
        lines.append(
            f"{row.setup.label:26}{how:>14}{row.answers_per_s:>11.0f}{row.p50:>9.1f}"
            f"{row.p99:>9.1f}{row.lost:>6}{row.errors:>8}"
            f"{row.bot_cpu_s / max(row.answered, 1) * 1000:>21.2f}"
            f"{row.driver_cpu_s / max(row.answered, 1) * 1000:>11.2f}"
            f"{row.machine_busy:>14.0%}"
        )
    by_rate = Counter(row.rate for row in rows)
    for rate in by_rate:
        one = [r for r in rows if r.rate == rate and r.setup is SETUPS[1]]
        two = [r for r in rows if r.rate == rate and r.setup is SETUPS[2]]
        if one and two and rate == 0:
            ratio = two[0].answers_per_s / one[0].answers_per_s
            lines.append(
                f"closed loop: 2 processes serve {ratio:.2f}x the answers/s of 1 "
                "(PostgreSQL, same machine, same run)"
            )
    if propagation:
        ordered = sorted(propagation)
        lines.append(
            f"reindex in one process -> first answer from the new index in the other: "
            f"{', '.join(f'{ms:.0f}' for ms in propagation)} ms (median "
            f"{ordered[len(ordered) // 2]:.0f} ms, max {ordered[-1]:.0f} ms)"
        )
    return "\n".join(lines)


async def run(
    args: argparse.Namespace,
    server: PostgresServer | None,
    setups: Sequence[Setup] = SETUPS,
) -> tuple[list[Row], list[float]]:
    rows: list[Row] = []
    propagation: list[float] = []
    for setup in setups:
        if setup.backend == "sqlite" and args.no_sqlite:
            continue
        if setup.backend == "postgresql" and server is None:
            continue
        with tempfile.TemporaryDirectory(prefix="bench-shards-") as tmp:
            workdir = Path(tmp)
            database = (
                server.new_database()
                if setup.backend == "postgresql" and server is not None
                else str(workdir / "data" / "bot.sqlite3")
            )
            print(f"[{time.strftime('%H:%M:%S')}] {setup.label}", file=sys.stderr, flush=True)
            async with started(setup, workdir, args.members, database) as bots:
                rows += await measure(setup, bots, args)
                if len(setup.shard_groups) > 1 and args.reindexes:
                    propagation = await reindex_propagation(bots, args.reindexes, args.timeout)
            for log in bots.logs:
                problems = load.log_problems_of(log)
                if problems:
                    print(f"{setup.label}: {log.name}: {problems[:5]}", file=sys.stderr)
    return rows, propagation


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--asks", type=int, default=2000)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--mentions", type=int, default=500)
    parser.add_argument("--rate", type=float, nargs="+", default=[300.0, 0.0], metavar="Q")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=250)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--reindexes", type=int, default=5)
    parser.add_argument("--no-sqlite", action="store_true", help="skip the SQLite reference")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)

    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL is not installed (apt-get install postgresql)", file=sys.stderr)
        return 2
    server = PostgresServer(bindir)
    try:
        server.start()
        rows, propagation = asyncio.run(run(args, server))
    finally:
        server.remove()
    print(report(rows, propagation))
    return 0 if all(row.errors == 0 for row in rows) else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning")
    sys.exit(main())
