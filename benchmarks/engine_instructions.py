"""The whole engine's instructions a question on a stored build, counted by valgrind: for
comparing two versions on a shared machine, where CPU times move by some 2-5 % from run to run
with what else runs and a change of 1-2 % cannot be told apart.

    .venv/bin/python benchmarks/engine_instructions.py DB QUESTIONS [--label NAME]

DB and QUESTIONS as for `engine_cpu.py` (a build `storybot index` made, e.g. by
`bench_pipeline.py --keep DIR`). Runs the engine under valgrind's callgrind (valgrind on PATH,
`_valgrind.py`): the build read and the 20 warm-up questions asked uncounted, then every
question asked once (the first pass, as `engine_cpu.py`'s) counted; the instructions over the
questions are printed. The same version gives the same count to within some 0.05 % (six runs of
one commit at 100,000 passages within 0.053 %: the counted part runs on one thread, string
hashing fixed by PYTHONHASHSEED=0, BLAS and faiss on one thread, the build's files checked in
order, `_valgrind.load_in_order`); a run takes under a minute at 100,000 passages on a quiet
machine, three to four on a busy one. Until 13spread the count was the difference of two
cachegrind runs (one reading the build and asking the warm-up, one also asking every question),
which moved by 1-3 % from run to run: the loading's threads left the allocators in another
state each time, and loading and exit were counted twice (docs/speed-history.md). Instructions
are not time: a question's first sight of memory (page faults, cache misses) is not in them, so
a change that reads other memory is measured by `engine_cpu.py` too. `PYTHONPATH=<other
checkout>` counts the other one's engine. `--annotate FILE` keeps callgrind's file of the
questions (`callgrind_annotate FILE`): where their instructions go (the interpreter, regular
expressions, numpy, faiss).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _valgrind import counted, counting, load_in_order, under_valgrind
from engine_cpu import stored_build_and_questions

WARM_UP = 20


def ask(db: Path, questions: Path) -> None:
    """The counted run: the searcher made and the warm-up asked, then every question once,
    counted."""
    load_in_order()
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.search import Searcher

    snapshot, asked = stored_build_and_questions(db, questions)
    searcher = Searcher(snapshot)
    for question in asked[:WARM_UP]:
        searcher.ask(question)
    with counting():
        for question in asked:
            searcher.ask(question)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--label", default="engine")
    parser.add_argument("--annotate", type=Path)
    args = parser.parse_args()
    if under_valgrind():
        ask(args.db, args.questions)
        return 0
    count = len(args.questions.read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as folder:
        out = args.annotate or Path(folder, "callgrind.out")
        instructions = counted(__file__, [str(args.db), str(args.questions)], out)
    print(f"{args.label}: {instructions / count:,.0f} instructions a question ({count} questions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
