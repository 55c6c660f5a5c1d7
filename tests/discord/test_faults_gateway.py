"""Gateway faults: the socket closed with 4000, op 7 (reconnect), op 9 (invalid session, resumable
or not) and a zombie connection whose heartbeats go unacknowledged. Questions are sent just
before, during and after each fault, as /ask and as mentions; the server counts the bot's
replies, and every question gets exactly one.

"During" means while the bot is away: after the fault and before it has resumed. For a
session Discord invalidates without resuming (op 9, false), the events of the dead session are
gone for good on Discord's side too, so there "during" is while the bot identifies again,
before its new session is ready.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from bot.discord.app import StoryBot
from tests.discord.botworld import PARAGRAPH_13, BotWorld, bot_world, plain, reply_text
from tests.fakediscord import FAST_CLIENT_OPTIONS, Exchange, FakeDiscord, running

__all__ = ["bot_world"]

QUESTION = "what did Bukele say about Garcia?"
HEARTBEAT_TIMEOUT = 0.6  # seconds of silence before discord.py calls the connection a zombie


class QuickReconnectBot(StoryBot):
    """StoryBot without discord.py's 5 s wait before every IDENTIFY but the first."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


@pytest.fixture
async def world(bot_world: BotWorld) -> AsyncIterator[BotWorld]:
    """The bot world, its bot replaced by one that heartbeats every 0.1 s and gives up on a
    silent connection after HEARTBEAT_TIMEOUT."""
    await bot_world.bot.close()
    bot_world.fake.gateway.heartbeat_interval = 0.1
    bot = QuickReconnectBot(
        service=bot_world.service,
        database=bot_world.database,
        settings=bot_world.settings,
        heartbeat_timeout=HEARTBEAT_TIMEOUT,
        **FAST_CLIENT_OPTIONS,
    )
    bot_world.bot = bot
    async with running(bot):
        yield bot_world


async def _ask_batch(world: BotWorld, label: str, n: int = 4) -> list[Exchange]:
    """`n` questions without waiting for answers: /ask and mentions, from three people."""
    people = [world.member, world.moderator, world.admin]
    sent = []
    for i in range(n):
        who = people[i % len(people)]
        question = f"{QUESTION} ({label} {i})"
        if i % 2 == 0:
            sent.append(await world.slash(who, "ask", {"question": question}))
        else:
            sent.append(await world.mention(who, question))
    return sent


def _replies_per_question(fake: FakeDiscord, sent: list[Exchange]) -> Counter[int]:
    """From the server's request log: interaction callbacks per interaction id, and channel
    messages replying to each question message."""
    counts: Counter[int] = Counter()
    for request in fake.requests:
        if request.method != "POST" or request.status >= 300:
            continue
        if request.route.startswith("/interactions/"):
            counts[int(request.path.split("/")[2])] += 1
        elif request.route == "/channels/{channel_id}/messages":
            reference = (request.json or {}).get("message_reference") or {}
            if "message_id" in reference:
                counts[int(reference["message_id"])] += 1
    return counts


def _key(exchange: Exchange) -> int:
    if exchange.interaction_id is not None:
        return exchange.interaction_id
    assert exchange.message is not None
    return exchange.message.id


async def _answered(exchange: Exchange) -> str:
    kind = "callback" if exchange.interaction_id is not None else "message"
    return reply_text(await exchange.wait_for(kind, timeout=10))


async def _zombie(fake: FakeDiscord) -> None:
    fake.stop_heartbeat_acks()


async def _close_4000(fake: FakeDiscord) -> None:
    await fake.close_gateway(4000)


async def _reconnect(fake: FakeDiscord) -> None:
    await fake.send_reconnect()


async def _invalid_resumable(fake: FakeDiscord) -> None:
    await fake.invalidate_session(resumable=True)


async def _invalid(fake: FakeDiscord) -> None:
    await fake.invalidate_session(resumable=False)


Fault = Callable[[FakeDiscord], Awaitable[None]]
FAULTS: dict[str, tuple[Fault, bool]] = {  # name: (fault, the bot resumes its session)
    "close-4000": (_close_4000, True),
    "op7-reconnect": (_reconnect, True),
    "op9-resumable": (_invalid_resumable, True),
    "op9-not-resumable": (_invalid, False),
    "zombie-no-heartbeat-acks": (_zombie, True),
}


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_every_question_around_a_gateway_fault_is_answered_exactly_once(
    world: BotWorld, fault: str
) -> None:
    fake = world.fake
    gateway = fake.gateway
    inject, resumes = FAULTS[fault]
    identified, resumed = gateway.identify_count, gateway.resume_count

    before = await _ask_batch(world, "before")
    await inject(fake)
    if fault == "zombie-no-heartbeat-acks":
        # Anything the bot receives proves the connection alive: send nothing until it has
        # given up on the socket.
        await gateway.wait_until(lambda: gateway.current is None, timeout=HEARTBEAT_TIMEOUT + 3)
    elif not resumes:
        await gateway.wait_for_identify(identified + 1)
    during = await _ask_batch(world, "during")
    if resumes:
        await gateway.wait_for_resume(resumed + 1, timeout=5)
        assert gateway.identify_count == identified, "the bot identified instead of resuming"
        # The questions sent during the fault reached the bot only through the RESUME replay.
        [resume] = [f for f in gateway.received if f.get("op") == 6][-1:]
        assert gateway.session is not None
        seqs = {p["d"].get("id"): seq for seq, p, _ in gateway.session.buffer}
        assert all(seqs[str(_key(e))] > resume["d"]["seq"] for e in during)
    else:
        assert gateway.identify_count == identified + 1
    await world.bot.wait_until_ready()
    after = await _ask_batch(world, "after")

    sent = before + during + after
    for exchange in sent:
        assert PARAGRAPH_13 in plain(await _answered(exchange)), exchange
    for exchange in sent:
        await exchange.settle(0.05)
    counts = _replies_per_question(fake, sent)
    assert {_key(e): counts[_key(e)] for e in sent} == {_key(e): 1 for e in sent}
    assert all(len(e.replies) >= 1 for e in sent)
    with sqlite3.connect(world.settings.storage.database) as db:
        logged = Counter(q for (q,) in db.execute("SELECT question FROM query_log"))
    for label in ("before", "during", "after"):
        for i in range(4):
            assert logged[f"{QUESTION} ({label} {i})"] == 1, (label, i)
    assert not fake.unmatched_requests
