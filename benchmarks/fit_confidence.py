"""Fit the confidence model (bot/engine/confidence.py) on one half of a question set.

Usage::

    .venv/bin/python benchmarks/fit_confidence.py [shared/eval/dev.jsonl] [--half even] [--write]

Builds the index of corpus/, reads each question of the chosen half (ids with an even number by
default), and fits logistic regression to "the gold passage comes first" over the signals the
engine reads of the question and its best passage. Prints the coefficients to copy into
COEFFICIENTS, the threshold the rule in bot/engine/evaluation.py (`choose_threshold`) picks
with them on the sets in tests/data they were not fitted on (`sets_held_out`) for
HIGH_CONFIDENCE, and the trade-off they give on both halves at each threshold.
With `--write`, puts both into bot/engine/confidence.py: a refit after ranking changes is this
one command (then `storybot eval` and tests/engine/test_eval.py's figures). The even half, not
many sets: fitted on those too the model reaches no further on sets it did not see
(`benchmarks/confidence_across_sets.py --set-halves 10`), nor fitted on the even half of every
set on their odd halves (`--halves`).
"""

from __future__ import annotations

import argparse
import re
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
    sets_held_out,
)
from bot.engine.search import Searcher, SearchSettings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path, nargs="?", default=ROOT / "tests/data/eval-dev.jsonl")
    parser.add_argument("--half", choices=("even", "odd"), default="even")
    parser.add_argument(
        "--write", action="store_true", help="write the fitted model into confidence.py"
    )
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
    held_out = sets_held_out(ROOT / "tests/data", args.file.name, args.half)
    chosen = choose_threshold(list(held_out.values()), Searcher(snapshot))
    print(f"HIGH_CONFIDENCE = {chosen}  (None: no threshold keeps both limits)")
    if args.write and chosen is not None:
        write_model(coefficients, chosen)
        print(f"written to {MODEL.relative_to(ROOT)}")
    other = "odd" if args.half == "even" else "even"
    for threshold in THRESHOLDS:
        searcher = Searcher(snapshot, SearchSettings(high_confidence=threshold))
        for name in (args.half, other):
            report = evaluate(half(items, name), searcher, [])
            print(f"{name:>5} {report.trade_off(threshold)}")


MODEL = ROOT / "bot/engine/confidence.py"


def write_model(coefficients: tuple[float, ...], threshold: float, model: Path = MODEL) -> None:
    """COEFFICIENTS and HIGH_CONFIDENCE in `model` (bot/engine/confidence.py) replaced by these."""
    text = model.read_text(encoding="utf-8")
    listed = ", ".join(f"{c:.3f}" for c in coefficients)
    text, found = re.subn(
        r"^COEFFICIENTS: tuple\[float, \.\.\.\] = \([^)]*\)",
        f"COEFFICIENTS: tuple[float, ...] = ({listed})",
        text,
        flags=re.MULTILINE,
    )
    text, set_ = re.subn(
        r"^HIGH_CONFIDENCE = [0-9.]+", f"HIGH_CONFIDENCE = {threshold}", text, flags=re.MULTILINE
    )
    if found != 1 or set_ != 1:
        raise SystemExit(f"{model}: COEFFICIENTS or HIGH_CONFIDENCE not found; nothing written")
    model.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
