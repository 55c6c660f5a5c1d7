"""The Slack app: SlackBot receives its dependencies and registers its listeners on a bolt
AsyncApp built from a Web client that is passed in; `run_slack` is what
`storybot run --platform slack` calls (Socket Mode, or the HTTP Events API).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from pydantic import SecretStr
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.engine import StoryService
from bot.errors import ConfigError
from bot.frontend.access import Access
from bot.ratelimit import RateLimiter, Verdict
from bot.redact import LogRedactor
from bot.slack.access import SlackAccess
from bot.slack.answerbook import AnswerBook
from bot.slack.asking import Asking
from bot.slack.buttons import Buttons
from bot.slack.commands import Commands
from bot.storage import Database, WorkspaceSettings

log = logging.getLogger(__name__)

RATE_LIMIT_RETRIES = 5  # 429s waited out (each for its Retry-After) before a call gives up
RECENT_EVENTS = 10_000  # event ids remembered to answer a redelivered event once
PRUNE_EVERY = 6 * 3600.0
REFUSED = {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}


class RecentEvents:
    """The ids of the last events handled: Slack redelivers an event (same event_id,
    retry_attempt >= 1) when it thinks the first delivery was lost."""

    def __init__(self, size: int = RECENT_EVENTS) -> None:
        self._size = size
        self._seen: OrderedDict[str, None] = OrderedDict()

    def first_time(self, event_id: str) -> bool:
        if event_id in self._seen:
            return False
        self._seen[event_id] = None
        if len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return True


class SlackBot:
    """Answers questions about the stories in `service` in Slack; remembers in `database`."""

    def __init__(
        self,
        *,
        service: StoryService,
        database: Database,
        settings: Settings,
        client: AsyncWebClient,
        signing_secret: str | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.service = service
        self.database = database
        self.settings = settings
        self.client = client
        self.clock = clock
        self.access = SlackAccess(client, settings.slack, monotonic)
        self.cooldowns = RateLimiter(monotonic)
        self.bot_user_id = ""
        self._events = RecentEvents()
        bolt_log = logging.getLogger("slack_bolt")
        bolt_log.addFilter(_not_token_unused)
        self.app = AsyncApp(
            client=client,
            signing_secret=signing_secret,
            request_verification_enabled=signing_secret is not None,
            logger=bolt_log,
        )
        self.app.middleware(self._once)
        book = AnswerBook(self)
        Asking(self, book).register(self.app)
        Buttons(self, book).register(self.app)
        Commands(self).register(self.app)
        self.app.error(self._on_error)

    async def start(self) -> None:
        """Check the bot token (one clear error when Slack refuses it) and learn who we are."""
        try:
            identity = await self.client.auth_test()
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error in REFUSED:
                raise ConfigError(
                    f"Slack refused the bot token ({error}): check SLACK_BOT_TOKEN"
                ) from None
            raise ConfigError(f"Slack's auth.test failed ({error})") from None
        self.bot_user_id = str(identity.get("user_id") or "")
        log.info("connected to Slack as %s in team %s", self.bot_user_id, identity.get("team_id"))

    # -- helpers the listeners share -----------------------------------------------------------

    async def key(self, slack_id: str) -> int:
        """The storage key of a Slack id (team, channel, user, message)."""
        return await self.database.external_ids.key("slack", slack_id)

    async def keys(self, *slack_ids: str) -> list[int]:
        """The storage keys of several Slack ids, in order (new ones in one transaction)."""
        return await self.database.external_ids.keys("slack", slack_ids)

    async def workspace(self, team_id: str) -> WorkspaceSettings:
        return await self.database.workspace_settings.get(team_id)

    async def require(self, team_id: str, user_id: str, level: Access) -> WorkspaceSettings:
        settings = await self.workspace(team_id)
        if level > Access.MEMBER:
            await self.access.require(user_id, settings, level)
        return settings

    def spend_public_reply(
        self, team_id: str, user_id: str, settings: WorkspaceSettings
    ) -> Verdict:
        """Count a reply the member makes the bot post for everyone (bot.ratelimit: a burst,
        then one every `cooldown_seconds`, per member per workspace)."""
        return self.cooldowns.hit(
            (team_id, user_id),
            interval=settings.cooldown_seconds,
            burst=settings.cooldown_burst,
        )

    def mentions_me(self, text: str) -> bool:
        return bool(self.bot_user_id) and f"<@{self.bot_user_id}" in text

    def without_mentions(self, text: str) -> str:
        if not self.bot_user_id:
            return text.strip()
        return re.sub(rf"<@{re.escape(self.bot_user_id)}(\|[^>]*)?>", " ", text).strip()

    async def prune_old_answers(self) -> int:
        before = self.clock() - dt.timedelta(days=self.settings.slack.answer_retention_days)
        forgotten = await self.database.answers.delete_before(before)
        forgotten += await self.database.conversations.delete_before(before)
        return forgotten

    # -- middleware and errors -----------------------------------------------------------------

    async def _once(
        self, body: dict[str, Any], next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        """Each event once: a redelivery (retry_attempt >= 1, the same event_id) is
        acknowledged and dropped; Slack's first deliveries carry retry_attempt 0 too."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and not self._events.first_time(event_id):
            log.info("event %s delivered again: answered once already", event_id)
            return BoltResponse(status=200, body="")
        await next()
        return None

    async def _on_error(self, error: Exception, body: dict[str, Any]) -> None:
        log.error("unexpected error handling a %s from Slack", body.get("type"), exc_info=error)


def _not_token_unused(record: logging.LogRecord) -> bool:
    """bolt warns that SLACK_BOT_TOKEN "will be unused" when it is set and a client is given:
    the client carries that same token, so the warning would only alarm an operator."""
    return "`token` will be unused" not in record.getMessage()


def web_client(
    settings: Settings, token: str, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    """The Web API client, pointed at `[slack] api_base`, waiting out 429s (Retry-After)."""
    client = AsyncWebClient(token=token, base_url=settings.slack.api_base, session=session)
    client.retry_handlers.append(
        AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)
    )
    return client


async def run_slack(settings: Settings, database: Database, service: StoryService) -> None:
    """Run the Slack bot until cancelled, answering from `service` (started by the caller)."""
    token = settings.slack_bot_token()  # SecretStr: never formatted into logs or errors
    http = settings.slack.mode == "http"
    secret = settings.slack_signing_secret().get_secret_value() if http else None
    app_token = None if http else settings.slack_app_token()
    # Should a library ever log one of them, at any level, the record says [redacted].
    redactor = LogRedactor()
    for known in (token.get_secret_value(), secret, app_token and app_token.get_secret_value()):
        if known:
            redactor.add_secret(known)
    redactor.install()
    try:
        await _run(settings, database, service, token.get_secret_value(), secret, app_token)
    finally:
        redactor.uninstall()


async def _run(
    settings: Settings,
    database: Database,
    service: StoryService,
    token: str,
    secret: str | None,
    app_token: SecretStr | None,
) -> None:
    # One HTTP session for every Web API call (slack-sdk opens one a call without it).
    async with aiohttp.ClientSession() as session:
        client = web_client(settings, token, session)
        bot = SlackBot(
            service=service,
            database=database,
            settings=settings,
            client=client,
            signing_secret=secret,
        )
        await bot.start()
        pruning = asyncio.create_task(_prune_forever(bot))
        try:
            if app_token is None:
                await _serve_http(bot, settings)
            else:
                await _serve_socket_mode(bot, app_token.get_secret_value(), settings)
        finally:
            pruning.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pruning


async def _serve_socket_mode(bot: SlackBot, app_token: str, settings: Settings) -> None:
    handler = AsyncSocketModeHandler(
        bot.app, app_token, ping_interval=settings.slack.socket_ping_interval
    )
    # The first URL is fetched here: the socket client itself retries a refused token forever.
    try:
        opened = await bot.client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        error = exc.response.get("error")
        raise ConfigError(
            f"Slack refused the app-level token ({error}): check SLACK_APP_TOKEN"
        ) from None
    handler.client.wss_uri = str(opened["url"])
    try:
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("listening to Slack in Socket Mode")
        await asyncio.Event().wait()  # until cancelled
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]


async def _serve_http(bot: SlackBot, settings: Settings) -> None:
    config = settings.slack
    server = bot.app.server(port=config.http_port, path=config.http_path, host=config.http_host)
    runner = web.AppRunner(server.web_app)
    await runner.setup()
    try:
        await web.TCPSite(runner, config.http_host, config.http_port).start()
        log.info(
            "listening to Slack's Events API on http://%s:%d%s",
            config.http_host,
            config.http_port,
            config.http_path,
        )
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


async def _prune_forever(bot: SlackBot) -> None:
    while True:
        try:
            forgotten = await bot.prune_old_answers()
            if forgotten:
                log.info("forgot %d old answers and conversation turns", forgotten)
        except Exception:
            log.warning("could not forget old answers", exc_info=True)
        await asyncio.sleep(PRUNE_EVERY)
