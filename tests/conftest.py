"""Fixtures every test folder may use: a real PostgreSQL server for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres import PostgresServer, running_server


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
