"""A tiny run of benchmarks/bench_shards.py's code path, so the benchmark cannot rot: two
`storybot run` processes (a shard each) on the session's PostgreSQL, 10 /ask and 2 mentions,
then one reindex reaching the other process."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.discord.botworld import REPO
from tests.postgres import PostgresServer


def _load_bench() -> ModuleType:
    benchmarks = str(REPO / "benchmarks")
    if benchmarks not in sys.path:  # bench_shards imports bench_bot_load beside it
        sys.path.insert(0, benchmarks)
    spec = importlib.util.spec_from_file_location(
        "bench_shards", REPO / "benchmarks" / "bench_shards.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


async def test_two_processes_answer_the_load_and_a_reindex_reaches_the_other(
    postgres_server: PostgresServer,
) -> None:
    bench = _load_bench()
    args = bench.parse(
        ["--asks", "10", "--mentions", "2", "--members", "4", "--warmup", "4", "--rate", "0",
         "--reindexes", "1"]
    )  # fmt: skip
    two_processes = [s for s in bench.SETUPS if len(s.shard_groups) == 2]
    rows, propagation = await bench.run(args, postgres_server, two_processes)
    [row] = rows
    assert (row.answered, row.lost, row.errors) == (12, 0, 0)
    assert row.p50 > 0 and row.answers_per_s > 0
    assert len(propagation) == 1 and propagation[0] > 0  # timed, not bounded: the load decides it
    assert "postgresql, 2 processes" in bench.report(rows, propagation)
