"""The whole engine's instructions a question on a stored build, counted by valgrind: for
comparing two versions on a shared machine, where CPU times move by some 2-5 % from run to run
with what else runs and a change of 1-2 % cannot be told apart.

    .venv/bin/python benchmarks/engine_instructions.py DB QUESTIONS [--label NAME]

DB and QUESTIONS as for `engine_cpu.py` (a build `storybot index` made, e.g. by
`bench_pipeline.py --keep DIR`). Runs the engine twice under `valgrind --tool=cachegrind
--cache-sim=no` (valgrind on PATH): once reading the build and asking the 20 warm-up
questions, once doing the same and then asking every question once (the first pass, as
`engine_cpu.py`'s); the difference of their instruction counts (cachegrind's "I refs") over
the questions is printed. The same version gives the same count to within some 0.05 % (string
hashing fixed by PYTHONHASHSEED=0, faiss on one thread); each run takes a minute or two at
100,000 passages (valgrind runs the interpreter some 50 times slower). Instructions are not
time: a question's first sight of memory (page faults, cache misses) is not in them, so a
change that reads other memory is measured by `engine_cpu.py` too. `PYTHONPATH=<other
checkout>` counts the other one's engine. `--annotate FILE` also writes cachegrind's
difference of the two runs, by C function (`cg_annotate FILE`): where the questions'
instructions go (the interpreter, regular expressions, numpy, faiss).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from engine_cpu import stored_build_and_questions

WARM_UP = 20


def ask(db: Path, questions: Path, every: bool) -> None:
    """What each counted run does: the searcher made, the warm-up asked, and with `every`,
    every question once."""
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.search import Searcher

    snapshot, asked = stored_build_and_questions(db, questions)
    searcher = Searcher(snapshot)
    for question in asked[:WARM_UP]:
        searcher.ask(question)
    if every:
        for question in asked:
            searcher.ask(question)


def counted(db: Path, questions: Path, every: bool, out: Path) -> int:
    """The instructions of one run under cachegrind."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}
    run = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            f"--cachegrind-out-file={out}",
            sys.executable,
            __file__,
            "--run",
            "every" if every else "warm-up",
            str(db),
            str(questions),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--label", default="engine")
    parser.add_argument("--annotate", type=Path)
    parser.add_argument("--run", choices=["warm-up", "every"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:  # one counted run, inside valgrind
        ask(args.db, args.questions, every=args.run == "every")
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    count = len(args.questions.read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as folder:
        before, after = Path(folder, "warm-up.out"), Path(folder, "every.out")
        warm = counted(args.db, args.questions, False, before)
        whole = counted(args.db, args.questions, True, after)
        if args.annotate is not None:
            with args.annotate.open("w") as out:
                subprocess.run(["cg_diff", str(before), str(after)], stdout=out, check=True)
    print(
        f"{args.label}: {(whole - warm) / count:,.0f} instructions a question ({count} questions)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
