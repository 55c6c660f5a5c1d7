"""The nearest-neighbour search alone (bot/engine/nearest.py), on a stored build: its CPU a
search with the caches emptied between searches, as the rest of a question leaves them, and
its recall of the exact nearest passages.

    .venv/bin/python benchmarks/dense_search.py DB QUESTIONS [--probes 8,10] [--rounds 3]
        [--thrash MIB] [--reranked N,...]

DB and QUESTIONS as for `engine_cpu.py` (a build `storybot index` made, e.g. by
`bench_pipeline.py --keep DIR`). The engine answers every question once while each question
vector it searches with is noted (so the searches are the engine's own: its question vectors,
its wider searches); then `NearestPassages` is made from the build's stored centres and filled
index (as a start from the build's files makes it) and each noted search is done again, `--thrash`
MiB of memory read before each (32: more than this machine's 2 MiB of L2 cache a core), timed
by `time.thread_time_ns()`. Printed per probes (and `--reranked`: how many passages found by
their codes are ranked by their exact cosine, product-coded indexes only): the index's kind,
the time to make it, each round's p50 and mean in µs, and the share of each question's exact
5 and 10 nearest passages its search finds (the engine's searches of 10). `PYTHONPATH=<other
checkout>` runs the other one's search (on its own build: a build's files hold one kind of
index).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np
from engine_cpu import stored_build_and_questions


def noted_searches(snapshot: Any, questions: list[str]) -> list[tuple[Any, bool]]:
    """Each search the engine makes answering `questions`: its question vector and whether it
    is a wider one."""
    from bot.engine import nearest
    from bot.engine.search import Searcher

    noted: list[tuple[Any, bool]] = []
    real = nearest.NearestPassages.search

    def noting(self: Any, question: Any, k: int, *, wider: bool = False) -> Any:
        noted.append((question.copy(), wider))
        return real(self, question, k, wider=wider)

    nearest.NearestPassages.search = noting  # type: ignore[method-assign]
    try:
        searcher = Searcher(snapshot)
        for question in questions:
            searcher.ask(question)
    finally:
        nearest.NearestPassages.search = real  # type: ignore[method-assign]
    return noted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--probes", default="8")
    parser.add_argument("--reranked", default="", help="comma-separated, product codes only")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--thrash", type=int, default=32, metavar="MIB")
    args = parser.parse_args()
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.nearest import NearestPassages

    snapshot, questions = stored_build_and_questions(args.db, args.questions)
    vectors = snapshot.passage_vectors
    if vectors is None or snapshot.nearest_trained is None:
        raise SystemExit(f"{args.db}'s build has no nearest-neighbour index")
    searches = noted_searches(snapshot, questions)
    asked = np.stack([q for q, wider in searches if not wider])
    truth = np.argsort(-(vectors @ asked.T), axis=0, kind="stable")[:10].T
    thrash = np.ones(args.thrash * 2**20 // 8) if args.thrash else None
    print(f"{len(vectors):,} passages, {len(searches)} searches ({len(asked)} not wider)")
    for probes in (int(p) for p in args.probes.split(",")):
        for reranked in args.reranked.split(",") if args.reranked else [""]:
            started = time.process_time()
            index = NearestPassages(
                vectors,
                probes=probes,
                trained=snapshot.nearest_trained,
                filled=snapshot.nearest_filled,
                made=snapshot.nearest_made,
            )
            made_ms = (time.process_time() - started) * 1000
            if reranked:
                index._reranked = int(reranked)
            rounds = []
            for _ in range(args.rounds):
                times, found = [], []
                for question, wider in searches:
                    if thrash is not None:
                        thrash.sum()
                    started_ns = time.thread_time_ns()
                    passages = index.search(question, 10, wider=wider)[0]
                    times.append((time.thread_time_ns() - started_ns) / 1000)
                    if not wider:
                        found.append(passages)
                rounds.append(f"{statistics.median(times):6.1f} {statistics.mean(times):6.1f}")
            recall = {
                k: sum(
                    len(set(f[:k]) & set(t[:k].tolist())) for f, t in zip(found, truth, strict=True)
                )
                / (k * len(found))
                for k in (5, 10)
            }
            ranked = max(20, getattr(index, "_reranked", 0))  # 20: twice the 10 asked for
            print(
                f"{type(index._index).__name__:26} probes {probes:3} reranked {ranked:3}"
                f"  made {made_ms:6.1f} ms  p50/mean µs "
                + "  ".join(rounds)
                + f"  rec@5 {recall[5]:.4f} rec@10 {recall[10]:.4f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
