"""Per member, per community: how long until they may ask again."""

from __future__ import annotations

from collections.abc import Callable, Hashable

_PRUNE_EVERY = 1000
_LONGEST = 3600.0  # the longest cooldown a community can set


class Cooldowns:
    """`too_soon(seconds_left)` builds the error a front end raises for a member who asks
    again too soon."""

    def __init__(
        self, monotonic: Callable[[], float], too_soon: Callable[[float], Exception]
    ) -> None:
        self._now = monotonic
        self._too_soon = too_soon
        self._last: dict[tuple[Hashable, Hashable], float] = {}

    def hit(self, community_id: Hashable, user_id: Hashable, seconds: float) -> None:
        """Count a question now; raises `too_soon(...)` when the member asked < `seconds` ago."""
        if seconds <= 0:
            return
        now = self._now()
        key = (community_id, user_id)
        last = self._last.get(key)
        if last is not None and now - last < seconds:
            raise self._too_soon(seconds - (now - last))
        self._last[key] = now
        if len(self._last) % _PRUNE_EVERY == 0:
            self._last = {k: t for k, t in self._last.items() if now - t < _LONGEST}

    def reset(self, community_id: Hashable, user_id: Hashable) -> None:
        self._last.pop((community_id, user_id), None)
