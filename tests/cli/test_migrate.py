"""`storybot migrate` on both databases, and how the command line is told which database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage.migrations import MIGRATIONS
from tests.postgres import PostgresServer

REPO = Path(__file__).resolve().parents[2]


def storybot(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "STORYBOT_DATABASE_URL"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd, env={**environment, **(env or {})},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "data" / "bot.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url


def test_migrate_shows_pending_then_applies_then_is_up_to_date(
    database: str, tmp_path: Path
) -> None:
    pending = storybot(tmp_path, "--db", database, "migrate", "--status")
    assert pending.returncode == 0, pending.stderr
    assert f"{len(MIGRATIONS)} pending." in pending.stdout
    lines = pending.stdout.splitlines()
    assert sum(line.endswith(" pending") for line in lines) == len(MIGRATIONS)

    applied = storybot(tmp_path, "--db", database, "migrate")
    assert applied.returncode == 0, applied.stderr
    assert f"Applied {len(MIGRATIONS)}; up to date." in applied.stdout
    for migration in MIGRATIONS:
        assert migration.name in applied.stdout
    assert applied.stdout.count("(applied now)") == len(MIGRATIONS)

    again = storybot(tmp_path, "--db", database, "migrate")
    assert "Up to date." in again.stdout and "(applied now)" not in again.stdout
    status = storybot(tmp_path, "--db", database, "migrate", "--status")
    assert "Up to date." in status.stdout
    assert not any(line.endswith(" pending") for line in status.stdout.splitlines())


def test_the_database_url_may_come_from_the_environment_and_its_password_is_never_shown(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    name = postgres_server.new_database().rsplit("/", 1)[1]
    postgres_server.sql("ALTER ROLE storybot PASSWORD 'hunter2-secret'")
    url = postgres_server.url(name).replace("storybot@", "storybot:hunter2-secret@")
    done = storybot(tmp_path, "migrate", env={"STORYBOT_DATABASE_URL": url})
    assert done.returncode == 0, done.stderr
    assert f"Database: postgresql://storybot@127.0.0.1:{postgres_server.port}/{name}" in done.stdout
    assert "hunter2" not in done.stdout + done.stderr
    assert not (tmp_path / "data").exists()  # the SQLite default was not used


def test_a_password_in_the_config_file_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[storage]\ndatabase = "postgresql://bot:hunter2@db.example.org/storybot"\n',
        encoding="utf-8",
    )
    done = storybot(tmp_path, "--config", str(config), "migrate", "--status")
    assert done.returncode == 1
    assert "storage.database holds a password" in done.stderr
    assert "STORYBOT_DATABASE_URL" in done.stderr
    assert "hunter2" not in done.stderr and "Traceback" not in done.stderr


def test_a_database_server_that_is_not_there_is_one_clear_line(tmp_path: Path) -> None:
    done = storybot(tmp_path, "--db", "postgresql://storybot@127.0.0.1:9/none", "migrate")
    assert done.returncode == 1
    assert done.stderr.startswith("storybot: Cannot connect to the database postgresql://")
    assert "Traceback" not in done.stderr
