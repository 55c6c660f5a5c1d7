"""Where a question's time goes, stage by stage: the whole engine's CPU time on a stored build,
split by timers around the searcher's steps, for the median questions and the slowest 1 %.

    .venv/bin/python benchmarks/engine_stages.py DB QUESTIONS [--passes 2] [--steps N] [--faults]

DB and QUESTIONS as for `engine_cpu.py` (a build `storybot index` made, e.g. by
`bench_pipeline.py --keep DIR`: DIR/<passages>/db.sqlite3 and questions.txt). After 20
warm-up questions, each pass asks every question once, timing each step by
`time.thread_time_ns()` and counting a step's time without the timed steps it calls; the
first pass is each question's first sight of its passages and stories (as the benchmark's
p50/p99). Printed per stage: its mean over all questions, over the questions between the 40th
and 60th percentile of the whole (the median band) and over the slowest three of 300 (the
p99). The timers cost a microsecond or two each, so the totals run a little above
`engine_cpu.py`'s, and much of "(rest)" is theirs. A passage, its story's metadata and its
quotes are made the first time anything asks for them (showing it, a kind's bonus, the
rating): that first reading is a stage of its own, whoever asks. A step the searcher no
longer has is left out; "(rest)" is what no timer covers. `--steps N` also lists the N
steps of most time in each pass (the first pass less a later one's is what a question's first
sight of its passages, stories, words and people costs). `--faults` also counts each stage's
minor page faults (`getrusage(RUSAGE_THREAD)`, its own, as its time): a first sight of memory
a build's files map or the heap newly grows into, which the CPU time includes (each look at
the counter costs about a microsecond more). `PYTHONPATH=<other checkout>` times the other
one's engine.
"""

from __future__ import annotations

import argparse
import collections
import functools
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine_cpu import stored_build_and_questions

# The stages the issue reports, and the steps (searcher methods, module functions, index and
# embedding calls) each is made of.
STAGES: dict[str, tuple[str, ...]] = {
    "reading the question": (
        "_checked _question_words speller.correct written_as_meant _asked_speakers "
        "_unknown_name _topic_terms _counted _bridges _meaning_bridges expected_kind "
        "question_parts _qualifiers meant_words _earlier_part _close_in_meaning offers_people "
        "asked_facts asked_role named_thing terms _reported_group _asked_role"
    ).split(),
    "people/speaker reading": ["read_question"],
    "embedding the question": ["embed", "_closeness"],
    "dense search (faiss)": ["faiss"],
    "dense: cosines, fusion": ["closeness.of", "_with_closest", "_fused"],
    "BM25 top k": ["bm25.top_k"],
    "BM25 lookups": (
        "bm25.scores_of bm25.holding_any bm25.containing_any bm25.sparse_scores "
        "bm25.holding_each bm25.holding _bridged_scores _best_on_topic"
    ).split(),
    "candidates, phrase bonus": (
        "_rank _phrase_bonus _phrases _carried_over _ordered _kind_first_among_equals _holds"
    ).split(),
    "a speaker's passages": ["_speakers_passages", "_quoting_passages", "_with_speech_verb"],
    "rating": ["_signals", "_with_agreement", "probability", "_speaker_pick"],
    "the Answer": ["_combined", "_render", "_asked_person", "_matched_words", "trusted"],
    # a passage, its story's metadata and quotes: whoever asks first (the Answer, a kind's
    # bonus, the rating) makes them
    "passages first read": ("passages[] quotes.of_passage stories.meta stories.text").split(),
}
_SEARCHER_STEPS = [
    step for steps in STAGES.values() for step in steps if step.startswith("_") and "." not in step
]
# functions the searcher's module calls by name (its own steps call the rest)
_MODULE_STEPS = (
    "read_question question_parts meant_words expected_kind offers_people asked_facts "
    "asked_role named_thing terms"
).split()


def minor_faults() -> int:
    """The calling thread's minor page faults so far."""
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt


class Timers:
    """Exclusive CPU time per step: a step's time less that of the timed steps it calls; with
    `faults`, its minor page faults counted the same way."""

    def __init__(self, *, faults: bool = False) -> None:
        self.spent: collections.Counter[str] = collections.Counter()
        self.faults: collections.Counter[str] = collections.Counter()
        self._stack = [0]
        self._fault_stack = [0]
        self._count_faults = faults

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            faulted = minor_faults() if self._count_faults else 0
            started = time.thread_time_ns()
            self._stack.append(0)
            self._fault_stack.append(0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.thread_time_ns() - started
                inner = self._stack.pop()
                self.spent[name] += elapsed - inner
                self._stack[-1] += elapsed
                inner_faults = self._fault_stack.pop()
                if self._count_faults:
                    faults = minor_faults() - faulted
                    self.faults[name] += faults - inner_faults
                    self._fault_stack[-1] += faults

        return wrapper

    def reset(self) -> None:
        self.spent.clear()
        self.faults.clear()
        self._stack[:] = [0]
        self._fault_stack[:] = [0]


def instrument(searcher: Any, timers: Timers) -> None:
    import bot.engine.nearest as nearest
    import bot.engine.search.searcher as searcher_module
    from bot.engine.semantic import Embedder

    for klass in type(searcher).__mro__:
        for name in _SEARCHER_STEPS:
            value = vars(klass).get(name)
            if isinstance(value, staticmethod):
                setattr(klass, name, staticmethod(timers.timed(name, value.__func__)))
            elif callable(value):
                setattr(klass, name, timers.timed(name, value))
    for name in _MODULE_STEPS:
        if hasattr(searcher_module, name):
            setattr(searcher_module, name, timers.timed(name, getattr(searcher_module, name)))
    searcher_module.probability = timers.timed("probability", searcher_module.probability)
    searcher_module.trusted = timers.timed("trusted", searcher_module.trusted)
    searcher._speller.correct = timers.timed("speller.correct", searcher._speller.correct)
    speller = searcher._word_speller
    speller.written_as_meant = timers.timed("written_as_meant", speller.written_as_meant)
    index = searcher.snapshot.index
    for name in (
        "top_k",
        "scores_of",
        "containing_any",
        "holding_any",
        "sparse_scores",
        "holding_each",
        "holding",
    ):
        if hasattr(index, name):  # (an older version's index may lack one)
            setattr(index, name, timers.timed(f"bm25.{name}", getattr(index, name)))
    snapshot = searcher.snapshot
    for owner, name, step in (
        (type(snapshot.passages), "__getitem__", "passages[]"),
        (type(snapshot.quotes), "of_passage", "quotes.of_passage"),
        (type(snapshot.stories), "meta", "stories.meta"),
        (type(snapshot.stories), "text", "stories.text"),
    ):
        setattr(owner, name, timers.timed(step, getattr(owner, name)))
    nearest.NearestPassages.search = timers.timed("faiss", nearest.NearestPassages.search)
    nearest.Closeness.of = timers.timed("closeness.of", nearest.Closeness.of)
    Embedder.embed = timers.timed("embed", Embedder.embed)


def report_steps(label: str, spent: collections.Counter[str], questions: int, top: int) -> None:
    """The `top` steps of most time, each's own (without the timed steps it calls): where a
    stage's time is, step by step."""
    print(f"{label}, the {top} costliest steps: {'mean':>7s}  µs")
    for step, total in spent.most_common(top):
        print(f"  {step:28s} {total / questions / 1e3:7.1f}")


def report(
    label: str,
    asked: list[tuple[int, collections.Counter[str]]],
    faults: list[collections.Counter[str]] | None = None,
) -> None:
    """Each stage's time (and with `faults`, each question's faults by stage, its mean
    minor page faults a question)."""
    fault_means: dict[str, float] = {}
    if faults:
        for stage in {stage for counted in faults for stage in counted}:
            fault_means[stage] = sum(counted[stage] for counted in faults) / len(faults)
    asked = sorted(asked, key=lambda item: item[0])
    n = len(asked)
    band = asked[int(0.4 * n) : max(int(0.6 * n), int(0.4 * n) + 1)]
    slowest = asked[-max(1, n // 100) :]
    totals = [total / 1e6 for total, _ in asked]
    p50, p99 = totals[n // 2], totals[min(n - 1, int(0.99 * n))]
    print(
        f"{label}: p50 {p50:.3f} ms, p99 {p99:.3f} ms, mean {sum(totals) / n:.3f} ms CPU"
        " (timers on)"
    )
    faults_column = f" {'faults':>7s}" if faults else ""
    print(f"  {'stage':28s} {'mean':>7s} {'p50 band':>9s} {'p99':>7s}  µs{faults_column}")
    names = [*STAGES, "(rest)"]
    for name in sorted(names, key=lambda s: -sum(stages[s] for _, stages in asked)):

        def mean(group: list[tuple[int, collections.Counter[str]]], stage: str = name) -> float:
            return sum(stages[stage] for _, stages in group) / len(group) / 1e3

        counted = f"     {fault_means.get(name, 0.0):7.1f}" if faults else ""
        print(f"  {name:28s} {mean(asked):7.1f} {mean(band):9.1f} {mean(slowest):7.1f}{counted}")
    if faults:
        print(f"  minor page faults a question: {sum(fault_means.values()):.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument(
        "--steps", type=int, default=0, help="also list the N costliest steps of each pass"
    )
    parser.add_argument(
        "--faults", action="store_true", help="also count each stage's minor page faults"
    )
    args = parser.parse_args()
    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.search import Searcher

    snapshot, questions = stored_build_and_questions(args.db, args.questions)
    searcher = Searcher(snapshot)
    timers = Timers(faults=args.faults)
    instrument(searcher, timers)
    stage_of = {step: stage for stage, steps in STAGES.items() for step in steps}
    for question in questions[:20]:
        searcher.ask(question)
    for number in range(1, args.passes + 1):
        asked = []
        faulted: list[collections.Counter[str]] = []
        by_step: collections.Counter[str] = collections.Counter()
        for question in questions:
            timers.reset()
            faults_before = minor_faults() if args.faults else 0
            started = time.thread_time_ns()
            searcher.ask(question)
            total = time.thread_time_ns() - started
            by_step.update(timers.spent)
            stages: collections.Counter[str] = collections.Counter()
            for step, spent in timers.spent.items():
                stages[stage_of.get(step, step)] += spent
            stages["(rest)"] = total - sum(timers.spent.values())
            asked.append((total, stages))
            if args.faults:
                counted: collections.Counter[str] = collections.Counter()
                for step, faults in timers.faults.items():
                    counted[stage_of.get(step, step)] += faults
                counted["(rest)"] = minor_faults() - faults_before - sum(timers.faults.values())
                faulted.append(counted)
        label = "first pass" if number == 1 else f"pass {number}"
        report(label, asked, faulted if args.faults else None)
        if args.steps:
            report_steps(label, by_step, len(questions), args.steps)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
