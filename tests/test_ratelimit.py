"""The per-member rate limit every front end uses (bot/ratelimit.py), on a clock the test
moves."""

from __future__ import annotations

import pytest

import bot.ratelimit as ratelimit
from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_then_one_every_interval() -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    member = ("guild", 7)
    assert [limiter.hit(member, interval=10, burst=3).allowed for _ in range(3)] == [True] * 3
    refused = limiter.hit(member, interval=10, burst=3)
    assert not refused.allowed and refused.notify and refused.retry_after == 10
    again = limiter.hit(member, interval=10, burst=3)
    assert not again.allowed and not again.notify  # one notice per wait
    clock.now += 4
    assert limiter.hit(member, interval=10, burst=3).retry_after == 6
    clock.now += 6
    assert limiter.hit(member, interval=10, burst=3).allowed  # one more after 10 s
    refused = limiter.hit(member, interval=10, burst=3)
    assert not refused.allowed and refused.notify  # a new wait, a new notice
    clock.now += 25  # 2.5 refills: two questions, not three
    assert [limiter.hit(member, interval=10, burst=3).allowed for _ in range(3)] == [
        True,
        True,
        False,
    ]
    clock.now += 3600  # never more than the burst saved up
    assert [limiter.hit(member, interval=10, burst=3).allowed for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]


def test_members_and_servers_are_counted_apart_and_zero_means_no_limit() -> None:
    limiter = RateLimiter(Clock())
    for _ in range(3):
        assert limiter.hit(("a", 1), interval=10, burst=3).allowed
    assert not limiter.hit(("a", 1), interval=10, burst=3).allowed
    assert limiter.hit(("a", 2), interval=10, burst=3).allowed
    assert limiter.hit(("b", 1), interval=10, burst=3).allowed
    assert all(limiter.hit(("c", 1), interval=0, burst=3).allowed for _ in range(100))


def test_full_buckets_are_forgotten_when_many_keys_pile_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock()
    limiter = RateLimiter(clock)
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 10)
    for member in range(10):
        limiter.hit(member, interval=1, burst=2)
    clock.now += 5  # every bucket full again
    limiter.hit("new", interval=1, burst=2)
    assert len(limiter._buckets) == 1
