"""Keys for other platforms' string ids, so every table keeps its integer keys.

Discord's ids are positive 64-bit numbers and are stored as they are. Slack's ids are strings
("T0123ABCD" for a workspace, "C0123ABCD" for a channel, "U0123ABCD" for a person, and
"C0123ABCD/1712345678.000100" here for a message): each gets a negative key the first time it
is seen, so a Slack key never meets a Discord id in the same column. Keys never change, so
both directions are cached in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.storage.sql import SqlConnection, Statements


class ExternalIds:
    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection
        self._keys: dict[tuple[str, str], int] = {}
        self._ids: dict[int, tuple[str, str]] = {}

    async def key(self, platform: str, external_id: str) -> int:
        """The key of `external_id` on `platform` (given it the first time it is seen)."""
        [key] = await self.keys(platform, [external_id])
        return key

    async def keys(self, platform: str, external_ids: Sequence[str]) -> list[int]:
        """The keys of `external_ids`, in order; those never seen get theirs in one
        transaction."""
        new = [i for i in dict.fromkeys(external_ids) if (platform, i) not in self._keys]

        def keys_of(tx: Statements) -> list[int]:
            found = []
            for external_id in new:
                tx.execute(
                    "INSERT INTO external_ids (platform, external_id) VALUES (?, ?)"
                    " ON CONFLICT (platform, external_id) DO NOTHING",
                    (platform, external_id),
                )
                row = tx.fetchone(
                    "SELECT id FROM external_ids WHERE platform = ? AND external_id = ?",
                    (platform, external_id),
                )
                assert row is not None
                found.append(-int(row[0]))
            return found

        if new:
            for external_id, key in zip(new, await self._db.transact(keys_of), strict=True):
                self._remember(key, platform, external_id)
        return [self._keys[(platform, i)] for i in external_ids]

    async def existing_key(self, platform: str, external_id: str) -> int | None:
        """The key of `external_id` if it has one (reads never create keys)."""
        cached = self._keys.get((platform, external_id))
        if cached is not None:
            return cached
        row = await self._db.fetchone(
            "SELECT id FROM external_ids WHERE platform = ? AND external_id = ?",
            (platform, external_id),
        )
        if row is None:
            return None
        key = -int(row[0])
        self._remember(key, platform, external_id)
        return key

    async def external(self, key: int) -> tuple[str, str] | None:
        """(platform, external id) of a key; None for a key this store never gave."""
        cached = self._ids.get(key)
        if cached is not None:
            return cached
        if key >= 0:
            return None
        row = await self._db.fetchone(
            "SELECT platform, external_id FROM external_ids WHERE id = ?", (-key,)
        )
        if row is None:
            return None
        self._remember(key, row["platform"], row["external_id"])
        return row["platform"], row["external_id"]

    def _remember(self, key: int, platform: str, external_id: str) -> None:
        self._keys[(platform, external_id)] = key
        self._ids[key] = (platform, external_id)
