"""Fixtures every test folder may use: a real PostgreSQL server for the session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.postgres import PostgresServer, running_server

# On CI (`CI` set, as .ci/run does and most CI services do) the property tests try the same examples
# each run: a run passes or fails for the code, never for which examples were drawn. Local runs
# keep drawing new ones and remember what failed (.hypothesis/), which is how new cases are found.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run, started on first use; skips the test when
    PostgreSQL is not installed (the message says how to install it)."""
    with running_server() as server:
        if isinstance(server, str):
            pytest.skip(server)
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A new, empty database of its own for this test."""
    return postgres_server.new_database()
