"""The BM25 index's instructions a question on a stored build, counted by valgrind on its
calls alone: `engine_instructions.py`'s count for the index's part, in minutes where the whole
engine's takes half an hour or more at 1,000,000 passages (its warm-up run had not ended after
16 minutes on a busy machine, docs/speed-history.md, 13tail4).

    .venv/bin/python benchmarks/index_instructions.py DB QUESTIONS [--label NAME]

DB and QUESTIONS as for `engine_cpu.py`. First, outside valgrind, the engine asks the 20
warm-up questions and then every question once (the first pass) with `BM25Index.top_k` and
`term_at` recorded, arguments and all; then, under valgrind's callgrind (`_valgrind.py`), the
build's index alone is read from its files (as build_files.py reads it: `bm25.bin` and the
stored rows) and the warm-up's recorded calls made again, uncounted, then the first pass's,
counted. The count over the questions is printed, with an md5 of the replayed calls' results
(the same for two versions that give the same answers). `--annotate FILE` keeps callgrind's
file of the counted calls (`callgrind_annotate FILE`). `PYTHONPATH=<other checkout>` counts
the other one's index (the recording is made with it too).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _valgrind import ENVIRONMENT, counted, counting
from engine_cpu import stored_build_and_questions

WARM_UP = 20


def record(db: Path, questions: Path, out: Path) -> None:
    """The index's calls while the engine asks the warm-up and then every question, and the
    folder of the build's files, pickled to `out`."""
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    import numpy as np

    from bot.engine.index.bm25 import BM25Index
    from bot.engine.search import Searcher

    calls: list[tuple[Any, ...]] = []
    top_k, term_at = BM25Index.top_k, BM25Index.term_at

    def recorded_top_k(self: BM25Index, query: Any, k: int) -> Any:
        calls.append(("top_k", list(query), k))
        return top_k(self, query, k)

    groups: dict[int, tuple[int, Any]] = {}  # a `passages_at` group's number, by its id

    def recorded_term_at(self: BM25Index, term: str, passages: Any) -> Any:
        # a speaker group's passages as `passages_at` gave them (read once for every term
        # asked of them): replayed through one `passages_at` of them, as the engine asks
        asked = getattr(passages, "asked", None)
        if asked is None:
            calls.append(("term_at", term, np.array(passages), None))
        else:
            group = groups.setdefault(id(passages), (len(groups), passages))[0]
            calls.append(("term_at", term, np.array(asked), group))
        return term_at(self, term, passages)

    BM25Index.top_k = recorded_top_k  # type: ignore[method-assign]
    BM25Index.term_at = recorded_term_at  # type: ignore[method-assign]
    snapshot, asked = stored_build_and_questions(db, questions)
    searcher = Searcher(snapshot)
    for question in asked[:WARM_UP]:
        searcher.ask(question)
    warm = len(calls)
    for question in asked:
        searcher.ask(question)
    # the newest build's files (checked against the engine's index when read back)
    builds = Path(f"{db}.builds")
    folder = max(builds.glob("build-*"), key=lambda f: f.stat().st_mtime)
    index = snapshot.index
    with out.open("wb") as file:
        pickle.dump(
            {
                "warm": warm,
                "calls": calls,
                "folder": str(folder),
                "shape": (len(index), index.vocabulary_size),
            },
            file,
        )


def replay(recorded: Path, mode: str) -> None:
    """The counted run (mode "counted"): the index read from the build's files and the
    warm-up's calls made, then every call of the first pass, counted; with "digest" (not under
    valgrind), every call and the md5 of their results printed."""
    from bot.cli import one_blas_thread

    one_blas_thread()
    import numpy as np

    from bot.engine.index import BM25Index

    with recorded.open("rb") as file:
        kept = pickle.load(file)
    folder = Path(kept["folder"])
    index = BM25Index.from_bytes((folder / "bm25.bin").read_bytes(), checked=True)
    if (len(index), index.vocabulary_size) != tuple(kept["shape"]):
        raise SystemExit(f"{folder} is not the build the engine read")
    names = ("contribution_rows", "frequency_rows", "best_passages", "best_bounds")
    index.use_stored_rows(
        {
            n: np.asarray(np.load(folder / f"{n}.npy", mmap_mode="r"))
            for n in names
            if (folder / f"{n}.npy").is_file()  # (best_*: none in an older folder)
        }
    )
    results: list[Any] = []

    groups: dict[int, Any] = {}  # each recorded `passages_at` group's, made again once

    def make(calls: list[tuple[Any, ...]]) -> None:
        for call in calls:
            if call[0] == "top_k":
                results.append(index.top_k(call[1], call[2]))
            else:
                passages, group = call[2], call[3]
                if group is not None:
                    if group not in groups:
                        groups[group] = index.passages_at(passages)
                    passages = groups[group]
                held, values = index.term_at(call[1], passages)
                results.append((held.tobytes(), values.tobytes()))

    warm, calls = kept["warm"], kept["calls"]
    if mode == "digest":
        make(calls)
        print("md5", hashlib.md5(repr(results).encode()).hexdigest())
        return
    make(calls[:warm])
    with counting():
        make(calls[warm:])


def digest(recorded: Path) -> str:
    """The md5 of every replayed call's results (outside valgrind)."""
    env = {**os.environ, **ENVIRONMENT}
    run = subprocess.run(
        [sys.executable, __file__, "--replay", "digest", str(recorded)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.split()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("questions", type=Path, nargs="?")
    parser.add_argument("--label", default="index")
    parser.add_argument("--annotate", type=Path)
    parser.add_argument("--replay", choices=["counted", "digest"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay is not None:  # the counted run (under valgrind) or the digest
        replay(args.db, args.replay)
        return 0
    if args.db is None or args.questions is None:
        parser.error("DB and QUESTIONS are needed")
    count = len(args.questions.read_text(encoding="utf-8").splitlines())
    with tempfile.TemporaryDirectory() as folder:
        recorded = Path(folder, "calls.pickle")
        record(args.db, args.questions, recorded)
        out = args.annotate or Path(folder, "callgrind.out")
        instructions = counted(__file__, ["--replay", "counted", str(recorded)], out)
        md5 = digest(recorded)
    print(
        f"{args.label}: {instructions / count:,.0f} instructions a question in the index's"
        f" calls ({count} questions; results md5 {md5})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
