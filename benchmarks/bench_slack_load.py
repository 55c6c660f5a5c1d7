"""The Slack bot under load: `storybot run --platform slack` (its own process) against the
local Slack test server (tests/fakeslack), members mentioning the bot.

Usage::

    .venv/bin/python benchmarks/bench_slack_load.py [--mentions 300] [--rate Q ...] [--timeout 10]

For each `--rate` (default 50, 100), against one bot process: `--mentions` app_mention events
sent over the Socket Mode WebSocket at exponential intervals of mean 1/Q s (open loop: the next
is sent whether or not the last was answered), questions taken in turn from
tests/data/eval-dev.jsonl (its questions, not its attribution items). Each mention also brings
the `message` event Slack sends for it, as Slack does. Latency: from the server writing the
envelope to it receiving the chat.postMessage that answers it (matched by thread_ts), both on
this process's perf_counter. Lost: no answer within `--timeout` s; duplicated: more than one
answer to one mention.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.slack.slackworld import SlackWorld, world_in  # noqa: E402


def questions() -> list[str]:
    lines = (REPO / "tests/data/eval-dev.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return [item["q"] for item in items if "q" in item]


async def run_rate(world: SlackWorld, rate: float, count: int, timeout: float) -> str:
    asked = questions()
    sent: dict[str, float] = {}
    answered: dict[str, float] = {}
    answers: dict[str, int] = {}
    seen = len(world.fake.requests)

    def collect() -> bool:
        nonlocal seen
        for request in world.fake.requests[seen:]:
            thread = request.body.get("thread_ts")
            if request.method == "chat.postMessage" and thread in sent:
                answers[thread] = answers.get(thread, 0) + 1
                answered.setdefault(thread, time.perf_counter())
        seen = len(world.fake.requests)
        return len(answered) >= count

    collector = asyncio.ensure_future(world.fake.wait_for(collect, timeout=count / rate + timeout))
    randomness = random.Random(1)
    for n in range(count):
        mention = await world.mention(world.member, asked[n % len(asked)])
        assert mention.ts is not None
        sent[mention.ts] = time.perf_counter()
        await asyncio.sleep(randomness.expovariate(rate))
    with contextlib.suppress(AssertionError):  # some were lost: counted below
        await collector
    latencies = sorted((answered[ts] - sent[ts]) * 1000 for ts in answered)
    lost = count - len(answered)
    duplicated = sum(1 for n in answers.values() if n > 1)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    return (
        f"{rate:>6.0f}/s  {count:>5}  p50 {statistics.median(latencies):7.1f} ms  "
        f"p99 {p99:7.1f} ms  max {latencies[-1]:7.1f} ms  lost {lost}  duplicated {duplicated}"
    )


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with world_in(Path(tmp)) as world:
            await world.start_bot()
            for warmup in range(20):
                await world.answer(await world.mention(world.member, f"warm-up {warmup}"))
            print(f"{'rate':>8}  {'asked':>5}  latency, from the envelope sent to the answer")
            for rate in args.rate:
                print(await run_rate(world, rate, args.mentions, args.timeout), flush=True)
            errors = [line for line in world.output if " ERROR " in line or "Traceback" in line]
            print(f"bot log: {len(errors)} ERROR or Traceback lines")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=300)
    parser.add_argument("--rate", type=float, nargs="+", default=[50.0, 100.0])
    parser.add_argument("--timeout", type=float, default=10.0)
    asyncio.run(main(parser.parse_args()))
