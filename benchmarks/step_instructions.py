"""Each engine step's instructions a question (inclusive: with the steps it calls), counted by
callgrind on a stored build: where a question's instructions go, step by step, and (run on two
builds) which steps grow with the corpus.

    .venv/bin/python benchmarks/step_instructions.py DB QUESTIONS [--questions 300]
        [--out FILE]

DB and QUESTIONS as for `engine_cpu.py`. The steps are `engine_stages.py`'s, and a few more
inside them (the people found in a question's text, a speaker group's passages, the index's
look-ups at a speaker's passages, the nearest-neighbour searches). Each is called through a C
function of its own (`step_NNN`, a small extension compiled into a temporary directory with
the C compiler Python was built with), so callgrind's inclusive count of that function is the
step's. The build is loaded and the 20 warm-up questions asked with valgrind's instrumentation
off (`_valgrind.py`: loading 1,000,000 passages fully instrumented did not finish in 16
minutes); it is turned on for the first pass: some 5 minutes at 1,000,000 passages, one at
100,000. A step's count is its calls' over the pass,
divided by the questions asked. `--out` keeps callgrind's file. `PYTHONPATH=<other checkout>`
counts the other one's engine.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _valgrind import counted, counting, extension, imported, load_in_order, under_valgrind

_TRAMPOLINES = 128
_STEPS = "STEP_INSTRUCTIONS_STEPS"  # the counted run writes its steps' numbers there


def _trampolines(directory: Path) -> Any:
    """The extension of `_TRAMPOLINES` functions `step_NNN(f, *args, **kwargs)`, each calling
    `f(*args, **kwargs)`, compiled into `directory` and imported."""
    lines = ["#define PY_SSIZE_T_CLEAN", "#include <Python.h>"]
    for i in range(_TRAMPOLINES):
        lines.append(
            f"__attribute__((noinline)) static PyObject *step_{i:03d}(PyObject *self, "
            "PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) "
            "{ return PyObject_Vectorcall(args[0], args + 1, nargs - 1, kwnames); }"
        )
    lines.append("static PyMethodDef methods[] = {")
    lines += [
        f'{{"step_{i:03d}", (PyCFunction)(void (*)(void))step_{i:03d}, '
        "METH_FASTCALL | METH_KEYWORDS, NULL},"
        for i in range(_TRAMPOLINES)
    ]
    lines.append("{NULL, NULL, 0, NULL}};")
    lines.append(
        'static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "steptramp", NULL, -1, '
        "methods};"
    )
    lines.append("PyMODINIT_FUNC PyInit_steptramp(void) { return PyModule_Create(&module); }")
    return imported("steptramp", extension("steptramp", "\n".join(lines), directory))


class _Steps:
    """`engine_stages.Timers`' `timed`: each step named gets its own trampoline."""

    def __init__(self, trampolines: Any) -> None:
        self.numbers: dict[str, int] = {}
        self._trampolines = trampolines

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        number = self.numbers.setdefault(name, len(self.numbers))
        trampoline = getattr(self._trampolines, f"step_{number:03d}")

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return trampoline(function, *args, **kwargs)

        return wrapper


def _more_steps(searcher: Any, steps: _Steps) -> None:
    """Steps inside `engine_stages.py`'s that grow with the corpus."""
    import bot.engine.mentions as mentions
    import bot.engine.nearest as nearest
    import bot.engine.search.base as base
    import bot.engine.shelves as shelves

    finder = mentions.MentionFinder
    for name in "find_groups _find _held _named_by _people_at _unique_people".split():
        value = vars(finder).get(name)
        if isinstance(value, staticmethod):
            setattr(finder, name, staticmethod(steps.timed(f"mentions.{name}", value.__func__)))
        elif callable(value):
            setattr(finder, name, steps.timed(f"mentions.{name}", value))
    quoting = base._PassagesQuoting
    quoting.of_group = steps.timed("of_group", quoting.of_group)  # type: ignore[method-assign]
    shelf = shelves.QuoteShelf
    shelf.speaker_numbers = steps.timed(  # type: ignore[method-assign]
        "speaker_numbers", shelf.speaker_numbers
    )
    index = searcher.snapshot.index
    for name in ("term_at", "scores_of"):
        if hasattr(index, name):
            setattr(index, name, steps.timed(f"bm25.{name}", getattr(index, name)))
    closeness = nearest.Closeness
    closeness.closest_of_all = steps.timed(  # type: ignore[method-assign]
        "closest_of_all", closeness.closest_of_all
    )
    closeness._search = steps.timed("Closeness._search", closeness._search)  # type: ignore[method-assign]


def _ask(db: Path, questions_file: Path, count: int) -> int:
    """Under valgrind: every step through its trampoline, the warm-up uninstrumented, then
    `count` questions counted."""
    load_in_order()
    from engine_cpu import stored_build_and_questions
    from engine_stages import instrument

    from bot.cli import one_blas_thread

    one_blas_thread()  # as the bot does
    from bot.engine.search import Searcher

    with tempfile.TemporaryDirectory() as directory:
        steps = _Steps(_trampolines(Path(directory)))
        snapshot, questions = stored_build_and_questions(db, questions_file)
        searcher = Searcher(snapshot)
        instrument(searcher, steps)  # type: ignore[arg-type]
        _more_steps(searcher, steps)
        ask = steps.timed("(the whole question)", searcher.ask)
        for question in questions[:20]:
            searcher.ask(question)
        Path(os.environ[_STEPS]).write_text(json.dumps(steps.numbers))
        with counting():
            for question in questions[:count]:
                ask(question)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("questions", type=Path)
    parser.add_argument("--questions", type=int, default=300, dest="count")
    parser.add_argument("--out", type=Path, help="keep callgrind's file here")
    args = parser.parse_args()
    if under_valgrind():
        return _ask(args.db, args.questions, args.count)
    with tempfile.TemporaryDirectory() as directory:
        numbers_file = Path(directory) / "steps.json"
        out = args.out or Path(directory) / "callgrind.out"
        counted(
            __file__,
            [str(args.db), str(args.questions), "--questions", str(args.count)],
            out,
            {_STEPS: str(numbers_file)},
        )
        names = {number: name for name, number in json.loads(numbers_file.read_text()).items()}
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    by_step = {}
    for line in annotated.splitlines():
        found = re.match(r"\s*([\d,]+) \(.*steptramp\.c:step_(\d+) ", line)
        if found:
            by_step[names[int(found.group(2))]] = int(found.group(1).replace(",", ""))
    print(f"{'step (inclusive)':32s} {'instructions a question':>24s}")
    for name, total in sorted(by_step.items(), key=lambda item: -item[1]):
        print(f"{name:32s} {total / args.count:24,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
