"""Fit the confidence model (bot/engine/confidence.py) on one half of a question set.

Usage::

    .venv/bin/python benchmarks/fit_confidence.py [shared/eval/dev.jsonl] [--half even]

Builds the index of corpus/, reads each question of the chosen half (ids with an even number by
default), and fits logistic regression to "the gold passage comes first" over the signals the
engine reads of the question and its best passage. Prints the coefficients to copy into
COEFFICIENTS, the threshold the rule in bot/engine/evaluation.py (`choose_threshold`) picks on
the same half for HIGH_CONFIDENCE, and the trade-off they give on both halves at each threshold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import confidence  # noqa: E402
from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.evaluation import (  # noqa: E402
    THRESHOLDS,
    choose_threshold,
    evaluate,
    fit_confidence,
    half,
    load_items,
)
from bot.engine.search import Searcher, SearchSettings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=ROOT / "tests/data/eval-dev.jsonl")
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    args = parser.parse_args()
    snapshot = build_snapshot(load_corpus(ROOT / "corpus"), "fit")
    items = load_items(args.file)
    fitting = half(items, args.half)
    coefficients = fit_confidence(fitting, Searcher(snapshot))
    names = ["intercept", *confidence.Signals.__dataclass_fields__]
    print("COEFFICIENTS = (" + ", ".join(f"{c:.3f}" for c in coefficients) + ")")
    for name, value in zip(names, coefficients, strict=True):
        print(f"  {name:<12} {value:+.3f}")
    confidence.COEFFICIENTS = coefficients  # score both halves with the fitted model
    chosen = choose_threshold(fitting, Searcher(snapshot))
    print(f"HIGH_CONFIDENCE = {chosen}  (None: no threshold keeps both limits)")
    other = "odd" if args.half == "even" else "even"
    for threshold in THRESHOLDS:
        searcher = Searcher(snapshot, SearchSettings(high_confidence=threshold))
        for name in (args.half, other):
            report = evaluate(half(items, name), searcher, [])
            print(f"{name:>5} {report.trade_off(threshold)}")


if __name__ == "__main__":
    main()
