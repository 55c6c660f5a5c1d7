"""A tiny run of benchmarks/engine_cpu.py, engine_stages.py, shown_form.py and (slow)
engine_instructions.py on a build `storybot index` stored for the story, so the scripts cannot
rot: they read a stored build and time the searcher's steps by name."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import EXAMPLE, REPO, python, storybot

BENCHMARKS = REPO / "benchmarks"


def stored_build(checkout: Path) -> tuple[Path, Path]:
    """The database `storybot index` builds for the story, and a file of 25 of the dev set's
    questions (the scripts ask 20 to warm up, then every one)."""
    assert storybot(checkout, "index").returncode == 0
    lines = (REPO / "tests" / "data" / "eval-dev.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    questions = [item["q"] for item in items if item.get("q")][:25]
    path = checkout / "questions.txt"
    path.write_text("\n".join(questions) + "\n", encoding="utf-8")
    return checkout / "data" / "storybot.sqlite3", path


def test_engine_stages_splits_a_question_s_time_and_faults_by_stage(checkout: Path) -> None:
    db, questions = stored_build(checkout)
    result = python(
        checkout,
        str(BENCHMARKS / "engine_stages.py"),
        str(db),
        str(questions),
        "--passes",
        "1",
        "--steps",
        "3",
        "--faults",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"first pass: p50 [\d.]+ ms, p99 [\d.]+ ms", out)
    assert re.search(r"stage +mean +p50 band +p99 +µs +faults", out)
    for stage in ("reading the question", "BM25 top k", "the Answer", "(rest)"):
        # each stage's time (mean, median band, slowest 1 %) and its faults a question
        assert re.search(rf"{re.escape(stage)} +[\d.]+ +[\d.]+ +[\d.]+ +[\d.]+\n", out), stage
    assert re.search(r"minor page faults a question: [\d.]+", out)
    assert len(re.findall(r"\n  \S+ +[\d.]+(?=\n)", out.split("costliest steps")[1])) == 3


def test_engine_cpu_times_every_question_and_dumps_each_answer(checkout: Path) -> None:
    db, questions = stored_build(checkout)
    timed = python(checkout, str(BENCHMARKS / "engine_cpu.py"), str(db), str(questions))
    assert timed.returncode == 0, timed.stderr
    assert re.search(r"engine first pass: p50 [\d.]+ p90 [\d.]+ p99 [\d.]+ ms CPU", timed.stdout)
    dump = checkout / "answers.jsonl"
    dumped = python(
        checkout, str(BENCHMARKS / "engine_cpu.py"), str(db), str(questions), "--dump", str(dump)
    )
    assert dumped.returncode == 0, dumped.stderr
    answers = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    asked = questions.read_text(encoding="utf-8").splitlines()
    assert len(answers) == len(asked)
    assert any(answer["answered"] and answer["passages"] for answer in answers)


def test_shown_form_answers_the_same_from_the_stored_shown_passages_and_times_both(
    checkout: Path,
) -> None:
    db, questions = stored_build(checkout)
    result = python(
        checkout, str(BENCHMARKS / "shown_form.py"), str(db), str(questions), "--pairs", "1"
    )
    assert result.returncode == 0, result.stderr
    assert "the same answers byte for byte: yes" in result.stdout
    for way in ("made", "stored"):
        assert re.search(rf"{way} +first pass p50 [\d.]+; mean [\d.]+ ms CPU", result.stdout), way


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_engine_instructions_counts_a_question_s_instructions(checkout: Path) -> None:
    """Two runs under valgrind (a minute or two each): the instructions the questions took."""
    db, questions = stored_build(checkout)
    result = python(
        checkout,
        str(BENCHMARKS / "engine_instructions.py"),
        str(db),
        str(questions),
        "--label",
        "story",
    )
    assert result.returncode == 0, result.stderr
    found = re.search(r"story: ([\d,]+) instructions a question \(25 questions\)", result.stdout)
    assert found, result.stdout
    assert int(found.group(1).replace(",", "")) > 10_000  # a question is more than its call


# Runs a benchmark script as `python SCRIPT ARGS...` would, or the command line for "bot", then
# prints the thread counts of the BLAS libraries loaded (threadpoolctl's view).
BLAS_THREADS = """
import runpy, sys
from pathlib import Path
from threadpoolctl import threadpool_info

sys.argv = sys.argv[1:]
if sys.argv[0] == "bot":
    from bot.cli import main

    assert main(sys.argv[1:]) == 0
else:
    sys.path.insert(0, str(Path(sys.argv[0]).parent))
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as stop:
        assert not stop.code, stop.code
blas = [info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas"]
print("BLAS threads:", *sorted(set(blas)))
"""


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: BLAS has one thread")
def test_the_engine_is_timed_on_one_blas_thread_as_the_command_line_runs_it(
    checkout: Path,
) -> None:
    """Below `semantic_exact_below` passages a question's vector product ran on OpenBLAS's
    threads in the benchmarks (they wait on each other: at 10,000 passages 4.0 ms CPU a
    question for the bot's 1.6), on one in `storybot`: the benchmark timed what no bot did."""
    db, questions = stored_build(checkout)
    timed = python(
        checkout, "-c", BLAS_THREADS, str(BENCHMARKS / "engine_cpu.py"), str(db), str(questions)
    )
    assert timed.returncode == 0, timed.stderr
    assert timed.stdout.splitlines()[-1] == "BLAS threads: 1"
    asked = python(checkout, "-c", BLAS_THREADS, "bot", "ask", EXAMPLE)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.splitlines()[-1] == "BLAS threads: 1"
