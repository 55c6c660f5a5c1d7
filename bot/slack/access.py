"""Who holds which level in a Slack workspace (bot.frontend.access draws the levels).

Slack has no per-channel permission bits. Admins are the workspace's admins and owners (from
users.info) and the operator's own people (`[slack] admin_user_ids`, `admin_user_group`);
moderators are the members of `[slack] moderator_user_group` and the people a workspace's admins
add with `/botconfig moderators add`. Only the operator's own people change the corpus
(/reindex): it serves every workspace. Facts from Slack are cached for a few minutes.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.config import SlackSettings
from bot.frontend.access import Access, level_of
from bot.slack.errors import NotAllowed
from bot.storage import WorkspaceSettings

CACHE_SECONDS = 300.0
NEEDED = {
    Access.MEMBER: "members of this workspace",
    Access.MODERATOR: "the bot's moderators (workspace admins and the people they name)",
    Access.ADMIN: "workspace admins and owners",
    Access.OPERATOR: "the bot's operators (named in its config)",
}


class _Cache:
    def __init__(self, monotonic: Callable[[], float]) -> None:
        self._now = monotonic
        self._values: dict[str, tuple[float, object]] = {}

    async def get(self, key: str, fetch: Callable[[], Awaitable[object]]) -> object:
        hit = self._values.get(key)
        if hit is not None and self._now() - hit[0] < CACHE_SECONDS:
            return hit[1]
        value = await fetch()
        self._values[key] = (self._now(), value)
        return value


class SlackAccess:
    def __init__(
        self,
        client: AsyncWebClient,
        config: SlackSettings,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._config = config
        self._cache = _Cache(monotonic)

    async def level(self, user_id: str, workspace: WorkspaceSettings) -> Access:
        return level_of(
            operator=await self.is_operator(user_id),
            admin=await self._is_workspace_admin(user_id),
            moderator=user_id in workspace.moderator_user_ids
            or await self._in_group(self._config.moderator_user_group, user_id),
        )

    async def require(self, user_id: str, workspace: WorkspaceSettings, level: Access) -> None:
        if await self.level(user_id, workspace) < level:
            raise NotAllowed(NEEDED[level])

    async def is_operator(self, user_id: str) -> bool:
        """One of the operator's own people: they change the corpus every workspace reads."""
        return user_id in self._config.admin_user_ids or await self._in_group(
            self._config.admin_user_group, user_id
        )

    async def display_name(self, user_id: str) -> str:
        user = await self._user(user_id)
        profile = user.get("profile") or {}
        return str(profile.get("display_name") or user.get("real_name") or user_id)

    async def _is_workspace_admin(self, user_id: str) -> bool:
        user = await self._user(user_id)
        return bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))

    async def _user(self, user_id: str) -> dict[str, Any]:
        async def fetch() -> object:
            response = await self._client.users_info(user=user_id)
            user = response.get("user")
            return user if isinstance(user, dict) else {}

        user = await self._cache.get(f"user:{user_id}", fetch)
        assert isinstance(user, dict)
        return user

    async def _in_group(self, group: str | None, user_id: str) -> bool:
        if not group:
            return False

        async def fetch() -> object:
            response = await self._client.usergroups_users_list(usergroup=group)
            return frozenset(response.get("users") or ())

        members = await self._cache.get(f"group:{group}", fetch)
        assert isinstance(members, frozenset)
        return user_id in members
