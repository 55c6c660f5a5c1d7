"""The bot under load: the real StoryBot (`storybot run`, its own process) against the local
Discord test server, driven by members asking /ask and mentioning the bot.

Usage::

    .venv/bin/python benchmarks/bench_bot_load.py [--asks 2000] [--members 50] [--mentions 500]
        [--rate Q ...] [--seed 1] [--warmup 250] [--timeout 10] [--cold-runs 10]
        [--cold | --no-cold] [--profile cprofile|py-spy] [--profile-out PATH]

What it does:

* starts `tests.fakediscord.FakeDiscord` on 127.0.0.1 (token "test") with a guild of
  `--members` members and four text channels, in this process (the load generator);
* writes a config (api_base/gateway_url at the fake, the guild's id in guild_ids), copies
  corpus/ to a temp folder, sets the guild's cooldown to 0 in a temp SQLite database, and starts
  `python -m bot --config ... run` as a subprocess (DISCORD_TOKEN=test); the bot builds its
  index at start-up, connects, syncs its commands;
* warm-up: `--warmup` interactions (9 in 10 /ask, 1 in 10 mentions), not measured; then reads
  the bot process's VmRSS from /proc/<pid>/status;
* load, once per `--rate` (default: 100, 300, then 0), against the same bot process: every member
  is a coroutine with its own shuffled share of the `--asks` /ask interactions and `--mentions`
  mentions (in the four channels).
  - `--rate Q` > 0, open loop: Q questions a second in total; each member sends at exponential
    intervals of mean members/Q s (a Poisson process), whether or not its previous question has
    been answered, so a slow bot meets the same offered load (no coordinated omission): the
    latency at a given rate.
  - `--rate 0`, closed loop (saturation): each member sends the next as soon as the previous one
    is answered, `--members` requests in flight: the most the bot serves, and its latency then.
  Questions: tests/data/eval-dev.jsonl and a few the story cannot answer (the bot abstains);
* latency: from the server writing INTERACTION_CREATE / MESSAGE_CREATE on the gateway to the
  server receiving the request that carries the answer (the interaction callback with the answer
  embed, or the @original edit / follow-up after a deferral; for a mention the
  POST /channels/{id}/messages reply), both on this process's perf_counter;
* errors: REST responses >= 400 (and unknown routes), WARNING/ERROR/Traceback lines in the bot's
  log, interactions unanswered after `--timeout` s (lost), more than one answer to one event
  (duplicated), answers that are error notices; after the load the bot's VmRSS again;
* cold (`--cold-runs`, default 10; `--cold` runs only this section): once the bot has stopped,
  `storybot ask` in a fresh process against the same database (index built), wall time.

With `--profile cprofile` the bot runs under `python -m cProfile` (its main thread only: the
event loop; the engine runs in worker threads) and is stopped with SIGINT so the profile is
written; `--profile py-spy` runs it under `py-spy record` (all threads, needs py-spy on PATH or
in the venv). The profile is written to `--profile-out` and its top entries printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.discord.render import COLOUR_ERROR  # noqa: E402
from bot.storage import Database  # noqa: E402
from tests.fakediscord import Channel, Exchange, FakeDiscord, Member, Reply  # noqa: E402
from tests.fakediscord.client import discord  # noqa: E402 (imported with audioop quiet)

TOKEN = "test"
EVAL_SET = ROOT / "tests" / "data" / "eval-dev.jsonl"
# Questions the story cannot answer: the bot abstains (still an answer, not an error).
ABSTAINING = (
    "What did Vladimir Putin say about the meeting?",
    "What's the weather like in San Salvador today?",
    "Who won the World Cup in 2010?",
    "What is the capital of Australia?",
    "What did Angela Merkel say about tariffs?",
)
CHANNELS = ("general", "news", "politics", "questions")
LOG_PROBLEM = re.compile(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback")
# discord.py's start-up notes about voice, which the bot does not use: not problems.
LOG_BENIGN = re.compile(r"is not installed, voice will NOT be supported")
TARGET_P99_MS = 100.0
TARGET_RSS_GROWTH = 0.10
TARGET_COLD_S = 1.0


# -- the workload -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    kind: str  # "ask" or "mention"
    question: str
    channel: int  # index into the world's channels


@dataclass
class Outcome:
    job: Job
    exchange: Exchange
    latency_ms: float | None  # None: no answer within the timeout

    @property
    def buttons_ms(self) -> float | None:
        """From the event to the request that put the buttons under the answer (the answer's own
        request, since they go out with it)."""
        sent = self.exchange.sent_at
        with_buttons = [r for r in self.exchange.replies if r.components]
        if sent is None or not with_buttons:
            return None
        return (with_buttons[0].received_at - sent) * 1000


def questions() -> list[str]:
    found = []
    for line in EVAL_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if item.get("q"):
                found.append(item["q"])
    return found + list(ABSTAINING)


def plan(asks: int, mentions: int, members: int, seed: int) -> list[list[Job]]:
    """Each member's jobs: asks and mentions dealt round-robin, each member's list shuffled."""
    rng = random.Random(seed)
    pool = questions()
    jobs = [Job("ask", rng.choice(pool), rng.randrange(len(CHANNELS))) for _ in range(asks)]
    jobs += [
        Job("mention", rng.choice(pool), rng.randrange(len(CHANNELS))) for _ in range(mentions)
    ]
    rng.shuffle(jobs)
    shares: list[list[Job]] = [[] for _ in range(members)]
    for i, job in enumerate(jobs):
        shares[i % members].append(job)
    return shares


def is_answer(reply: Reply) -> bool:
    """A reply that carries the answer (not a deferral)."""
    if not reply.embeds:
        return False
    if reply.kind == "callback":
        return reply.callback_type == 4
    return reply.kind in ("followup", "edit_original", "message")


def is_error_reply(reply: Reply) -> bool:
    return reply.ephemeral or any(e.get("color") == COLOUR_ERROR.value for e in reply.embeds)


# -- the world and the bot process ------------------------------------------------------------


@dataclass
class World:
    fake: FakeDiscord
    guild_id: int
    channels: list[Channel]
    members: list[Member]


def build_world(fake: FakeDiscord, members: int) -> World:
    guild = fake.add_guild("Newsroom")
    channels = [fake.add_channel(guild, name) for name in CHANNELS]
    people = [fake.add_member(guild, f"member{i:03d}") for i in range(members)]
    return World(fake, guild.id, channels, people)


def write_config(workdir: Path, *, api_base: str, gateway_url: str, guild_id: int) -> Path:
    corpus = workdir / "corpus"
    if not corpus.exists():
        corpus.mkdir()
        for story in sorted((ROOT / "corpus").glob("*.txt")):
            shutil.copy(story, corpus / story.name)
    config = workdir / "config.toml"
    config.write_text(
        '[corpus]\ndir = "corpus"\n[storage]\ndatabase = "data/bot.sqlite3"\n'
        f'[discord]\napi_base = "{api_base}"\ngateway_url = "{gateway_url}"\n'
        f"guild_ids = [{guild_id}]\n"
        # its admins are the bot's operators, so /reindex may change what it reads
        f"admin_guild_ids = [{guild_id}]\n"
        '[logging]\nlevel = "INFO"\n',
        encoding="utf-8",
    )
    return config


async def no_cooldown(workdir: Path, guild_id: int) -> None:
    """The default per-member cooldown is 10 s; the load needs none."""
    (workdir / "data").mkdir(exist_ok=True)
    async with Database.open(workdir / "data" / "bot.sqlite3") as database:
        await database.guild_settings.update(guild_id, cooldown_seconds=0)


def bot_env() -> dict[str, str]:
    return {**os.environ, "DISCORD_TOKEN": TOKEN, "PYTHONWARNINGS": "ignore::DeprecationWarning"}


def py_spy() -> str | None:
    venv = Path(sys.executable).parent / "py-spy"
    return str(venv) if venv.exists() else shutil.which("py-spy")


def bot_command(config: Path, profile: str | None, profile_out: Path) -> list[str]:
    bot = ["-m", "bot", "--config", str(config), "run"]
    if profile == "cprofile":
        return [sys.executable, "-m", "cProfile", "-o", str(profile_out), *bot]
    if profile == "py-spy":
        spy = py_spy()
        if spy is None:
            raise SystemExit("py-spy is not installed (pip install py-spy)")
        return [
            spy, "record", "--idle", "--threads", "--rate", "250", "--format", "raw",
            "-o", str(profile_out), "--", sys.executable, *bot,
        ]  # fmt: skip
    return [sys.executable, *bot]


def bot_pid(process: asyncio.subprocess.Process, profile: str | None) -> int:
    """The Python process of the bot (under py-spy it is py-spy's child)."""
    if profile != "py-spy":
        return process.pid
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    for _ in range(100):
        with contextlib.suppress(OSError):
            pids = children.read_text().split()
            if pids:
                return int(pids[0])
        time.sleep(0.05)
    raise RuntimeError("py-spy started no bot process")


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, all its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- driving ----------------------------------------------------------------------------------


async def run_job(world: World, member: Member, job: Job, timeout: float) -> Outcome:
    fake = world.fake
    channel = world.channels[job.channel]
    if job.kind == "ask":
        exchange = await fake.slash(member, channel, "ask", {"question": job.question})
    else:
        text = f"{fake.bot_user.mention} {job.question}"
        exchange = await fake.send_message(channel, member, text)
    try:
        reply = await exchange.wait_for(predicate=is_answer, timeout=timeout)
    except AssertionError:  # Exchange.wait_for's timeout
        return Outcome(job, exchange, None)
    assert exchange.sent_at is not None
    return Outcome(job, exchange, (reply.received_at - exchange.sent_at) * 1000)


async def drive(world: World, shares: Sequence[Sequence[Job]], timeout: float) -> list[Outcome]:
    """Every member in its own coroutine, the next job as soon as the previous is answered."""
    outcomes: list[Outcome] = []

    async def member_loop(member: Member, jobs: Sequence[Job]) -> None:
        for job in jobs:
            outcomes.append(await run_job(world, member, job, timeout))

    async with asyncio.TaskGroup() as group:
        for member, jobs in zip(world.members, shares, strict=False):
            group.create_task(member_loop(member, jobs))
    return outcomes


async def drive_open(
    world: World, shares: Sequence[Sequence[Job]], timeout: float, rate: float, seed: int
) -> list[Outcome]:
    """Open loop: `rate` jobs a second in total, a Poisson process (exponential gaps of mean
    1/rate), each arrival given to a random member with jobs left, so each member's own gaps
    are exponential too (mean members/rate). A job is sent on schedule whether or not the
    member's earlier jobs are answered."""
    outcomes: list[Outcome] = []
    rng = random.Random(seed)
    owners = [m for m, jobs in enumerate(shares) for _ in jobs]
    rng.shuffle(owners)
    next_job = [0] * len(shares)
    loop = asyncio.get_running_loop()

    async def one(member: Member, job: Job) -> None:
        outcomes.append(await run_job(world, member, job, timeout))

    async with asyncio.TaskGroup() as group:
        at = loop.time()
        for m in owners:
            at += rng.expovariate(rate)
            await asyncio.sleep(max(0.0, at - loop.time()))
            job = shares[m][next_job[m]]
            next_job[m] += 1
            group.create_task(one(world.members[m], job))
    return outcomes


async def settle(fake: FakeDiscord, quiet: float = 0.5, limit: float = 30.0) -> None:
    """Wait until the bot has sent no request for `quiet` s (late replies, notices)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        count = len(fake.requests)
        await asyncio.sleep(quiet)
        if len(fake.requests) == count:
            return


# -- results ----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass
class LoadResult:
    asks: int
    members: int
    mentions: int
    seed: int
    warmup: int
    outcomes: list[Outcome]
    wall_s: float
    rss_before_mib: float
    rss_after_mib: float
    bot_cpu_s: float  # during the measured load
    driver_cpu_s: float  # this process (fake Discord + members) during the load
    http_errors: list[str]
    log_problems: list[str]
    duplicated: int
    error_replies: int
    no_buttons: int
    requests: dict[str, int]  # REST requests by route during the load
    warmup_lost: int = 0
    profile: str | None = None
    rate: float = 0.0  # offered questions/s (open loop); 0: closed loop, back-to-back
    sent_s: float = 0.0  # from the first event sent to the last (the offered rate achieved)

    def latencies(self, kind: str | None = None) -> list[float]:
        return [
            o.latency_ms
            for o in self.outcomes
            if o.latency_ms is not None and (kind is None or o.job.kind == kind)
        ]

    @property
    def lost(self) -> int:
        return sum(o.latency_ms is None for o in self.outcomes)

    @property
    def errors(self) -> int:
        return (
            len(self.http_errors)
            + len(self.log_problems)
            + self.lost
            + self.warmup_lost
            + self.duplicated
            + self.error_replies
        )

    @property
    def rss_growth(self) -> float:
        return self.rss_after_mib / self.rss_before_mib - 1


def check_exchanges(outcomes: Sequence[Outcome]) -> tuple[int, int, int]:
    """(duplicated, error replies, answers without buttons) over the measured exchanges."""
    duplicated = errors = no_buttons = 0
    for outcome in outcomes:
        replies = outcome.exchange.replies
        answers = [r for r in replies if is_answer(r)]
        callbacks = [r for r in replies if r.kind == "callback"]
        if len(answers) > 1 or len(callbacks) > 1:
            duplicated += 1
        errors += sum(is_error_reply(r) for r in replies)
        if answers and not any(r.components for r in replies):
            no_buttons += 1
    return duplicated, errors, no_buttons


def http_errors_of(fake: FakeDiscord, since: int = 0) -> list[str]:
    return [
        f"{r.method} {r.route} -> {r.status}"
        for r in fake.requests[since:]
        if r.status >= 400 or not r.matched
    ]


def log_problems_of(log_file: Path) -> list[str]:
    text = log_file.read_text(encoding="utf-8", errors="replace")
    return [
        line
        for line in text.splitlines()
        if LOG_PROBLEM.search(line) and not LOG_BENIGN.search(line)
    ]


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(result: LoadResult, machine: str) -> str:
    if result.rate > 0:
        offered = len(result.outcomes) / result.sent_s if result.sent_s > 0 else float("nan")
        mode = (
            f"open loop at {result.rate:g} questions/s in total (achieved {offered:.0f}/s), "
            "exponential gaps per member"
        )
    else:
        mode = "closed loop (saturation): each member sends the next as soon as answered"
    lines = [
        f"storybot under load: {result.asks} /ask from {result.members} members + "
        f"{result.mentions} mentions, seed {result.seed}, warm-up {result.warmup} "
        f"(bot in its own process{', ' + result.profile + ' on' if result.profile else ''})",
        f"load: {mode}",
        machine,
        f"{'':10}{'count':>7}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'lost':>6}",
    ]
    for label, kind in (("/ask", "ask"), ("mention", "mention"), ("all", None)):
        values = result.latencies(kind)
        count = sum(1 for o in result.outcomes if kind is None or o.job.kind == kind)
        lost = sum(
            1
            for o in result.outcomes
            if o.latency_ms is None and (kind is None or o.job.kind == kind)
        )
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        top = max(values) if values else float("nan")
        lines.append(f"{label:10}{count:>7}{p50:>9.1f}{p99:>9.1f}{top:>9.1f}{lost:>6}")
    answered = len(result.latencies())
    buttons = [o.buttons_ms for o in result.outcomes if o.buttons_ms is not None]
    lines.append(
        f"buttons under the answer (event to the request carrying them): p50 "
        f"{percentile(buttons, 0.5):.1f} ms, p99 {percentile(buttons, 0.99):.1f} ms"
    )
    lines += [
        f"errors: {result.errors} (http >= 400: {len(result.http_errors)}, bot log "
        f"warnings/errors: {len(result.log_problems)}, lost: {result.lost}, duplicated: "
        f"{result.duplicated}, error replies: {result.error_replies}); answers without "
        f"buttons: {result.no_buttons}",
        f"bot RSS: {result.rss_before_mib:.1f} MiB after warm-up -> {result.rss_after_mib:.1f} "
        f"MiB after ({result.rss_growth:+.1%})",
        f"throughput {answered / result.wall_s:.0f} answers/s over {result.wall_s:.1f} s; "
        f"CPU per answer: bot {result.bot_cpu_s / max(answered, 1) * 1000:.2f} ms, "
        f"load generator + fake Discord {result.driver_cpu_s / max(answered, 1) * 1000:.2f} ms",
    ]
    per = ", ".join(f"{n / max(answered, 1):.2f} {key}" for key, n in result.requests.items())
    lines.append(f"REST requests per answer: {per}")
    p99 = percentile(result.latencies(), 0.99)
    lines.append(
        f"targets: p99 < {TARGET_P99_MS:.0f} ms {verdict(p99 < TARGET_P99_MS)}; no errors "
        f"{verdict(result.errors == 0)}; no reply lost {verdict(result.lost == 0)}; RSS growth "
        f"< {TARGET_RSS_GROWTH:.0%} {verdict(result.rss_growth < TARGET_RSS_GROWTH)}"
    )
    for problem in (result.http_errors + result.log_problems)[:10]:
        lines.append(f"  ! {problem}")
    return "\n".join(lines)


def cold_table(runs: Sequence[float]) -> str:
    if not runs:
        return "cold: skipped"
    p50, top = statistics.median(runs), max(runs)
    return (
        f"cold `storybot ask` (fresh process, built index), {len(runs)} runs: wall p50 "
        f"{p50:.3f} s, max {top:.3f} s; target < {TARGET_COLD_S:.0f} s "
        f"{verdict(top < TARGET_COLD_S)}"
    )


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: nproc {os.cpu_count()}, {model}, Python {sys.version.split()[0]}, "
        f"discord.py {discord.__version__}"
    )


# -- the runs ---------------------------------------------------------------------------------


async def run_load(
    workdir: Path,
    *,
    asks: int,
    members: int,
    mentions: int,
    seed: int,
    warmup: int,
    timeout: float = 10.0,
    rate: float = 0.0,
    profile: str | None = None,
    profile_out: Path | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[LoadResult, Path]:
    """One load (`rate` as for --rate) against a fresh bot; see `run_loads`."""
    results, config = await run_loads(
        workdir, asks=asks, members=members, mentions=mentions, seed=seed, warmup=warmup,
        timeout=timeout, rates=(rate,), profile=profile, profile_out=profile_out,
        progress=progress,
    )  # fmt: skip
    return results[0], config


async def run_loads(
    workdir: Path,
    *,
    asks: int,
    members: int,
    mentions: int,
    seed: int,
    warmup: int,
    timeout: float = 10.0,
    rates: Sequence[float] = (0.0,),
    profile: str | None = None,
    profile_out: Path | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[list[LoadResult], Path]:
    """Start the fake Discord and the bot, warm up, then drive the load once per rate (0: closed
    loop) against the same bot; returns the results and the bot's config (its database holds
    the built index, for the cold runs)."""
    profile_out = profile_out or workdir / "bot.prof"
    results: list[LoadResult] = []
    async with FakeDiscord(token=TOKEN) as fake:
        world = build_world(fake, members)
        config = write_config(
            workdir, api_base=fake.api_base, gateway_url=fake.gateway_url, guild_id=world.guild_id
        )
        await no_cooldown(workdir, world.guild_id)
        log_file = workdir / "bot.log"
        with log_file.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *bot_command(config, profile, profile_out),
                cwd=ROOT,
                env=bot_env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            pid = bot_pid(process, profile)
            progress(f"bot process {pid} started; waiting for it to connect")
            await fake.wait_for_ready(timeout=60)
            await fake.wait_until(lambda: (world.guild_id, "ask", 1) in fake.commands, timeout=30)
            progress(f"warm-up: {warmup} interactions")
            rng = random.Random(seed + 1)
            warm = plan(warmup - warmup // 10, warmup // 10, members, rng.randrange(1 << 30))
            warm_outcomes = await drive(world, warm, timeout)
            await settle(fake)
            for rate in rates:
                first = not results  # the warm-up's problems count against the first load
                rss_before = rss_mib(pid)
                first_request = len(fake.requests)
                how = f"{rate:g} questions/s (open loop)" if rate > 0 else "back-to-back"
                progress(f"load: {asks} /ask + {mentions} mentions from {members} members, {how}")
                shares = plan(asks, mentions, members, seed)
                cpu_bot, cpu_driver, started = (
                    cpu_seconds(pid),
                    time.process_time(),
                    time.perf_counter(),
                )
                with harness_gc_paused():
                    if rate > 0:
                        outcomes = await drive_open(world, shares, timeout, rate, seed + 2)
                    else:
                        outcomes = await drive(world, shares, timeout)
                wall = time.perf_counter() - started
                cpu_bot = cpu_seconds(pid) - cpu_bot
                cpu_driver = time.process_time() - cpu_driver
                await settle(fake)
                rss_after = rss_mib(pid)
                sent = [o.exchange.sent_at for o in outcomes if o.exchange.sent_at is not None]
                checked = (warm_outcomes if first else []) + outcomes
                duplicated, error_replies, no_buttons = check_exchanges(checked)
                http_errors = http_errors_of(fake, 0 if first else first_request)
                if fake.server_errors and first:
                    http_errors += [f"fake Discord failed: {e!r}" for e in fake.server_errors]
                routes = Counter(r.key for r in fake.requests[first_request:])
                warmup_lost = sum(o.latency_ms is None for o in warm_outcomes) if first else 0
                results.append(
                    LoadResult(
                        asks=asks,
                        members=members,
                        mentions=mentions,
                        seed=seed,
                        warmup=warmup,
                        outcomes=outcomes,
                        wall_s=wall,
                        rss_before_mib=rss_before,
                        rss_after_mib=rss_after,
                        bot_cpu_s=cpu_bot,
                        driver_cpu_s=cpu_driver,
                        http_errors=http_errors,
                        log_problems=[],
                        duplicated=duplicated,
                        error_replies=error_replies,
                        no_buttons=no_buttons,
                        requests=dict(routes.most_common()),
                        warmup_lost=warmup_lost,
                        profile=profile,
                        rate=rate,
                        sent_s=max(sent) - min(sent) if len(sent) > 1 else 0.0,
                    )
                )
        finally:
            await stop(process, profile)
    # One log covers every load: its problems count against the first (not twice).
    results[0].log_problems = log_problems_of(log_file)
    return results, config


@contextlib.contextmanager
def harness_gc_paused() -> Iterator[None]:
    """No garbage collection in this process (the fake Discord and the load) while it times
    the bot, as timeit does: its full collections, over every request it has recorded, took
    60-120 ms and were counted as the bot's latency. The bot's own collector runs as usual."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def stop(process: asyncio.subprocess.Process, profile: str | None) -> None:
    """SIGINT (so a profiler writes its output), then SIGTERM, then SIGKILL."""
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGINT if profile else signal.SIGTERM)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(process.wait(), 30 if profile else 10)
    if process.returncode is None:
        process.kill()
        await process.wait()


def cold_runs(config: Path, runs: int, question: str) -> list[float]:
    """Wall time of `storybot ask` in a fresh process, `runs` times (the index is built)."""
    command = [sys.executable, "-m", "bot", "--config", str(config), "ask", question]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=bot_env(), capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if done.returncode != 0 or b"Q: " not in done.stdout:
            raise RuntimeError(f"storybot ask failed: {done.stderr.decode()[-2000:]}")
    return times


def build_index(workdir: Path) -> Path:
    """A config over a copy of the corpus, its index built by `storybot index`."""
    config = write_config(
        workdir, api_base="http://127.0.0.1:9", gateway_url="ws://127.0.0.1:9", guild_id=1
    )
    subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "index"],
        cwd=ROOT, env=bot_env(), capture_output=True, check=True,
    )  # fmt: skip
    return config


def print_profile(profile: str, path: Path, out: TextIO, limit: int = 30) -> None:
    if profile == "cprofile":
        import pstats

        stats = pstats.Stats(str(path), stream=out)
        stats.strip_dirs().sort_stats("tottime").print_stats(limit)
        stats.sort_stats("cumulative").print_stats(limit)
    else:
        print(f"py-spy raw profile (collapsed stacks): {path}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--asks", type=int, default=2000)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--mentions", type=int, default=500)
    parser.add_argument(
        "--rate",
        type=float,
        nargs="+",
        default=[100.0, 300.0, 0.0],
        metavar="Q",
        help="questions/s in total, open loop (0: closed loop, back-to-back); one load per value",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=250, help="interactions before measuring")
    parser.add_argument("--timeout", type=float, default=10.0, help="s before a reply is lost")
    parser.add_argument("--cold-runs", type=int, default=10)
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--cold", action="store_true", help="only the cold `storybot ask` runs")
    only.add_argument("--no-cold", action="store_true", help="skip the cold runs")
    parser.add_argument("--profile", choices=("cprofile", "py-spy"))
    parser.add_argument("--profile-out", type=Path)
    args = parser.parse_args(argv)

    def progress(text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    question = "what did Bukele say about Garcia?"
    with tempfile.TemporaryDirectory(prefix="bench-bot-") as tmp:
        workdir = Path(tmp)
        if args.cold:
            config = build_index(workdir)
            print(machine())
            print(cold_table(cold_runs(config, args.cold_runs, question)))
            return 0
        profile_out = args.profile_out or (
            Path.cwd() / ("bot.prof" if args.profile == "cprofile" else "bot-py-spy.txt")
        )
        results, config = asyncio.run(
            run_loads(
                workdir,
                asks=args.asks,
                members=args.members,
                mentions=args.mentions,
                seed=args.seed,
                warmup=args.warmup,
                timeout=args.timeout,
                rates=args.rate,
                profile=args.profile,
                profile_out=profile_out.resolve(),
                progress=progress,
            )
        )
        cold: list[float] = []
        if not args.no_cold and args.cold_runs > 0:
            progress(f"cold: {args.cold_runs} runs of storybot ask")
            cold = cold_runs(config, args.cold_runs, question)
        for result in results:
            print(table(result, machine()))
            print()
        print(cold_table(cold))
        if args.profile:
            print_profile(args.profile, profile_out, sys.stdout)
    return 0 if all(result.errors == 0 for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
