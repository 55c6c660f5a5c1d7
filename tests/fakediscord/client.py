"""Pointing discord.py at a FakeDiscord, and running a client against it."""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import yarl

with warnings.catch_warnings():
    # discord.py 2.7 imports audioop, deprecated on Python 3.11+, and pytest runs with
    # filterwarnings=error.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord
    import discord.gateway
    import discord.http

from .models import Channel, Guild, Member, Role
from .server import FakeDiscord

ClientT = TypeVar("ClientT", bound=discord.Client)

# Constructor options for clients under test: on_ready fires 50 ms after the last GUILD_CREATE
# instead of 2 s. (GUILD_CREATE carries every member, so no chunking is needed either way.)
FAST_CLIENT_OPTIONS: dict[str, Any] = {"guild_ready_timeout": 0.05}


@contextlib.contextmanager
def pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and default gateway at `fake`, restoring them on exit.

    Both are process-wide class attributes. In pytest use the `fake_discord` fixture, which
    does this through monkeypatch.
    """
    route = discord.http.Route
    websocket = discord.gateway.DiscordWebSocket
    old_base, old_gateway = route.BASE, websocket.DEFAULT_GATEWAY
    route.BASE = fake.api_base
    websocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        route.BASE, websocket.DEFAULT_GATEWAY = old_base, old_gateway


@contextlib.asynccontextmanager
async def running(
    client: ClientT, *, token: str = "test-token", timeout: float = 5.0
) -> AsyncIterator[ClientT]:
    """Log in, connect in a task, wait for on_ready; on exit close the client and end the task.

    If the connection task died with an error (say a fatal close code), it is raised on exit.
    """
    try:
        await client.login(token)
    except BaseException:
        await client.close()  # closes the HTTP session login opened
        raise
    task = asyncio.create_task(client.connect(), name="discord-client-connect")
    try:
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=timeout, return_when="FIRST_COMPLETED")
        if ready not in done:
            ready.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ready
            if task.done():
                task.result()  # raises the connection error
            raise TimeoutError(f"client not ready within {timeout}s")
        yield client
    finally:
        await client.close()
        try:
            await asyncio.wait_for(task, timeout)
        except TimeoutError:
            task.cancel()
            raise


@dataclass
class World:
    """A small guild: #general, a member, an admin (with an "admin" role) and the bot."""

    guild: Guild
    channel: Channel
    member: Member
    admin: Member
    admin_role: Role


def basic_world(fake: FakeDiscord) -> World:
    guild = fake.add_guild("Newsroom")
    channel = fake.add_channel(guild, "general")
    admin_role = fake.add_role(guild, "admin", discord.Permissions(administrator=True).value)
    member = fake.add_member(guild, "reader")
    admin = fake.add_member(guild, "editor", roles=[admin_role])
    return World(guild, channel, member, admin, admin_role)
