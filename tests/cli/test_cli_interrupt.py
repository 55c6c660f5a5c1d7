"""Ctrl-C (SIGINT) during `storybot index`: the build stops, the previous index answers as
before, one line says so, exit 130. The real command line in a subprocess, held at a pause
point (bot/pausepoints.py) while the signal is sent and until the test lets it go on: what
is tested never depends on how fast the machine is (a build left to run could finish before
the signal arrived, as the first test of this did on a busy machine).

The signal sent while the build's thread is held: the process says what still answers without
waiting for that thread, and the line read is the proof it took the signal. Sent while the
event loop's own thread is held (the save's points): the process cannot print before it is
let go, so the test lets it go once the kernel has handed the signal over (/proc: no longer
pending), and the handler, already run or due at the next bytecode, cancels before the next
await."""

from __future__ import annotations

import asyncio
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.pausepoints import PAUSE_ENV
from bot.storage import Database
from tests.cli.test_cli import REPO, storybot
from tests.cli.test_cli_index import _ask_all, _corpus

GUARD = 300  # seconds: only a child that hangs (a failure) is waited for this long
PROC = Path("/proc/self/status")


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file or a PostgreSQL database, as the test's parameter says."""
    if request.param == "sqlite":
        return str(tmp_path / "db.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url


@contextmanager
def _ctrl_c_not_ignored() -> Iterator[None]:
    """A child started as from a terminal, Ctrl-C not ignored: a test run that is a background
    job of a script (`cmd &` in a non-interactive shell, which ignores SIGINT and SIGQUIT for it)
    passes SIGINT ignored on to every process it starts, and `storybot index`, as any program,
    keeps it so (asyncio.Runner installs no handler): the build ran to its end, exit 0, as the
    first test of this found in such a run. (A signal handled is reset to the default in the
    program a process starts; one ignored stays ignored.)"""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


class HeldIndex:
    """`storybot index` in a subprocess that stops at the pause point `pause` until released;
    its stderr read line by line on a thread of its own."""

    def __init__(self, cwd: Path, db: str, corpus: Path, pause: str, *, session: bool = False):
        environment = {k: v for k, v in os.environ.items() if k != "STORYBOT_DATABASE_URL"}
        with _ctrl_c_not_ignored():
            self.child = subprocess.Popen(
                [sys.executable, "-m", "bot", "index", "--db", db, "--corpus", str(corpus)],
                cwd=cwd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**environment, PAUSE_ENV: pause},
                start_new_session=session,  # a process group of its own, as a terminal's job
            )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.line() == f"storybot paused at {pause}\n"

    def _read(self) -> None:
        assert self.child.stderr is not None
        for line in self.child.stderr:
            self._lines.put(line)
        self._lines.put("")  # its end

    def line(self) -> str:
        return self._lines.get(timeout=GUARD)

    def release(self) -> None:
        assert self.child.stdin is not None
        self.child.stdin.write("go\n")
        self.child.stdin.close()

    def __enter__(self) -> HeldIndex:
        return self

    def __exit__(self, *_: object) -> None:
        if self.child.poll() is None:  # a failed test's child, still held: not left behind
            self.child.kill()
            self.child.wait()
        for stream in (self.child.stdin, self.child.stdout, self.child.stderr):
            if stream is not None and not stream.closed:
                stream.close()

    def ended(self) -> tuple[int, str, str]:
        """Its exit status, stdout, and the rest of its stderr."""
        assert self.child.stdout is not None
        out = self.child.stdout.read()
        status = self.child.wait(timeout=GUARD)
        rest = []
        while line := self.line():
            rest.append(line)
        return status, out, "".join(rest)


def _state(db: str) -> tuple[int | None, int, int]:
    """The active build's id, and how many builds and story analyses the database holds."""

    async def read() -> tuple[int | None, int, int]:
        where: Path | str = db if db.startswith("postgresql") else Path(db)
        async with Database.open(where) as database:
            active = await database.active_build()
            counted = []
            for table in ("index_builds", "story_analyses"):
                row = await database._connection.fetchone(f"SELECT count(*) AS n FROM {table}")
                assert row is not None
                counted.append(int(row["n"]))
        return (active.id if active else None, counted[0], counted[1])

    return asyncio.run(read())


def _indexed(tmp_path: Path, db: str, corpus: Path) -> str:
    """`storybot index` of `corpus`: its stories and passages, as the interruption counts them."""
    done = storybot(tmp_path, "index", "--db", db, "--corpus", str(corpus))
    assert done.returncode == 0, done.stderr
    found = re.search(r"^Indexed ([\d,]+ stor(?:y|ies), [\d,]+ passages?),", done.stdout, re.M)
    assert found, done.stdout
    return found.group(1)


def _nothing_changed(counted: str) -> str:
    """The line `storybot index` ends with when interrupted before its build was saved."""
    return f"storybot: interrupted; nothing changed: the previous index ({counted}) still answers\n"


def _change(corpus: Path, old: str, new: str) -> None:
    for story in corpus.iterdir():
        story.write_text(story.read_text("utf-8").replace(old, new), "utf-8")


def _sigint_delivered(pid: int) -> None:
    """Once SIGINT sent to `pid` is no longer pending: its handler has taken it (Linux)."""
    bit = 1 << (signal.SIGINT - 1)
    until = time.monotonic() + GUARD
    while time.monotonic() < until:
        fields = dict(
            line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        )
        if not (int(fields["SigPnd"], 16) | int(fields["ShdPnd"], 16)) & bit:
            return
        time.sleep(0.001)
    raise AssertionError("SIGINT still pending")


def _answers_from_the_old_index(tmp_path: Path, db: str, corpus: Path, state: object) -> None:
    """With the corpus as first indexed, `storybot ask` answers from that build, not rebuilt."""
    _change(corpus, "absurd", "preposterous")
    answered = _ask_all(tmp_path, db, corpus)
    assert "preposterous" in answered and "absurd" not in answered
    assert _state(db) == state


@pytest.mark.parametrize(
    ("database", "pause"),
    [("sqlite", "building"), ("postgresql", "building"), ("sqlite", "analysing")],
    indirect=["database"],
)
def test_ctrl_c_while_the_build_runs_leaves_the_previous_index_answering(
    database: str, tmp_path: Path, pause: str
) -> None:
    """Held where the build's thread has read every story ("building") or analysed the first
    ("analysing"), the analyses of the others under way."""
    corpus = _corpus(tmp_path / "many")
    counted = _indexed(tmp_path, database, corpus)
    state = _state(database)
    _change(corpus, "preposterous", "absurd")  # every story to analyse again

    with HeldIndex(tmp_path, database, corpus, pause) as index:
        index.child.send_signal(signal.SIGINT)
        # said while the build's thread is still held: the line shows the signal was taken
        said = index.line()
        assert said == _nothing_changed(counted), said
        index.release()
        status, out, rest = index.ended()
    assert (status, out, rest) == (130, "", "")  # one line in all: no traceback, no report
    assert _state(database) == state  # no build saved, no analysis of it left stored
    _answers_from_the_old_index(tmp_path, database, corpus, state)


@pytest.mark.skipif(not PROC.exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize(
    ("database", "pause", "kept"),
    [
        ("sqlite", "save half-written", False),
        ("postgresql", "save half-written", False),
        ("sqlite", "committed", True),
    ],
    indirect=["database"],
)
def test_ctrl_c_during_the_save_rolls_it_back_or_says_the_new_index_answers(
    database: str, tmp_path: Path, pause: str, kept: bool
) -> None:
    corpus = _corpus(tmp_path / "many")
    counted = _indexed(tmp_path, database, corpus)
    state = _state(database)
    _change(corpus, "preposterous", "absurd")

    with HeldIndex(tmp_path, database, corpus, pause) as index:
        index.child.send_signal(signal.SIGINT)
        _sigint_delivered(index.child.pid)
        index.release()
        status, out, rest = index.ended()
    assert status == 130 and out == "", rest
    if not kept:  # rolled back
        assert rest == _nothing_changed(counted)
        assert _state(database) == state
        _answers_from_the_old_index(tmp_path, database, corpus, state)
        return
    # committed before the interruption took: said so, and the new build answers
    assert rest == (
        f"storybot: interrupted; the new index ({counted}) was saved before it stopped, and "
        "answers\n"
    )
    active = _state(database)[0]
    assert active is not None and active != state[0]
    answered = _ask_all(tmp_path, database, corpus)
    assert "absurd" in answered and "preposterous" not in answered
    assert _state(database)[0] == active  # answered from it, not rebuilt


def _live_workers(session: int) -> list[str]:
    """The worker processes (multiprocessing's spawned children) alive in `session`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError):  # ended meanwhile
            continue
        state, sid = fields[0], int(fields[3])
        if sid == session and state != "Z" and "spawn_main" in command:
            found.append(command)
    return found


@pytest.mark.skipif(not PROC.exists(), reason="reads /proc (Linux)")
def test_a_terminal_s_ctrl_c_reaches_the_workers_too_and_leaves_none_behind(
    tmp_path: Path,
) -> None:
    """A terminal sends Ctrl-C to the whole process group: the worker processes analysing the
    stories too. They did die of it (start-up tracebacks, a broken pool whose stories the
    build then analysed in its own process); now they ignore it, and the build ends them."""
    one = tmp_path / "one"
    one.mkdir()
    story = REPO / "corpus" / "bukele-white-house.txt"
    (one / story.name).write_bytes(story.read_bytes())
    db = str(tmp_path / "db.sqlite3")
    counted = _indexed(tmp_path, db, one)
    state = _state(db)
    many = tmp_path / "many"
    many.mkdir()
    text = story.read_text("utf-8")
    for n in range(48):  # enough stories for worker processes (builder._POOL_FROM)
        copy = text.replace('id = "bukele-white-house"', f'id = "copy-{n:03d}"', 1)
        (many / f"copy-{n:03d}.txt").write_text(copy, "utf-8")

    with HeldIndex(tmp_path, db, many, "analysing", session=True) as index:
        assert _live_workers(index.child.pid), "no worker processes: the test tests nothing"
        os.killpg(index.child.pid, signal.SIGINT)
        said = index.line()
        assert said == _nothing_changed(counted), said
        index.release()
        status, out, rest = index.ended()
    assert (status, out, rest) == (130, "", "")  # no worker's traceback, no fallback warning
    assert _live_workers(index.child.pid) == []
    assert _state(db) == state
