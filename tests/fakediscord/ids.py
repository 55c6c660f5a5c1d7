"""Snowflakes and timestamps shaped like Discord's, so discord.py's `created_at` works."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1420070400000


class SnowflakeFactory:
    """Unique, increasing snowflakes whose timestamp bits are the current time."""

    def __init__(self) -> None:
        self._counter = itertools.count()
        self._lock = threading.Lock()
        self._last = 0

    def __call__(self) -> int:
        with self._lock:
            ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
            candidate = (ms << 22) | (next(self._counter) & 0xFFF)
            # Keep ids strictly increasing even when the clock stands still.
            self._last = max(candidate, self._last + 1)
            return self._last

    def on_shard(self, shard: int, count: int) -> int:
        """A snowflake that, as a guild id, puts the guild on `shard` of `count`."""
        with self._lock:
            candidate = self._last + 1
            while (candidate >> 22) % count != shard:
                candidate += 1 << 22  # one millisecond later
            self._last = candidate
            return candidate


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


def snowflake_time(snowflake: int) -> str:
    ms = (snowflake >> 22) + DISCORD_EPOCH_MS
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat()
