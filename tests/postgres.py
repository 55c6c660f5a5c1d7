"""A real PostgreSQL server for the tests, started in a temporary folder (one per test session).

PostgreSQL refuses to run as root: as root the server runs as the `postgres` account (through
`setpriv`), in folders that account owns. It listens on 127.0.0.1 on a free port, with fsync
off (a test database need not survive a power cut), and trusts local logins. Each test gets a
database of its own (`new_database`), created from template1 in a few milliseconds.

Where no PostgreSQL is installed the tests that need it are skipped, saying how to install it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL is not installed: `apt-get install postgresql` (Debian/Ubuntu) to run the "
    "PostgreSQL tests; .ci/run installs it"
)
USER = "storybot"


def find_bindir() -> Path | None:
    """The folder holding initdb and postgres (`pg_config --bindir`, else Debian's layout)."""
    candidates: list[Path] = []
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, check=True, text=True)
        candidates.append(Path(out.stdout.strip()))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "postgres").is_file():
            return bindir
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One PostgreSQL server in a temporary folder; `stop()` removes it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_user: list[str] = []
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")  # KeyError: no such account
            self.as_user = [
                "setpriv",
                f"--reuid={owner.pw_uid}",
                f"--regid={owner.pw_gid}",
                "--clear-groups",
                "--",
            ]
        # Short: a Unix socket path must stay under ~100 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="sbpg-", dir="/tmp"))
        self.data = self.root / "data"
        if owner is not None:
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bindir / program), *args],
            check=True,
            capture_output=True,
            cwd=self.root,
        )

    def start(self) -> None:
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 (the server keeps it)
        if self.as_user:
            os.chown(log.name, os.stat(self.root).st_uid, os.stat(self.root).st_gid)
        self.process = subprocess.Popen(
            [
                *self.as_user, str(self.bindir / "postgres"), "-D", str(self.data),
                "-p", str(self.port), "-k", str(self.root), "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200",
            ],
            stdout=log, stderr=subprocess.STDOUT, cwd=self.root,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 30
        while not self._accepts():
            if self.process.poll() is not None:
                raise RuntimeError(f"PostgreSQL did not start: {self.server_log()[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not accept connections within 30 s")
            time.sleep(0.05)

    def _accepts(self) -> bool:
        result = subprocess.run(
            [str(self.bindir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)],
            check=False,
        )
        return result.returncode == 0

    def stop(self, *, fast: bool = True) -> None:
        """Stop the server (fast shutdown: connections are cut, committed data kept)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT if fast else signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def server_log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.root / "server.log").read_text(errors="replace")
        return ""

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement with psql; its output."""
        result = subprocess.run(
            [str(self.bindir / "psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
             "-d", self.url(database), "-c", statement],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        return result.stdout.strip()

    def new_database(self) -> str:
        """A new, empty database; its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name}")
        return self.url(name)


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer | str]:
    """A started server, or the reason there is none (to skip with)."""
    bindir = find_bindir()
    if bindir is None:
        yield INSTALL_HINT
        return
    try:
        server = PostgresServer(bindir)
    except KeyError:
        yield "running as root and no `postgres` account to run PostgreSQL as"
        return
    try:
        server.start()
        yield server
    finally:
        server.remove()
