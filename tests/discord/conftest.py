"""Fixtures for tests that run a real discord.py client against the local FakeDiscord."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import yarl

from tests.fakediscord import FakeDiscord, World, basic_world, running

StartClient = Callable[..., Awaitable[Any]]


@pytest.fixture
def fake_discord_options() -> dict[str, Any]:
    """Keyword arguments for FakeDiscord; override this fixture in a module to change them."""
    return {}


@pytest.fixture
async def fake_discord(
    monkeypatch: pytest.MonkeyPatch, fake_discord_options: dict[str, Any]
) -> AsyncIterator[FakeDiscord]:
    """A running FakeDiscord; discord.py's REST base and gateway point at it for the test."""
    async with FakeDiscord(**fake_discord_options) as fake:
        # By name: tests.fakediscord has already imported discord (quietening its audioop
        # DeprecationWarning, which filterwarnings=error would turn into an import error).
        monkeypatch.setattr("discord.http.Route.BASE", fake.api_base)
        monkeypatch.setattr(
            "discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY", yarl.URL(fake.gateway_url)
        )
        yield fake
        assert not fake.server_errors, f"the fake Discord itself failed: {fake.server_errors}"


@pytest.fixture
def world(fake_discord: FakeDiscord) -> World:
    """A guild with #general, a plain member, an admin, and the bot (build before starting)."""
    return basic_world(fake_discord)


@pytest.fixture
async def start_client(fake_discord: FakeDiscord) -> AsyncIterator[StartClient]:
    """`await start_client(client, token=..., timeout=...)`: logs in, connects, waits for
    on_ready, returns the client; it is closed (and its connect task ended) after the test.
    Create clients with `**FAST_CLIENT_OPTIONS` so on_ready does not wait 2 s."""
    async with contextlib.AsyncExitStack() as stack:

        async def start(client: Any, *, token: str = "test-token", timeout: float = 5.0) -> Any:
            return await stack.enter_async_context(running(client, token=token, timeout=timeout))

        yield start
