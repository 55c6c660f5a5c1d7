"""The whole engine's CPU time a question on a stored build, for comparing two versions on a
shared machine (wall times there mostly measure the wait for a core).

    .venv/bin/python benchmarks/engine_cpu.py DB QUESTIONS [--passes 4] [--label NAME]
        [--dump FILE] [--exact] [--clock thread|process|wall]

DB: a database `storybot index` built (e.g. by `bench_pipeline.py --keep DIR`); QUESTIONS: a
file of questions, one a line (`bench_pipeline.py`'s: `synthetic.questions(stories, 300)`).
`Searcher.ask` over every question after 20 warm-up, timed by `time.thread_time()`: the first
pass (each question's first sight of its passages and stories, as the benchmark's p50/p99)
and each question's least over `--passes` passes, p50/p90/p99 in ms. `--dump FILE` writes
each question's whole Answer (JSON, a line each) instead, to compare two versions' answers
byte for byte; `--exact`: every passage vector compared, not the nearest-neighbour index.
Run the two versions in turn, several times: `PYTHONPATH=<other checkout> python ...` runs
the other one's engine. `--clock process` counts the CPU of every thread (the nearest-neighbour
search runs on a thread of its own while BM25 ranks: the asking thread's CPU leaves it out),
`--clock wall` the time a question waits (on a shared machine, mostly its wait for a core).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


CLOCKS = {
    "thread": (time.thread_time, "ms CPU"),
    "process": (time.process_time, "ms CPU of every thread"),
    "wall": (time.perf_counter, "ms wall"),
}


def summary(label: str, latencies: list[float], unit: str = "ms CPU") -> str:
    figures = " ".join(
        f"{name} {percentile(latencies, q):.3f}"
        for name, q in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99))
    )
    return f"{label}: {figures} {unit}"


async def stored_snapshot(db_path: Path) -> Any:
    from bot.storage import Database

    async with Database.open(db_path) as db:
        return await db.load_active_snapshot()


def stored_build_and_questions(db_path: Path, questions_path: Path) -> tuple[Any, list[str]]:
    """The build `storybot index` stored in `db_path`, and the questions of a file (a line
    each); also used by engine_stages.py."""
    snapshot = asyncio.run(stored_snapshot(db_path))
    if snapshot is None:
        raise SystemExit(f"{db_path} holds no build: run storybot index first")
    return snapshot, questions_path.read_text(encoding="utf-8").splitlines()


def dump_answers(searcher: Any, questions: list[str], path: Path) -> None:
    """Each question's whole answer as a line of JSON: what two runs compare byte for byte."""
    with path.open("w", encoding="utf-8") as out:
        for question in questions:
            out.write(json.dumps(searcher.ask(question).model_dump(mode="json")) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--passes", type=int, default=4)
    parser.add_argument("--label", default="engine")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--exact", action="store_true")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="thread")
    args = parser.parse_args()
    clock, unit = CLOCKS[args.clock]
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.search import Searcher

    snapshot, questions = stored_build_and_questions(args.db, args.questions)
    searcher = Searcher(snapshot)
    if args.exact:
        everything = searcher.settings.model_copy(update={"semantic_exact_below": 10**12})
        searcher = Searcher(snapshot, everything)
    if args.dump is not None:
        dump_answers(searcher, questions, args.dump)
        return 0
    for question in questions[:20]:
        searcher.ask(question)
    passes: list[list[float]] = []
    for _ in range(args.passes):
        latencies = []
        for question in questions:
            started = clock()
            searcher.ask(question)
            latencies.append((clock() - started) * 1000)
        passes.append(latencies)
    print(summary(f"{args.label} first pass", passes[0], unit), flush=True)
    least = [min(p) for p in zip(*passes, strict=True)]
    print(summary(f"{args.label} least of {args.passes}", least, unit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
