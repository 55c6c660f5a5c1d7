"""A tiny run of benchmarks/bench_bot_load.py's code path, so the benchmark cannot rot: the real
`storybot run` in a subprocess against the local Discord, 20 /ask and 5 mentions from 5 members,
then one cold `storybot ask`."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from tests.discord.botworld import REPO, plain, reply_text


def _load_bench() -> ModuleType:
    # By path: an installed package named `benchmarks` shadows the repository's folder.
    spec = importlib.util.spec_from_file_location(
        "bench_bot_load", REPO / "benchmarks" / "bench_bot_load.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def gold_by_question() -> dict[str, list[str]]:
    items = [json.loads(line) for line in bench.EVAL_SET.read_text(encoding="utf-8").splitlines()]
    return {item["q"]: item.get("gold", []) for item in items if item.get("q")}


async def test_a_small_load_is_answered_once_each_without_errors(tmp_path: Path) -> None:
    result, config = await bench.run_load(
        tmp_path, asks=20, members=5, mentions=5, seed=1, warmup=5, timeout=10.0
    )

    assert len(result.outcomes) == 25
    assert sum(o.job.kind == "mention" for o in result.outcomes) == 5
    assert result.lost == 0 and result.warmup_lost == 0
    assert result.http_errors == []
    assert result.log_problems == []
    assert result.duplicated == 0 and result.error_replies == 0 and result.no_buttons == 0
    assert result.errors == 0
    gold = gold_by_question()
    quoted = 0
    for outcome in result.outcomes:
        exchange = outcome.exchange
        answers = [r for r in exchange.replies if bench.is_answer(r)]
        assert len(answers) == 1, (outcome.job, exchange.replies)
        if outcome.job.kind == "ask":
            assert exchange.event == "INTERACTION_CREATE"
            assert [r.kind for r in exchange.replies].count("callback") == 1
        else:
            assert exchange.event == "MESSAGE_CREATE"
            assert answers[0].kind == "message"
        # timed, not bounded: how long it takes depends on the machine and its load
        assert outcome.latency_ms is not None and outcome.latency_ms > 0
        assert outcome.latency_ms == (answers[0].received_at - exchange.sent_at) * 1000
        text = plain(reply_text(answers[0]))
        assert text.strip()
        quoted += any(g in text for g in gold.get(outcome.job.question, []))
    assert quoted >= 5  # the answers quote the story
    assert result.rss_before_mib > 30 and result.rss_after_mib > 30
    assert result.bot_cpu_s > 0

    printed = bench.table(result, bench.machine())
    assert "/ask" in printed and "mention" in printed and "no errors met" in printed

    runs = bench.cold_runs(config, 1, "what did Bukele say about Garcia?")
    # one cold ask timed, not bounded: under load this machine took 21 s where it takes 2 quiet
    assert len(runs) == 1 and runs[0] > 0
    assert "1 runs" in bench.cold_table(runs)


async def test_an_open_loop_load_is_sent_at_its_rate_and_answered_once_each(
    tmp_path: Path,
) -> None:
    result, _ = await bench.run_load(
        tmp_path, asks=16, members=4, mentions=4, seed=2, warmup=4, timeout=10.0, rate=40.0
    )
    assert len(result.outcomes) == 20 and result.rate == 40.0
    assert result.errors == 0 and result.no_buttons == 0
    assert all(o.latency_ms is not None and o.buttons_ms is not None for o in result.outcomes)
    # 20 exponential gaps of mean 25 ms: about half a second of sending, not back-to-back
    assert 0.1 < result.sent_s < 2.0
    printed = bench.table(result, bench.machine())
    assert "open loop at 40 questions/s" in printed and "buttons under the answer" in printed
