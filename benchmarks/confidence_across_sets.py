"""What the confidence model gives on question sets it was not fitted on.

Usage::

    .venv/bin/python benchmarks/confidence_across_sets.py [--leave-one-out]

Scores every question set in tests/data (the shared set as its two halves) with the shipped
model (bot/engine/confidence.py, fitted on the shared set's even half) at its threshold, and
prints each set's high-confidence reach, the gold passage first among those, and unanswerable
questions rated high; then the same pooled over the sets it was not fitted on, with the share
a typical set gets (the mean over sets less one standard deviation between them).

With `--leave-one-out`, also the estimate for a model of the same form fitted on many
phrasings: each set scored by the model fitted on all the other sets (leave one set out), at
the shipped threshold. Both estimates are optimistic for a set nobody has seen: the engine's
rules were tuned on these sets' misses, so its first passage is right more often on them (the
README's "Quality, measured" compares with a set written and kept apart).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import confidence  # noqa: E402
from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.evaluation import (  # noqa: E402
    EvalItem,
    EvalReport,
    evaluate,
    fit_confidence,
    half,
    load_items,
    sets_held_out,
    typical_share,
)
from bot.engine.search import Searcher  # noqa: E402

FITTED_ON = "eval-dev.jsonl (even half)"


def question_sets() -> dict[str, list[EvalItem]]:
    """Every set in tests/data, the shared set as its two halves (the fitting one first)."""
    fitting = half(load_items(ROOT / "tests/data/eval-dev.jsonl"), "even")
    return {FITTED_ON: fitting, **sets_held_out(ROOT / "tests/data")}


def line(report: EvalReport) -> str:
    return (
        f"high {report.high_confidence}, gold first {report.high_gold_first}, "
        f"unanswerable high {report.unanswerable_high}"
    )


def summary(reports: Sequence[EvalReport]) -> str:
    """`reports` pooled, and the gold-first share of a typical one (mean less one deviation)."""
    total = EvalReport()
    for report in reports:
        for name in ("high_confidence", "high_gold_first", "unanswerable_high"):
            ratio, part = getattr(total, name), getattr(report, name)
            ratio.hits += part.hits
            ratio.total += part.total
    typical = typical_share(
        [value for r in reports if (value := r.high_gold_first.value) is not None]
    )
    shown = "n/a" if typical is None else f"{typical:.2f}"
    return f"{line(total)}; a typical set's gold first: {shown}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leave-one-out", action="store_true")
    args = parser.parse_args()
    snapshot = build_snapshot(load_corpus(ROOT / "corpus"), "across")
    sets = question_sets()
    searcher = Searcher(snapshot)
    print(f"shipped model (fitted on {FITTED_ON}), threshold {searcher.settings.high_confidence}:")
    held: list[EvalReport] = []
    for name, items in sets.items():
        report = evaluate(items, searcher, [])
        print(f"  {name}: {line(report)}")
        if name != FITTED_ON:
            held.append(report)
    print(f"  pooled over the {len(held)} sets not fitted on: {summary(held)}")
    if not args.leave_one_out:
        return
    shipped = confidence.COEFFICIENTS
    print("each set scored by the model fitted on all the other sets (leave one set out):")
    scored: list[EvalReport] = []
    try:
        for name, items in sets.items():
            others = [item for other, its in sets.items() if other != name for item in its]
            confidence.COEFFICIENTS = fit_confidence(others, Searcher(snapshot))
            report = evaluate(items, Searcher(snapshot), [])
            print(f"  {name}: {line(report)}")
            scored.append(report)
    finally:
        confidence.COEFFICIENTS = shipped
    print(f"  pooled over all {len(scored)} sets: {summary(scored)}")


if __name__ == "__main__":
    main()
