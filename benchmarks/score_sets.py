"""Every question set's headline figures in one run (one index build for all of them), and
their sum; optionally written as JSON so two versions can be compared set by set.

Usage::

    .venv/bin/python benchmarks/score_sets.py [FILE ...] [--json OUT] [--compare OLD.json]

With no FILE, every `tests/data/eval-*.jsonl`. Per set: Recall@1 and Recall@3 of its answerable
questions, answered with high confidence (and how many of those with the gold passage first),
answerable questions refused, speaker right, unanswerable questions rated high, absent speakers
refused (the measures of `storybot eval`, docs/eval-format.md). `--compare OLD.json` prints the
sets whose figures differ from an earlier run's `--json` (another checkout's: run this file with
`PYTHONPATH=<checkout>`), so a change's effect on every set shows at once. Blind sets kept out
of the repository (docs/blind-sets.md) are scored the same way, by path.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.builder import build_snapshot  # noqa: E402
from bot.engine.corpus import load_corpus  # noqa: E402
from bot.engine.evaluation import EvalReport, evaluate, load_items  # noqa: E402
from bot.engine.search import Searcher  # noqa: E402

# (report attribute, short name): the figures printed and compared, as hits of a total
MEASURES = (
    ("recall_at_1", "R@1"),
    ("recall_at_3", "R@3"),
    ("high_confidence", "high"),
    ("high_gold_first", "right"),
    ("abstained_answerable", "refused"),
    ("speaker", "speaker"),
    ("unanswerable_high", "unans high"),
    ("absent_speaker_refused", "absent refused"),
)
Figures = dict[str, list[int]]


def figures(report: EvalReport) -> Figures:
    return {name: [getattr(report, name).hits, getattr(report, name).total] for name, _ in MEASURES}


def line(name: str, of: Figures) -> str:
    return f"{name:<28} " + " | ".join(
        f"{short} {of[attr][0]}/{of[attr][1]}" for attr, short in MEASURES
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", type=Path, help="write each set's figures here")
    parser.add_argument("--compare", type=Path, help="an earlier --json to compare with")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tests/data").glob("eval-*.jsonl"))
    searcher = Searcher(build_snapshot(load_corpus(ROOT / "corpus"), "score-sets"))
    scored: dict[str, Figures] = {}
    total: Figures = {attr: [0, 0] for attr, _ in MEASURES}
    for path in files:
        of = figures(evaluate(load_items(path), searcher, []))
        scored[path.name] = of
        for attr, _ in MEASURES:
            total[attr][0] += of[attr][0]
            total[attr][1] += of[attr][1]
        print(line(path.name, of), flush=True)
    print(line(f"sum of {len(files)} sets", total))
    if args.json:
        args.json.write_text(json.dumps(scored, indent=1), encoding="utf-8")
    if args.compare:
        earlier: dict[str, Figures] = json.loads(args.compare.read_text(encoding="utf-8"))
        print(f"\nthe sets whose figures differ from {args.compare}:")
        for name, of in scored.items():
            before = earlier.get(name)
            if before is None:
                print(f"{name}: not in the earlier run")
                continue
            moved = [
                f"{short} {before[attr][0]} -> {of[attr][0]}"
                for attr, short in MEASURES
                if before[attr][0] != of[attr][0]
            ]
            if moved:
                print(f"{name}: " + ", ".join(moved))


if __name__ == "__main__":
    main()
