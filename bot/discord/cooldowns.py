"""Per member, per guild: how long until they may ask again."""

from __future__ import annotations

from collections.abc import Callable

from bot.discord.errors import OnCooldown

_PRUNE_EVERY = 1000
_LONGEST = 3600.0  # the longest cooldown a guild can set


class Cooldowns:
    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._now = monotonic
        self._last: dict[tuple[int, int], float] = {}

    def hit(self, guild_id: int, user_id: int, seconds: float) -> None:
        """Count a question now; raises OnCooldown when the member asked < `seconds` ago."""
        if seconds <= 0:
            return
        now = self._now()
        key = (guild_id, user_id)
        last = self._last.get(key)
        if last is not None and now - last < seconds:
            raise OnCooldown(seconds - (now - last))
        self._last[key] = now
        if len(self._last) % _PRUNE_EVERY == 0:
            self._last = {k: t for k, t in self._last.items() if now - t < _LONGEST}

    def reset(self, guild_id: int, user_id: int) -> None:
        self._last.pop((guild_id, user_id), None)
