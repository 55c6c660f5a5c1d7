"""Running a benchmark script again under valgrind's callgrind with only one part of it counted:
shared by engine_instructions.py, index_instructions.py and step_instructions.py.

The script runs under `valgrind --tool=callgrind --instr-atstart=no`: nothing is counted (and
valgrind runs it some 5 times faster than counted) until it enters `counting()`, whose start
and end are valgrind's client requests (CALLGRIND_START_INSTRUMENTATION, _STOP_, from a small C
extension compiled by `extension` with the C compiler Python was built with). Only what runs
inside is counted: loading a build and the warm-up stay out of the count instead of being
subtracted as a second run's, which made the count move by 1-3 % from run to run
(docs/speed-history.md, 13spread). The count is repeatable to some 0.05 % when the counted part
runs on one thread and reads no clock: the environment fixes string hashing (PYTHONHASHSEED=0)
and BLAS, OpenMP (faiss) on one thread, the collector is run just before the count starts (its
next collections then fall at the same allocations whatever the loading left behind), and
`load_in_order` has the build read on one thread, so that the allocators' state the count
starts from is (nearly) the same each time: what is left to move is the allocators' own work
(`_PyObject_Free`, glibc's `_int_malloc`) and the type cache's, which depend on where the
loading left objects.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

# where the counted run finds the compiled client requests (set by `counted`)
_REQUESTS = "BENCHMARK_VALGRIND_REQUESTS"

ENVIRONMENT = {
    "PYTHONHASHSEED": "0",
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}

_REQUESTS_SOURCE = """
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <valgrind/callgrind.h>
static PyObject *start(PyObject *self, PyObject *unused) {
    CALLGRIND_ZERO_STATS;
    CALLGRIND_START_INSTRUMENTATION;
    Py_RETURN_NONE;
}
static PyObject *stop(PyObject *self, PyObject *unused) {
    CALLGRIND_STOP_INSTRUMENTATION;
    Py_RETURN_NONE;
}
static PyMethodDef methods[] = {
    {"start", start, METH_NOARGS, NULL}, {"stop", stop, METH_NOARGS, NULL}, {NULL, NULL, 0, NULL}
};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "valgrind_requests", NULL, -1, methods};
PyMODINIT_FUNC PyInit_valgrind_requests(void) { return PyModule_Create(&module); }
"""


def extension(name: str, source: str, directory: Path) -> Path:
    """The C extension module `name` compiled from `source` into `directory`: its file."""
    c = directory / f"{name}.c"
    c.write_text(source)
    built = directory / f"{name}{sysconfig.get_config_var('EXT_SUFFIX')}"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()
    include = sysconfig.get_paths()["include"]
    subprocess.run(
        [*compiler, "-O1", "-g", "-fPIC", "-shared", f"-I{include}", str(c), "-o", str(built)],
        check=True,
    )
    return built


def imported(name: str, built: Path) -> Any:
    """The extension module `name` of the file `built`, imported."""
    spec = importlib.util.spec_from_file_location(name, built)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _AtOnce:
    """An executor that makes each call when it is submitted, on the calling thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __enter__(self) -> _AtOnce:
        return self

    def __exit__(self, *exception: object) -> None:
        pass

    def submit(self, function: Any, *args: Any, **kwargs: Any) -> Future[Any]:
        done: Future[Any] = Future()
        try:
            done.set_result(function(*args, **kwargs))
        except Exception as problem:  # kept for the caller, as a thread's would be
            done.set_exception(problem)
        return done


def load_in_order() -> None:
    """In a counted run, before the build is read: its files checked one after another on the
    main thread (bot/engine/build_files.py checks them on two threads), and no thread made to
    give up the interpreter on a clock (`sys.setswitchinterval`). The build read and the
    answers are the same; what changes is that the loading's allocations come in one order, so
    the allocators' state the count starts from (which moved the count by up to 0.1 %:
    docs/speed-history.md, 13spread) is the same from run to run, or nearly (the database is
    still read on aiosqlite's thread)."""
    import bot.engine.build_files as build_files

    build_files.ThreadPoolExecutor = _AtOnce  # type: ignore[misc,assignment]
    sys.setswitchinterval(1000.0)


def under_valgrind() -> bool:
    """Whether this process is a counted run `counted` started."""
    return _REQUESTS in os.environ


@contextlib.contextmanager
def counting() -> Iterator[None]:
    """In a counted run, what runs inside is counted (after a collection, uncounted)."""
    requests = imported("valgrind_requests", Path(os.environ[_REQUESTS]))
    gc.collect()
    requests.start()
    try:
        yield
    finally:
        requests.stop()


def counted(
    script: str, arguments: Sequence[str], out: Path, environment: dict[str, str] | None = None
) -> int:
    """The instructions of `counting()`'s part of a run of `python script arguments` under
    callgrind (its file `out`: `callgrind_annotate out`); `environment` added to this one's."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    with tempfile.TemporaryDirectory() as directory:
        requests = extension("valgrind_requests", _REQUESTS_SOURCE, Path(directory))
        env = {**os.environ, **ENVIRONMENT, **(environment or {}), _REQUESTS: str(requests)}
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                script,
                *arguments,
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
