"""The storage tests run once per backend: a SQLite file in a temp folder, and a database of
their own on the session's PostgreSQL server (skipped where PostgreSQL is not installed)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where the test's database lives: a SQLite file, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return tmp_path / "db.sqlite3"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def db(db_target: Path | str) -> AsyncIterator[Database]:
    async with Database.open(db_target) as database:
        yield database
