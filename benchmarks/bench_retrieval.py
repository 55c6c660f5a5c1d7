"""Retrieval benchmark: BM25Index (postings, MaxScore top-k) against rank-bm25's BM25Okapi.

Usage::

    .venv/bin/python benchmarks/bench_retrieval.py [--sizes 1000,10000,100000,1000000]
        [--queries 200] [--seed 42] [--k 10]

Each corpus size runs in a fresh subprocess (so the peak memory is per size). Synthetic
corpora: passages of 30-90 words drawn from a Zipf (s=1) vocabulary of 50,000 words; queries
of 4 words drawn the same way. Prints one table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOCAB = 50_000
MIN_LEN, MAX_LEN = 30, 90
QUERY_LEN = 4
REFERENCE_LIMIT = 100_000  # rank-bm25 is skipped above this size


def zipf_probabilities() -> np.ndarray:
    p = 1.0 / np.arange(1, VOCAB + 1, dtype=np.float64)
    return p / p.sum()


def make_corpus(n: int, seed: int) -> tuple[list[list[str]], list[list[str]]]:
    rng = np.random.default_rng(seed)
    p = zipf_probabilities()
    words = np.array([f"w{i}" for i in range(VOCAB)], dtype=object)
    lens = rng.integers(MIN_LEN, MAX_LEN + 1, size=n)
    ends = np.cumsum(lens).tolist()
    docs: list[list[str]] = []
    step = 100_000  # generate in slices to bound the temporaries
    start = 0
    for lo in range(0, n, step):
        hi = min(lo + step, n)
        count = ends[hi - 1] - start
        toks = words[rng.choice(VOCAB, size=count, p=p)]
        base = start
        for i in range(lo, hi):
            docs.append(toks[start - base : ends[i] - base].tolist())
            start = ends[i]
        del toks
    qrng = np.random.default_rng(seed + 1)
    queries = [words[qrng.choice(VOCAB, size=QUERY_LEN, p=p)].tolist() for _ in range(4096)]
    return docs, queries


def percentile_ms(samples: list[float], q: float) -> float:
    return float(np.percentile(np.array(samples), q) * 1e3)


def story_corpus() -> tuple[list[list[str]], list[list[str]], list[str]]:
    """The shipped corpus as the engine indexes it, and the shared questions as it reads them."""
    from bot.engine.builder import build_snapshot, indexed_terms
    from bot.engine.corpus import load_corpus
    from bot.engine.text import terms

    stories = load_corpus(ROOT / "corpus")
    snapshot = build_snapshot(stories, "bench")
    docs = indexed_terms(snapshot)
    items = [json.loads(line) for line in (ROOT / "tests/data/eval-dev.jsonl").open()]
    questions = [item["q"] for item in items if "q" in item]
    return docs, [terms(q) for q in questions], questions


def run_one(n: int, n_queries: int, seed: int, k: int) -> dict[str, object]:
    from bot.engine.index import BM25Index

    questions: list[str] = []
    if n == 0:  # the real story
        docs, all_queries, questions = story_corpus()
        all_queries = (all_queries * (n_queries // len(all_queries) + 1))[:n_queries]
    else:
        docs, all_queries = make_corpus(n, seed)
    queries = all_queries[:n_queries]

    t0 = time.perf_counter()
    built = BM25Index.build(docs)
    build_s = time.perf_counter() - t0
    data = built.to_bytes()
    del built
    loads = []
    index = None
    for _ in range(3):
        t0 = time.perf_counter()
        index = BM25Index.from_bytes(data)
        loads.append(time.perf_counter() - t0)
    assert index is not None
    size = len(data)
    del data

    for q in queries[:20]:  # warm-up
        index.top_k(q, k)
    ours: list[float] = []
    results = []
    for q in queries:
        t0 = time.perf_counter()
        res = index.top_k(q, k)
        ours.append(time.perf_counter() - t0)
        results.append(res)

    row: dict[str, object] = {
        "n": n or len(docs),
        "label": "story" if n == 0 else "",
        "build_s": build_s,
        "load_s": min(loads),
        "bytes": size,
        "ours_p50": percentile_ms(ours, 50),
        "ours_p99": percentile_ms(ours, 99),
    }
    if n <= REFERENCE_LIMIT:
        from rank_bm25 import BM25Okapi

        ref = BM25Okapi(docs)
        theirs: list[float] = []
        identical = True
        for q, res in zip(queries, results, strict=True):
            t0 = time.perf_counter()
            s = ref.get_scores(q)
            order = np.argsort(-s, kind="stable")[:k]
            theirs.append(time.perf_counter() - t0)
            expected = [(int(i), float(s[i])) for i in order]
            identical = identical and expected == res
        row["ref_p50"] = percentile_ms(theirs, 50)
        row["ref_p99"] = percentile_ms(theirs, 99)
        row["speedup"] = row["ref_p50"] / row["ours_p50"]  # type: ignore[operator]
        row["identical"] = identical
    if questions:
        row["engine"] = engine_latency(docs, questions, n_queries)
    row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return row


def engine_latency(docs: list[list[str]], questions: list[str], n_queries: int) -> list[float]:
    """The whole engine, question to Answer (reading, ranking, coverage, rendering), p50/p99."""
    from bot.engine.builder import build_snapshot
    from bot.engine.corpus import load_corpus
    from bot.engine.search import Searcher

    searcher = Searcher(build_snapshot(load_corpus(ROOT / "corpus"), "bench"))
    samples: list[float] = []
    for i in range(max(n_queries, len(questions))):
        question = questions[i % len(questions)]
        t0 = time.perf_counter()
        searcher.ask(question)
        samples.append(time.perf_counter() - t0)
    return [percentile_ms(samples, 50), percentile_ms(samples, 99)]


def fmt_row(r: dict[str, object]) -> str:
    ref = (
        f"{r['ref_p50']:9.2f} {r['ref_p99']:9.2f} {r['speedup']:8.0f}x "
        f"{'yes' if r['identical'] else 'NO':>9}"
        if "ref_p50" in r
        else f"{'skipped':>9} {'skipped':>9} {'-':>9} {'-':>9}"
    )
    name = f"{r['label']} {r['n']}" if r.get("label") else f"{r['n']:,}"
    return (
        f"{name:>9} {r['build_s']:9.2f} {r['load_s']:8.3f} {r['bytes'] / 2**20:9.1f} "
        f"{r['peak_mb']:9.0f} {ref} {r['ours_p50']:9.3f} {r['ours_p99']:9.3f}"
    )


HEADER = (
    f"{'passages':>9} {'build s':>9} {'load s':>8} {'disk MiB':>9} {'peak MiB':>9} "
    f"{'ref p50':>9} {'ref p99':>9} {'ratio':>9} {'same top':>9} {'ours p50':>9} {'ours p99':>9}"
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--no-story", action="store_true", help="skip the real story's row")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.queries < 1 or args.queries > 4096:
        ap.error("--queries must be in 1..4096")

    if args.one is not None:
        print(json.dumps(run_one(args.one, args.queries, args.seed, args.k)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if not args.no_story:
        sizes = [0, *sizes]  # 0: the real story, its index documents and the shared questions
    print(f"k={args.k}, {args.queries} queries of {QUERY_LEN} words, seed {args.seed}; ms/query")
    print(HEADER)
    ok = True
    engine_lines: list[str] = []
    for n in sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--queries", str(args.queries)]
        cmd += ["--seed", str(args.seed), "--k", str(args.k)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
        if proc.returncode != 0:
            print(f"{n or 'story':>9} FAILED\n{proc.stderr}", flush=True)
            ok = False
            continue
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        print(fmt_row(row), flush=True)
        if "engine" in row:
            p50, p99 = row["engine"]
            engine_lines.append(
                f"whole engine on the story (question -> Answer): "
                f"p50 {p50:.3f} ms, p99 {p99:.3f} ms"
            )
        ok = ok and bool(row.get("identical", True))
    print("top-k identical to rank-bm25 wherever compared" if ok else "MISMATCH OR FAILURE")
    for line in engine_lines:
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
