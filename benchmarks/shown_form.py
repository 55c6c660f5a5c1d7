"""What storing each passage's shown form with the build would save: the whole engine with a
shown passage made from a stored record (its citation, text and quotes, one JSON record a
passage, sliced from a memory-mapped file) against made from the stored story and quotes, as
the engine does now.

    .venv/bin/python benchmarks/shown_form.py DB QUESTIONS [--pairs 5]

DB and QUESTIONS as for `engine_cpu.py`. Writes every passage's record (the values the engine
shows, so the same answers) to a temporary file, then times the engine's first pass over the
questions (after 20 warm-up ones: each question's first sight of the passages it shows) in a
fresh process each way, in turn, `--pairs` times, by the asking thread's CPU, and checks that
both ways give the same answers byte for byte. It measures a design, not the engine: the
searcher's rendering is replaced in the timed process; the engine reads no such records
(README, "Speed, measured"). `PYTHONPATH=<other checkout>` measures another version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import mmap
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from engine_cpu import percentile, stored_build_and_questions

_COUNT = struct.Struct("<I")


def write_records(searcher: Any, path: Path) -> None:
    """Every passage's shown form, as a build could store it: the count, each record's end,
    then the records (JSON, `null` for a passage the engine would not show)."""
    import orjson

    from bot.engine.search.base import Candidate

    records = []
    for passage in range(len(searcher.snapshot.passages)):
        shown = searcher._render([Candidate(passage, 0.0, 0)], set())
        if not shown:
            records.append(b"null")
            continue
        p = shown[0]
        quotes = [[q.text, q.speaker, q.kind.value, q.start, q.end] for q in p.quotes]
        published = p.published.isoformat() if p.published else None
        fields = [p.story_id, p.title, p.paragraph, p.text, p.outlet, p.url, published, quotes]
        records.append(orjson.dumps(fields))
    ends = np.cumsum([len(record) for record in records], dtype=np.int64)
    with path.open("wb") as out:
        out.write(_COUNT.pack(len(records)))
        out.write(ends.tobytes())
        out.write(b"".join(records))


def render_from(searcher: Any, path: Path) -> Any:
    """A `_render` for `searcher` that makes each shown passage from its record in `path`
    (the highlights placed from the build's terms, as now)."""
    import orjson

    from bot.engine.answer import AnswerQuote, RankedPassage
    from bot.engine.models import QuoteKind
    from bot.engine.trusted import trusted

    with path.open("rb") as file:
        data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    count = _COUNT.unpack_from(data)[0]
    ends = np.frombuffer(data, dtype=np.int64, count=count, offset=_COUNT.size)
    start = _COUNT.size + 8 * count
    view = memoryview(data)
    kinds = {kind.value: kind for kind in QuoteKind}

    def render(candidates: Sequence[Any], query: set[str]) -> tuple[Any, ...]:
        ranked: list[Any] = []
        for candidate in candidates:
            at = candidate.passage
            low = start + (int(ends[at - 1]) if at else 0)
            record = orjson.loads(view[low : start + int(ends[at])])
            if record is None:
                continue
            story_id, title, paragraph, text, outlet, url, published, quotes = record
            shown_quotes = tuple(
                trusted(
                    AnswerQuote,
                    {"text": t, "speaker": s, "kind": kinds[k], "start": a, "end": b},
                )
                for t, s, k, a, b in quotes
            )
            highlights = tuple(
                searcher._span(a, b) for term, a, b in searcher._placed_terms(at) if term in query
            )
            ranked.append(
                trusted(
                    RankedPassage,
                    {
                        "rank": len(ranked) + 1,
                        "story_id": story_id,
                        "title": title,
                        "paragraph": paragraph,
                        "text": text,
                        "score": float(candidate.bm25),
                        "quotes": shown_quotes,
                        "highlights": highlights,
                        "outlet": outlet,
                        "url": url,
                        "published": dt.date.fromisoformat(published) if published else None,
                    },
                )
            )
        return tuple(ranked)

    return render


def one_way(args: argparse.Namespace) -> int:
    """The first pass one way (`--records`: from the records), or every answer (`--dump`)."""
    from bot.engine.search import Searcher

    snapshot, questions = stored_build_and_questions(args.db, args.questions)
    searcher = Searcher(snapshot)
    if args.records is not None:
        searcher._render = render_from(searcher, args.records)
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            for question in questions:
                out.write(json.dumps(searcher.ask(question).model_dump(mode="json")) + "\n")
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
    parser.add_argument("--records", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one_way(args)
    from bot.engine.search import Searcher

    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "shown.bin"
        snapshot, _ = stored_build_and_questions(args.db, args.questions)
        write_records(Searcher(snapshot), records)
        print(f"records: {records.stat().st_size / 2**20:.1f} MiB for {len(snapshot.passages):,}")
        own = [sys.executable, __file__, str(args.db), str(args.questions), "--one"]
        ways = {"as now": [], "stored": ["--records", str(records)]}
        dumps = {}
        for way, extra in ways.items():
            dumps[way] = Path(folder) / f"{len(dumps)}.jsonl"
            subprocess.run([*own, *extra, "--dump", str(dumps[way])], check=True)
        same = dumps["as now"].read_bytes() == dumps["stored"].read_bytes()
        print(f"the same answers byte for byte: {'yes' if same else 'NO'}")
        figures: dict[str, list[dict[str, float]]] = {way: [] for way in ways}
        for _ in range(args.pairs):
            for way, extra in ways.items():
                ran = subprocess.run([*own, *extra], check=True, capture_output=True, text=True)
                figures[way].append(json.loads(ran.stdout))
        for way, runs in figures.items():
            p50s = ", ".join(f"{run['p50']:.3f}" for run in runs)
            means = ", ".join(f"{run['mean']:.3f}" for run in runs)
            print(f"{way:7s} first pass p50 {p50s}; mean {means} ms CPU")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
