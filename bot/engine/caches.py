"""Bounded caches of what never changes within a snapshot (a passage's words, a word's guess)."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(cache: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store `value` under `key` and return it; a full cache starts over, which bounds it
    without the upkeep of an LRU."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value
