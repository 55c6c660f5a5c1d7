"""What the shown passages stored with a build save: the whole engine with each shown passage
read from the build's files (`shown.bin`, as it answers) against made from its story's stored
form and quotes (as for a build without them: one read from the database, or files of format 2).

    .venv/bin/python benchmarks/shown_form.py DB QUESTIONS [--pairs 5]

DB and QUESTIONS as for `engine_cpu.py` (a build whose files this storybot wrote: format 3).
Times the engine's first pass over the questions (after 20 warm-up ones: each question's first
sight of the passages it shows) in a fresh process each way, in turn, `--pairs` times, by the
asking thread's CPU, and checks that both ways give the same answers byte for byte. Until the
thirteenth session's 13s this measured a design (the searcher's rendering replaced by records
it wrote itself); the engine now reads them (bot/engine/shown.py). `PYTHONPATH=<other
checkout>` measures another version.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from engine_cpu import dump_answers, percentile, stored_build_and_questions


def one_way(args: argparse.Namespace) -> int:
    """The first pass one way (`--made`: each shown passage made from its story), or every
    answer (`--dump`)."""
    from bot.engine.search import Searcher

    snapshot, questions = stored_build_and_questions(args.db, args.questions)
    if snapshot.shown is None:
        raise SystemExit(f"{args.db}'s build files hold no shown passages (format 2?)")
    if args.made:
        snapshot = snapshot.model_copy(update={"shown": None})
    searcher = Searcher(snapshot)
    if args.dump is not None:
        dump_answers(searcher, questions, args.dump)
        return 0
    for question in questions[:20]:
        searcher.ask(question)
    spent = []
    for question in questions:
        started = time.thread_time()
        searcher.ask(question)
        spent.append((time.thread_time() - started) * 1000)
    print(json.dumps({"p50": percentile(spent, 0.5), "mean": sum(spent) / len(spent)}))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--made", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one_way(args)
    own = [sys.executable, __file__, str(args.db), str(args.questions), "--one"]
    ways = {"made": ["--made"], "stored": []}
    with tempfile.TemporaryDirectory() as folder:
        dumps = {}
        for way, extra in ways.items():
            dumps[way] = Path(folder) / f"{way}.jsonl"
            subprocess.run([*own, *extra, "--dump", str(dumps[way])], check=True)
        same = dumps["made"].read_bytes() == dumps["stored"].read_bytes()
    print(f"the same answers byte for byte: {'yes' if same else 'NO'}")
    figures: dict[str, list[dict[str, float]]] = {way: [] for way in ways}
    for _ in range(args.pairs):
        for way, extra in ways.items():
            ran = subprocess.run([*own, *extra], check=True, capture_output=True, text=True)
            figures[way].append(json.loads(ran.stdout))
    for way, runs in figures.items():
        p50s = ", ".join(f"{run['p50']:.3f}" for run in runs)
        means = ", ".join(f"{run['mean']:.3f}" for run in runs)
        print(f"{way:6s} first pass p50 {p50s}; mean {means} ms CPU")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
