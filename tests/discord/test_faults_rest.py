"""REST faults: 429 with retry_after (per route and global) on channel messages, interaction
callbacks and webhook edits/follow-ups, honest rate limits, 503, and a slow server.

discord.py retries 429s everywhere and 5xx on interaction webhooks; the channel-message client
does not retry 503. When an answer cannot be delivered the bot says so to the member (an
ephemeral follow-up, a reply, or a plain message in the channel) and logs it; the question is
in the query log whatever happened to the answer.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Iterator
from types import SimpleNamespace

import discord.webhook.async_
import pytest

from bot.discord.cogs.ask import slash as ask_cog
from bot.errors import StorageError
from tests.discord.botworld import (
    PARAGRAPH_13,
    BotWorld,
    assert_nothing_pings,
    bot_world,
    button,
    plain,
    reply_text,
)
from tests.fakediscord import Exchange, FakeDiscord, RecordedRequest

__all__ = ["bot_world"]

QUESTION = "what did Bukele say about Garcia?"
UNDELIVERED = "could not deliver"

CALLBACK = "POST /interactions/*/*/callback"
ORIGINAL = "PATCH /webhooks/*/*/messages/@original"
FOLLOWUP = "POST /webhooks/*/*"
SEND = "POST /channels/*/messages"
EDIT = "PATCH /channels/*/messages/*"


@pytest.fixture(autouse=True)
def quick_webhook_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """discord.py's webhook adapter sleeps 1, 3, 5, 7 s between retries of a 5xx: make those
    hundredths (429 waits, which come from retry_after, are short already)."""
    real_sleep = asyncio.sleep

    async def sleep(delay: float, result: object = None) -> object:
        return await real_sleep(delay / 100, result)

    quick = SimpleNamespace(**{**vars(asyncio), "sleep": sleep})
    monkeypatch.setattr(discord.webhook.async_, "asyncio", quick)


class Logged:
    """What the bot logged at WARNING and above during the test."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self._caplog = caplog

    @property
    def messages(self) -> list[str]:
        return [r.getMessage() for r in self._caplog.records if r.name.startswith("bot")]

    @property
    def errors(self) -> list[str]:
        return [
            r.getMessage()
            for r in self._caplog.records
            if r.name.startswith("bot") and r.levelno >= logging.ERROR
        ]


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> Iterator[Logged]:
    with caplog.at_level(logging.WARNING, logger="bot"):
        yield Logged(caplog)


def _ok(request: RecordedRequest) -> bool:
    return request.status < 300


def _delivered_answers(fake: FakeDiscord, exchange: Exchange) -> list[RecordedRequest]:
    """Successful requests that gave this question its answer: the interaction callback, or
    the channel message replying to the question."""
    found = []
    for request in fake.requests:
        if not _ok(request) or request.method != "POST":
            continue
        if exchange.interaction_id is not None:
            if request.path.startswith(f"/interactions/{exchange.interaction_id}/"):
                found.append(request)
        elif request.route == "/channels/{channel_id}/messages":
            assert exchange.message is not None
            reference = (request.json or {}).get("message_reference") or {}
            if int(reference.get("message_id") or 0) == exchange.message.id:
                found.append(request)
    return found


def _logged_questions(world: BotWorld) -> list[str]:
    with sqlite3.connect(world.settings.storage.database) as db:
        return [q for (q,) in db.execute("SELECT question FROM query_log ORDER BY id")]


async def _ask(world: BotWorld, how: str, question: str = QUESTION) -> Exchange:
    """`how`: "slash", "deferred" (a slash command answered after "thinking…", by editing
    `@original`: set ask_cog.DEFER_AFTER to 0 first) or "mention"."""
    if how in ("slash", "deferred"):
        return await world.slash(world.member, "ask", {"question": question})
    return await world.mention(world.member, question)


async def _answer_with_buttons(world: BotWorld, exchange: Exchange) -> str:
    if exchange.interaction_id is not None:
        message = await world.answer_of(exchange)
        answer = next(r for r in exchange.replies if r.components)  # the callback, or the edit
        return reply_text(answer) + str(message.custom_ids)
    reply, message = await world.replied(exchange)
    return reply_text(reply) + str(world.fake.messages[message.id].custom_ids)


# -- Discord allows a retry: the answer arrives, once ---------------------------------------


@pytest.mark.parametrize(
    ("how", "route", "status", "is_global"),
    [
        ("slash", CALLBACK, 429, False),
        ("deferred", ORIGINAL, 429, False),
        ("slash", CALLBACK, 503, False),
        ("deferred", ORIGINAL, 503, False),
        ("mention", SEND, 429, False),
        ("mention", SEND, 429, True),
    ],
)
async def test_a_retryable_fault_delays_the_answer_but_delivers_it_once(
    bot_world: BotWorld,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    route: str,
    status: int,
    is_global: bool,
) -> None:
    world = bot_world
    if how == "deferred":
        monkeypatch.setattr(ask_cog, "DEFER_AFTER", 0)
    fault = world.fake.fail_next(
        route, status=status, times=2, retry_after=0.1, is_global=is_global
    )
    exchange = await _ask(world, how)
    text = await _answer_with_buttons(world, exchange)
    assert PARAGRAPH_13 in plain(text) and "storybot:vote:up:" in text
    await exchange.settle(0.1)
    assert fault.hits == 2
    assert len(_delivered_answers(world.fake, exchange)) == 1
    assert UNDELIVERED not in "".join(reply_text(r) for r in exchange.replies)
    assert _logged_questions(world) == [QUESTION]
    assert_nothing_pings(world.fake)


async def test_honest_rate_limits_pace_the_bot_and_every_mention_is_answered_once(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    world.fake.set_rate_limit(SEND, limit=2, per=0.3)
    world.fake.set_rate_limit(EDIT, limit=2, per=0.3)
    people = [world.member, world.moderator, world.admin]
    sent = [await world.mention(people[i % 3], f"{QUESTION} ({i})") for i in range(8)]
    for exchange in sent:
        _, message = await world.replied(exchange)
        assert PARAGRAPH_13 in plain(world.fake.messages[message.id].embeds[0]["description"])
    for exchange in sent:
        await exchange.settle(0.05)
        assert len(_delivered_answers(world.fake, exchange)) == 1
    assert sorted(_logged_questions(world)) == sorted(f"{QUESTION} ({i})" for i in range(8))


async def test_a_slow_server_still_gets_each_answer_once(bot_world: BotWorld) -> None:
    world = bot_world
    for route in (CALLBACK, ORIGINAL, SEND, EDIT):
        world.fake.delay(route, 0.8)
    sent = [await _ask(world, how, f"{QUESTION} ({how})") for how in ("slash", "mention")]
    texts = await asyncio.gather(*(_answer_with_buttons(world, e) for e in sent))
    assert all(PARAGRAPH_13 in plain(t) for t in texts)
    for exchange in sent:
        await exchange.settle(0.1)
        assert len(_delivered_answers(world.fake, exchange)) == 1
    assert sorted(_logged_questions(world)) == [f"{QUESTION} (mention)", f"{QUESTION} (slash)"]


# -- the answer cannot be delivered: the member is told, the bot logs it --------------------


async def test_a_503_on_a_mention_reply_is_not_retried_and_the_member_is_told(
    bot_world: BotWorld, logged: Logged
) -> None:
    world = bot_world
    fault = world.fake.fail_next(SEND, status=503, times=1)
    exchange = await _ask(world, "mention")
    notice = await exchange.wait_for("message")
    assert UNDELIVERED in reply_text(notice) and "please ask again" in reply_text(notice)
    await exchange.settle(0.2)
    assert fault.hits == 1
    assert [r.kind for r in exchange.replies] == ["message"]  # the notice only
    assert PARAGRAPH_13 not in plain(reply_text(notice))
    assert _logged_questions(world) == [QUESTION]
    assert any("could not deliver the answer" in m for m in logged.messages)
    assert_nothing_pings(world.fake)


async def test_when_discord_takes_no_message_at_all_the_failure_is_logged(
    bot_world: BotWorld, logged: Logged
) -> None:
    world = bot_world
    world.fake.fail_next(SEND, status=503, times=None)
    exchange = await _ask(world, "mention")
    await world.fake.wait_until(lambda: len(world.fake.requests_to(SEND)) >= 2)
    await exchange.settle(0.2)
    assert len(world.fake.requests_to(SEND)) == 2  # the answer, then the notice; no storm
    assert not _delivered_answers(world.fake, exchange)
    assert _logged_questions(world) == [QUESTION]
    assert any("could not deliver the answer" in m for m in logged.messages)
    assert any("could not tell" in m for m in logged.messages)
    assert logged.errors == []


async def test_an_interaction_that_takes_no_callback_is_told_in_the_channel(
    bot_world: BotWorld, logged: Logged
) -> None:
    world = bot_world
    world.fake.fail_next(CALLBACK, status=503, times=None)
    exchange = await _ask(world, "slash")
    notice = await world.fake.wait_for_message(world.general)
    text = reply_text(notice)  # type: ignore[arg-type]  # a Message has content and embeds too
    assert UNDELIVERED in text and world.member.mention in text
    assert not _delivered_answers(world.fake, exchange)
    assert _logged_questions(world) == [QUESTION]
    assert any("could not deliver the answer" in m for m in logged.messages)
    assert_nothing_pings(world.fake)


async def test_a_deferred_answer_that_cannot_be_shown_gets_an_ephemeral_follow_up(
    bot_world: BotWorld,
    logged: Logged,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = bot_world
    monkeypatch.setattr(ask_cog, "DEFER_AFTER", 0)  # "thinking…" first, the answer later
    world.fake.fail_next(ORIGINAL, status=503, times=None)
    world.fake.fail_next(FOLLOWUP, status=429, times=1)  # the notice itself is retried
    exchange = await _ask(world, "slash")
    assert (await exchange.callback()).callback_type == 5
    notice = await exchange.wait_for("followup", timeout=5)
    assert notice.ephemeral and UNDELIVERED in reply_text(notice)
    assert _logged_questions(world) == [QUESTION]
    assert any("could not deliver the answer" in m for m in logged.messages)
    assert_nothing_pings(world.fake)


async def test_an_answer_that_cannot_be_stored_is_still_an_answer(
    bot_world: BotWorld, logged: Logged, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world

    async def disk_full(*args: object, **kwargs: object) -> None:
        raise StorageError(f"The disk holding {world.database.path} is full.")

    monkeypatch.setattr(world.database.answers, "save", disk_full)
    sent = [await _ask(world, how, f"{QUESTION} ({how})") for how in ("slash", "mention")]
    for exchange in sent:
        answer = await exchange.reply()
        await exchange.settle(0.3)
        texts = [reply_text(r) for r in exchange.replies]
        assert len(_delivered_answers(world.fake, exchange)) == 1
        assert PARAGRAPH_13 in plain(texts[0])
        assert not any(UNDELIVERED in t or "went wrong" in t for t in texts), texts
        message = answer.message or exchange.original
        assert message is not None
        click = await world.fake.click(world.member, message, button(message, "context"))
        assert "I no longer have that answer; please ask again." in reply_text(
            await click.callback()
        )
    assert any("could not store it" in m for m in logged.messages)
    assert logged.errors == []
