"""How often one member may make the bot speak in public: a burst, then one every `interval`
seconds (a token bucket per key), and a refusal notice at most once per wait.

Front-end neutral: the Discord bot keys it by (server, member), a Slack front end by
(workspace, user). The caller decides what counts (every public reply a member can cause) and
what a refusal looks like; `Verdict.notify` says whether this refusal is the first since the
member was last allowed, so a flood of refused mentions gets one notice, not one each.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

MAX_KEYS = 100_000  # buckets kept before the full ones are forgotten (a full one is the default)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: float = 0.0  # seconds until the next is allowed (0 when allowed)
    notify: bool = False  # refused, and the first refusal of this wait: tell the member once


ALLOWED = Verdict(allowed=True)


@dataclass
class _Bucket:
    tokens: float
    updated: float
    full_at: float  # when the bucket is full again: it can then be forgotten
    told: bool = False  # a refusal notice went out during this wait


class RateLimiter:
    """Token buckets by key: `burst` at once, refilled at one per `interval` seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._now = clock
        self._buckets: dict[Hashable, _Bucket] = {}

    def hit(self, key: Hashable, *, interval: float, burst: int) -> Verdict:
        """Count one public reply for `key` now, if allowed."""
        if interval <= 0 or burst <= 0:
            return ALLOWED
        now = self._now()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= MAX_KEYS:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(float(burst), now, now)
        else:
            refill = (now - bucket.updated) / interval
            bucket.tokens = min(float(burst), bucket.tokens + refill)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.told = False
            bucket.full_at = now + (burst - bucket.tokens) * interval
            return ALLOWED
        notify = not bucket.told
        bucket.told = True
        return Verdict(allowed=False, retry_after=(1.0 - bucket.tokens) * interval, notify=notify)

    def reset(self, key: Hashable) -> None:
        self._buckets.pop(key, None)

    def _forget_full(self, now: float) -> None:
        self._buckets = {k: b for k, b in self._buckets.items() if b.full_at > now}
