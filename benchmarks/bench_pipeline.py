"""The whole pipeline on newsroom-sized synthetic corpora (benchmarks/synthetic.py): build,
incremental reindex, cold start, memory, question-to-Answer latency, event-loop stalls.

    .venv/bin/python benchmarks/bench_pipeline.py [--sizes 1000,10000,100000] [--questions 300]
        [--stall-sizes 100000] [--keep DIR] [--answers DIR] [--probe-stalls MS] [--builds-only]

Per size (stories of 50 passages; each size in its own process, so memory is per size):
* build s (cpu s): `StoryService.reindex()` of the whole corpus, as `storybot index` runs it
  (wall; CPU of this process and its worker processes); build MiB: this process's peak RSS
  by the end of it (the build, the searcher made for it, the corpus written before); work
  MiB: the largest worker process's peak;
* reindex s (cpu s): the same service's reindex after one story file changed, until the new
  build answers (as made in memory); files s (cpu s): then until its files are written and
  read back, and it answers from them, as a running bot's `/reindex` does after its reply;
* index s / index MiB: `storybot index` in a fresh process after another story file changed
  (it reads the stored build, reuses the unchanged stories' analyses and analyses the one that
  changed, and writes the build's files); its peak RSS;
* cold s / RSS MiB: `storybot ask` in a fresh process on the stored build (median of 3; peak RSS);
  cold cpu: its CPU seconds (median); pyc s / pyc cpu: the same with the modules' bytecode
  cached, as an installed bot runs (`cold_start`: where PYTHONDONTWRITEBYTECODE is set, each
  plain cold start compiles the bot's modules from source);
* engine p50/p99 ms: `Searcher.ask` (question -> Answer) over synthetic questions (speaker
  questions, paraphrases and unanswerable ones, from the stories' own words and names);
  `--answers DIR` writes those answers (public JSON) to DIR/answers-<passages>.jsonl, so two
  versions' runs can be compared answer for answer;
* rank-bm25 p50 ms and ratio: `BM25Okapi.get_scores` + sort of the same questions' terms over
  the same documents, in the same process (up to 100,000 passages); ratio = its p50 / ours;
* stall ms: the longest an event loop waited past a 5 ms tick while the service rebuilt the
  whole corpus (its analyses dropped) and wrote its files, and a task asked a question
  every 20 ms;
* exact p50/p99, ann p50/p99, rec@5/rec@10, sametop, ann s/MiB (from `semantic_exact_below`
  passages, where the nearest passages in meaning come from an approximate index): the same
  questions answered with exact dense retrieval and with the index in the same process, each
  question both ways in turn; the share of the exact 5 and 10 nearest
  passages the index finds; the share of answered questions whose first passage is the same;
  the index's build time and the memory it adds.
The machine is shared: wall times vary between runs; the CPU column is steadier.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSAGES_PER_STORY = 50


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# The child reports its own peak RSS (VmHWM, in kB): rusage's maxrss would count this large
# process's pages, which the child held between fork and exec.
_ASK = (
    "import re, sys\n"
    "from bot.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "print(re.search(r'VmHWM:\\s*(\\d+)', status).group(1), file=sys.stderr)\n"
    "raise SystemExit(code)\n"
)


def index_in_new_process(db: Path, corpus: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of `storybot index` in a fresh process."""
    command = [sys.executable, "-c", _ASK, "--db", str(db), "--corpus", str(corpus), "index"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, cwd=ROOT, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"storybot index failed ({done.returncode}): {done.stderr}")
    return wall, int(done.stderr.split()[-1]) / 1024


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (VmHWM), MiB."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def cold_start(
    db: Path, corpus: Path, question: str, bytecode: Path | None = None
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of `storybot ask` in a fresh process.

    `bytecode`: with the modules' compiled bytecode cached in that folder, as an installed
    bot's are (pip compiles them; Python writes `__pycache__` at a first import), even where
    the environment sets PYTHONDONTWRITEBYTECODE, under which each start compiles the bot's
    ~80 modules from their source again (~0.15-0.2 s of a cold ask's CPU on a quiet machine)."""
    command = [sys.executable, "-c", _ASK, "--db", str(db), "--corpus", str(corpus), "ask"]
    env = None
    if bytecode is not None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    cpu, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        [*command, question],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
        env=env,
    )
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"storybot ask failed ({done.returncode}): {done.stderr}")
    return wall, cpu, int(done.stderr.split()[-1]) / 1024


def _children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


async def stall_during_reindex(
    service: Any, questions: list[str], probe_ms: float | None = None
) -> tuple[float, int]:
    """The longest event-loop stall (ms past a 5 ms tick) during a whole rebuild under asks.
    `probe_ms`: print where every thread was at the longest stalls past it (`StallProbe`)."""
    done = asyncio.Event()
    worst = 0.0
    answered = 0
    probe = StallProbe(probe_ms, 0.005) if probe_ms is not None else None

    async def ticker() -> None:
        nonlocal worst
        loop = asyncio.get_running_loop()
        while not done.is_set():
            before = loop.time()
            if probe:
                probe.beat(before)
            await asyncio.sleep(0.005)
            late = (loop.time() - before - 0.005) * 1000
            if probe:
                probe.stalled(before, late)
            worst = max(worst, late)

    async def asker() -> None:
        nonlocal answered
        while not done.is_set():
            await service.ask(questions[answered % len(questions)])
            answered += 1
            await asyncio.sleep(0.02)

    tasks = [asyncio.create_task(ticker()), asyncio.create_task(asker())]
    if probe:
        probe.start()
    try:
        await service.reindex(from_scratch=True)  # a whole rebuild, not the incremental one
        await service.files_written()  # and its files, written while questions are answered
    finally:
        done.set()
        await asyncio.gather(*tasks)
        if probe:
            probe.stop()
            probe.report()
    return worst, answered


class StallProbe:
    """Where every thread of this process was at the longest event-loop stalls it caught,
    and the CPU each used in them.

    A watchdog thread looks at the loop's heartbeat every few milliseconds; once a beat is
    `threshold_ms` late it takes every thread's stack (`sys._current_frames`) and each
    thread's CPU time since its previous look. It needs the interpreter's lock to look: when
    a thread holds the lock through a long call, the watchdog sees it just past that call
    (the same line, or the next), and that thread's CPU over the stall says it held the lock;
    little CPU in every thread says the loop waited for a core (the machine busy). A stall is
    only caught when the watchdog gets the lock before the loop does, so not every one is.
    (A lock-free look, faulthandler's dumps by timer or by SIGPROF, crashed one run in three
    to six here: it reads frames as they change.) The looks make the loop wait a little
    more: measure the stall without the probe."""

    KEPT = 3
    _LOOK_EVERY = 0.004

    def __init__(self, threshold_ms: float, beat_every: float) -> None:
        self._late_after = beat_every + threshold_ms / 1000
        self._beat = time.monotonic()  # the loop's last beat (its clock is time.monotonic)
        self._caught: dict[float, str] = {}  # by the beat the loop was late after
        self._late: dict[float, float] = {}  # each caught beat's lateness, ms
        self._done = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="stall probe", daemon=True)

    def start(self) -> None:
        self._watchdog.start()

    def stop(self) -> None:
        self._done.set()
        self._watchdog.join()

    def beat(self, at: float) -> None:
        self._beat = at

    def stalled(self, beat: float, late_ms: float) -> None:
        """The loop came back `late_ms` late after `beat`."""
        if beat in self._caught:
            self._late[beat] = late_ms

    def _watch(self) -> None:
        looked = _thread_cpu()
        caught = None
        while not self._done.wait(self._LOOK_EVERY):
            beat, now = self._beat, time.monotonic()
            cpu = _thread_cpu()
            if now - beat > self._late_after and beat != caught:
                caught = beat
                self._caught[beat] = _where(now - beat, looked, cpu)
            looked = cpu

    def report(self) -> None:
        """The longest stalls caught, longest first, to stderr."""
        longest = sorted(self._late, key=lambda beat: -self._late[beat])[: self.KEPT]
        if not longest:
            print("stall probe: no stall past the threshold was caught", file=sys.stderr)
        for beat in longest:
            print(f"stall probe: a stall of {self._late[beat]:.0f} ms", file=sys.stderr)
            print(self._caught[beat], file=sys.stderr)


def _thread_cpu() -> dict[int, float]:
    """Each live thread's CPU seconds, by its ident."""
    cpu = {}
    for thread in threading.enumerate():
        if thread.ident is not None:
            with contextlib.suppress(OSError):  # ended meanwhile
                cpu[thread.ident] = time.clock_gettime(time.pthread_getcpuclockid(thread.ident))
    return cpu


def _where(late: float, before: dict[int, float], after: dict[int, float]) -> str:
    """Every thread's stack now, and its CPU since `before`."""
    names = {t.ident: t.name for t in threading.enumerate()}
    lines = [f"  caught {late * 1000:.0f} ms after the last beat; most recent call last"]
    for ident, frame in sys._current_frames().items():
        if ident == threading.get_ident():
            continue  # the watchdog's own
        used = (after.get(ident, 0.0) - before.get(ident, 0.0)) * 1000
        lines.append(f"  thread {names.get(ident, ident)!r}: {used:.0f} ms CPU in the stall")
        stack = traceback.format_stack(frame)[-8:]
        lines.extend("    " + line.rstrip().replace("\n", "\n    ") for line in stack)
    return "\n".join(lines)


async def measure(
    stories: int,
    n_questions: int,
    stall: bool,
    workdir: Path,
    answers: Path | None = None,
    *,
    probe_ms: float | None = None,
    builds_only: bool = False,
) -> dict[str, Any]:
    import numpy as np
    from rank_bm25 import BM25Okapi
    from synthetic import questions as make_questions
    from synthetic import story_text, write_corpus

    from bot.engine.builder import indexed_terms
    from bot.engine.service import StoryService
    from bot.engine.text import terms
    from bot.storage import Database

    corpus = workdir / "corpus"
    write_corpus(corpus, stories)
    db_path = workdir / "db.sqlite3"
    asked = make_questions(stories, n_questions)
    texts = [q.text for q in asked]
    (workdir / "questions.txt").write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    row: dict[str, Any] = {"stories": stories}
    async with Database.open(db_path) as db:
        service = StoryService(db, corpus)
        cpu, started = cpu_seconds(), time.perf_counter()
        report = await service.reindex()
        row["build_s"] = time.perf_counter() - started
        row["build_cpu_s"] = cpu_seconds() - cpu
        await service.files_written()  # before the next reindex, which would wait for them
        # this process's peak (the build's own, its new searcher's and the corpus written
        # before it) and the largest worker's (two run beside the process's early part)
        row["build_mib"] = peak_rss_mib()
        row["worker_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        row["passages"] = report.build.passages

        changed = corpus / "story-0000000.txt"
        text, _ = story_text(0, 7)
        changed.write_text(text.replace("drew attention", "drew notice"), encoding="utf-8")
        cpu, started = cpu_seconds(), time.perf_counter()
        await service.reindex()
        row["reindex_s"] = time.perf_counter() - started
        row["reindex_cpu_s"] = cpu_seconds() - cpu  # steadier than wall on a shared machine
        cpu, started = cpu_seconds(), time.perf_counter()
        await service.files_written()  # the questions below are answered from the files
        row["files_s"] = time.perf_counter() - started
        row["files_cpu_s"] = cpu_seconds() - cpu

        searcher = service.searcher
        for q in texts[:20]:
            searcher.ask(q)
        latencies = []
        shown = []
        for q in texts:
            t = time.perf_counter()
            answer = searcher.ask(q)
            latencies.append((time.perf_counter() - t) * 1000)
            shown.append(answer.public_json())
        if answers is not None:  # to compare two versions' answers: the same files, byte for byte
            with answers.open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(a, sort_keys=True) + "\n" for a in shown)
        row["p50_ms"] = percentile(latencies, 0.5)
        row["p99_ms"] = percentile(latencies, 0.99)
        if not builds_only:
            row.update(dense_comparison(searcher, texts))

        if row["passages"] <= 100_000 and not builds_only:
            reference = BM25Okapi(indexed_terms(searcher.snapshot))
            ref = []
            for q in texts:
                query = terms(q)
                t = time.perf_counter()
                scores = reference.get_scores(query)
                np.argsort(-scores, kind="stable")[:20]
                ref.append((time.perf_counter() - t) * 1000)
            del reference
            row["ref_p50_ms"] = percentile(ref, 0.5)
            row["ratio"] = row["ref_p50_ms"] / row["p50_ms"]
        if stall:
            row["stall_ms"], row["stall_asks"] = await stall_during_reindex(
                service, texts, probe_ms
            )
    if builds_only:
        return row

    changed = corpus / "story-0000001.txt"
    text, _ = story_text(1, 7)
    changed.write_text(text.replace("drew attention", "drew notice"), encoding="utf-8")
    row["index_s"], row["index_mib"] = index_in_new_process(db_path, corpus)
    colds = [cold_start(db_path, corpus, texts[i]) for i in range(3)]
    row["cold_s"] = statistics.median(c[0] for c in colds)
    row["cold_cpu_s"] = statistics.median(c[1] for c in colds)
    row["rss_mib"] = max(c[2] for c in colds)
    cache = workdir / "bytecode"
    cold_start(db_path, corpus, texts[0], cache)  # compiles and caches the modules
    cached = [cold_start(db_path, corpus, texts[i], cache) for i in range(3)]
    row["cold_pyc_s"] = statistics.median(c[0] for c in cached)
    row["cold_pyc_cpu_s"] = statistics.median(c[1] for c in cached)
    return row


def dense_comparison(searcher: Any, texts: list[str]) -> dict[str, Any]:
    """The same questions with exact dense retrieval (every passage vector compared) in the
    same process, and the approximate index's recall of the exact nearest passages, its build
    time and memory (empty below `semantic_exact_below` passages: there both are exact)."""
    import numpy as np

    from bot.engine.nearest import NearestPassages
    from bot.engine.search import Searcher

    settings = searcher.settings
    vectors = searcher._passage_vectors
    if vectors is None or len(vectors) < settings.semantic_exact_below:
        return {}
    rss = current_rss_mib()
    started = time.perf_counter()
    nearest = NearestPassages(vectors, probes=settings.semantic_probes)
    out: dict[str, Any] = {"ann_build_s": time.perf_counter() - started}
    out["ann_mib"] = current_rss_mib() - rss
    everything = settings.model_copy(update={"semantic_exact_below": 10**12})
    exact = Searcher(searcher.snapshot, everything)
    for q in texts[:20]:
        exact.ask(q)
    # each question asked both ways in turn, so that neither runs on caches the other warmed
    exact_latencies, approximate_latencies = [], []
    same_top = answered = 0
    for q in texts:
        t = time.perf_counter()
        answer = exact.ask(q)
        exact_latencies.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        ours = searcher.ask(q)
        approximate_latencies.append((time.perf_counter() - t) * 1000)
        if answer.passages:
            answered += 1
            same_top += bool(ours.passages) and ours.passages[0] == answer.passages[0]
    out["exact_p50_ms"] = percentile(exact_latencies, 0.5)
    out["exact_p99_ms"] = percentile(exact_latencies, 0.99)
    out["ann_p50_ms"] = percentile(approximate_latencies, 0.5)
    out["ann_p99_ms"] = percentile(approximate_latencies, 0.99)
    out["same_top_share"] = same_top / max(answered, 1)
    embedder = searcher._embedder
    for k in (5, 10):
        hits = total = 0
        for q in texts:
            question = embedder.embed([q])[0]
            if not question.any():
                continue
            truth = set(np.argpartition(-(vectors @ question), k - 1)[:k].tolist())
            hits += len(truth & set(nearest.search(question, k)[0]))
            total += k
        out[f"recall_at_{k}"] = hits / max(total, 1)
    return out


def current_rss_mib() -> float:
    """This process's resident memory now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def fmt(row: dict[str, Any]) -> str:
    def num(key: str, spec: str) -> str:
        value = row.get(key)
        return "-" if value is None else format(value, spec)

    return (
        f"{row['passages']:>9,} {num('build_s', '8.1f')} {num('build_cpu_s', '8.1f')}"
        f" {num('build_mib', '9.0f')} {num('worker_mib', '9.0f')}"
        f" {num('reindex_s', '9.2f')} {num('reindex_cpu_s', '6.2f')}"
        f" {num('files_s', '7.2f')} {num('files_cpu_s', '6.2f')}"
        f" {num('index_s', '7.2f')} {num('index_mib', '9.0f')} {num('cold_s', '7.2f')}"
        f" {num('rss_mib', '8.0f')}"
        f" {num('p50_ms', '7.2f')} {num('p99_ms', '7.2f')} {num('ref_p50_ms', '9.1f')}"
        f" {num('ratio', '6.0f')}x {num('stall_ms', '8.0f')}"
        f" {num('exact_p50_ms', '9.2f')} {num('exact_p99_ms', '9.2f')}"
        f" {num('ann_p50_ms', '7.2f')} {num('ann_p99_ms', '7.2f')}"
        f" {num('recall_at_5', '6.3f')} {num('recall_at_10', '6.3f')}"
        f" {num('same_top_share', '7.3f')} {num('ann_build_s', '7.2f')}"
        f" {num('ann_mib', '8.0f')}"
        f" {num('cold_cpu_s', '8.2f')} {num('cold_pyc_s', '6.2f')} {num('cold_pyc_cpu_s', '7.2f')}"
    )


HEADER = (
    " passages  build s  cpu s  build MiB  work MiB  reindex s  cpu s  files s  cpu s"
    "  index s  index MiB"
    "  cold s  RSS MiB  p50 ms  p99 ms"
    "  bm25 p50  ratio"
    "  stall ms"
    "  exact p50  exact p99  ann p50  ann p99  rec@5  rec@10  sametop  ann s  ann MiB"
    "  cold cpu  pyc s  pyc cpu"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="passages, comma-separated")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--stall-sizes", default="100000", help="sizes that measure the stall")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--stall", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--probe-stalls",
        type=float,
        metavar="MS",
        help="print every thread's stack at the longest stalls past MS (the stall sizes)",
    )
    parser.add_argument(
        "--builds-only",
        action="store_true",
        help="measure the build, the reindex, latency and the stall only (no dense comparison,"
        " rank-bm25, storybot index or cold start)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="build each corpus, its database and questions.txt in DIR/<passages>/ and keep them",
    )
    parser.add_argument(
        "--answers",
        type=Path,
        help="write each size's answers (public JSON, a line a question) to DIR/answers-N.jsonl",
    )
    args = parser.parse_args()
    if args.one is not None:
        from bot.cli import one_blas_thread

        one_blas_thread()  # the bot's engine, measured in process
        written = None
        if args.answers is not None:
            written = args.answers / f"answers-{args.one * PASSAGES_PER_STORY}.jsonl"
        with contextlib.ExitStack() as stack:
            if args.keep is not None:
                # kept for engine_cpu.py / engine_stages.py: the corpus, its database and the
                # questions (a line each) stay in DIR/<passages>/
                workdir = args.keep / str(args.one * PASSAGES_PER_STORY)
                shutil.rmtree(workdir, ignore_errors=True)  # a build of its own, not a reindex
                workdir.mkdir(parents=True)
            else:
                workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            row = asyncio.run(
                measure(
                    args.one,
                    args.questions,
                    args.stall,
                    workdir,
                    written,
                    probe_ms=args.probe_stalls,
                    builds_only=args.builds_only,
                )
            )
        print(json.dumps(row))
        return 0
    stall_sizes = {int(s) for s in args.stall_sizes.split(",") if s}
    print(HEADER)
    for size in (int(s) for s in args.sizes.split(",")):
        command = [
            sys.executable,
            __file__,
            "--one",
            str(size // PASSAGES_PER_STORY),
            "--questions",
            str(args.questions),
        ]
        if size in stall_sizes:
            command.append("--stall")
        if args.keep:
            command += ["--keep", str(args.keep)]
        if args.probe_stalls is not None:
            command += ["--probe-stalls", str(args.probe_stalls)]
        if args.builds_only:
            command.append("--builds-only")
        if args.answers:
            args.answers.mkdir(parents=True, exist_ok=True)
            command += ["--answers", str(args.answers)]
        out = subprocess.run(command, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 1
        if args.probe_stalls is not None:
            print(out.stderr, file=sys.stderr, end="")
        print(fmt(json.loads(out.stdout.strip().splitlines()[-1])), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
