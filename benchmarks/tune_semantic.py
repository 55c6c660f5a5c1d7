"""Dense retrieval's weight and depth on one half of a question set, and the engine's latency.

Usage::

    .venv/bin/python benchmarks/tune_semantic.py [tests/data/eval-dev.jsonl] [--half even]
    .venv/bin/python benchmarks/tune_semantic.py --latency

The first form prints MRR, Recall@1 and Recall@3 on the chosen half for each
`search.semantic_weight` and `search.semantic_depth` (0 is words only); the shipped setting is
the best Recall@3 on the even half (ties: the wider reach of high confidence once the
confidence model is refitted, then MRR). The second times the whole engine (question ->
Answer) over every question of the dev and fresh sets, five times, with and without dense
retrieval in the same run, after one question that loads the model.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.evaluation import evaluate, half, load_items  # noqa: E402
from bot.engine.search import Searcher, SearchSettings  # noqa: E402
from bot.engine.snapshot import IndexSnapshot  # noqa: E402

WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
DEPTHS = (0, 5, 10, 30)


def grid(snapshot: IndexSnapshot, file: Path, which: str) -> None:
    items = half(load_items(file), which)
    print(f"{which} half of {file.name}: weight depth  MRR    R@1    R@3")
    for weight in WEIGHTS:
        for depth in DEPTHS if weight else (0,):
            settings = SearchSettings(semantic_weight=weight, semantic_depth=depth)
            report = evaluate(items, Searcher(snapshot, settings), [])
            print(
                f"{weight:>29.1f} {depth:>5} {report.mrr:.3f} {report.recall_at_1.hits:>4}/"
                f"{report.recall_at_1.total} {report.recall_at_3.hits:>3}/"
                f"{report.recall_at_3.total}"
            )


def latency(snapshot: IndexSnapshot) -> None:
    questions = [
        item.q
        for name in ("eval-dev.jsonl", "eval-fresh.jsonl")
        for item in load_items(ROOT / "tests/data" / name)
        if item.q
    ]
    for label, settings in (
        ("words only", SearchSettings(semantic_weight=0.0)),
        ("with dense", SearchSettings()),
    ):
        searcher = Searcher(snapshot, settings)
        t0 = time.perf_counter()
        searcher.ask("a first question loads the model")
        first = time.perf_counter() - t0
        samples: list[float] = []
        for _ in range(5):
            for question in questions:
                t0 = time.perf_counter()
                searcher.ask(question)
                samples.append(time.perf_counter() - t0)
        samples.sort()
        p50 = samples[len(samples) // 2] * 1000
        p99 = samples[int(len(samples) * 0.99)] * 1000
        print(
            f"{label}: first question {first * 1000:.0f} ms; then p50 {p50:.3f} ms, "
            f"p99 {p99:.3f} ms over {len(samples)} questions"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=ROOT / "tests/data/eval-dev.jsonl")
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument("--latency", action="store_true")
    args = parser.parse_args()
    snapshot = build_snapshot(load_corpus(ROOT / "corpus"), "tune")
    if args.latency:
        latency(snapshot)
    else:
        grid(snapshot, args.file, args.half)


if __name__ == "__main__":
    main()
