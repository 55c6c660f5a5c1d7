"""Stopping a build under way from another thread (its reindex cancelled: Ctrl-C in `storybot
index`, the bot stopping), and keeping a terminal's Ctrl-C from the build's worker processes.

Kept apart from builder.py: the service makes a build's `BuildStop` on the event loop, and a
process that only answers imports nothing of building."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

Progress = Callable[[str, int, int], None]


class BuildStopped(Exception):
    """A build stopped on its thread, as asked (`BuildStop`): its reindex was cancelled."""


class BuildStop:
    """A build's progress (`progress`, if any, told through it), and a way to stop the build
    from another thread (the event loop's, its reindex cancelled): once asked, the build's
    thread raises BuildStopped at its next step (every 100 files read, 10 stories analysed,
    1,000 passages indexed) or the next end of a stage (`check`), and the worker processes
    analysing its stories are told to end (`workers`)."""

    def __init__(self, progress: Progress | None = None) -> None:
        self._progress = progress
        self._asked = threading.Event()
        self._lock = threading.Lock()
        self._pools: list[ProcessPoolExecutor] = []

    def ask(self) -> None:
        with self._lock:
            self._asked.set()
            pools, self._pools = self._pools, []
        for pool in pools:
            end_workers(pool)

    def check(self) -> None:
        if self._asked.is_set():
            raise BuildStopped("the build was stopped")

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.check()
        if self._progress is not None:
            self._progress(stage, done, total)

    @contextmanager
    def workers(self, pool: ProcessPoolExecutor) -> Iterator[None]:
        """While the block runs, `pool`'s processes are ended when the build is stopped."""
        with self._lock:
            asked = self._asked.is_set()
            if not asked:
                self._pools.append(pool)
        if asked:
            end_workers(pool)
        try:
            yield
        finally:
            with self._lock:
                if pool in self._pools:
                    self._pools.remove(pool)
            if self._asked.is_set():  # any process started since it was asked
                end_workers(pool)


@contextmanager
def ctrl_c_kept_from_workers() -> Iterator[None]:
    """SIGINT blocked on this thread while it starts worker processes, which keep the mask
    they are started with: a terminal's Ctrl-C goes to its whole process group, and a worker
    it reached died (mid start-up with "Fatal Python error" and a traceback), which broke the
    pool, whose stories the build then went on to analyse in this process. The build's own
    process decides (a reindex cancelled stops its build; `BuildStop` ends the workers). The
    resource tracker is started first: starting it unblocks SIGINT on the thread that does
    (multiprocessing.resource_tracker)."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: no process groups to share
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def end_workers(pool: ProcessPoolExecutor) -> None:
    """`pool` shut down, the tasks not begun cancelled (a task waited for raises
    CancelledError): each worker ends once its batch of stories is done. Not killed mid-task:
    a worker killed while it hands back a story's analysis leaves half a message in the
    result pipe, and the pool's own thread waits for the rest forever (and the process's end
    with it)."""
    pool.shutdown(wait=False, cancel_futures=True)
