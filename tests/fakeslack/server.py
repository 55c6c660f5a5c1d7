"""FakeSlack: the Web API methods storybot uses, response URLs, and a Socket Mode WebSocket,
on 127.0.0.1, for the real slack-bolt app to talk to (see README.md).

Everything the bot sends is recorded; a test waits for what it expects with `wait_for`, which
wakes on every request and acknowledgement (a timeout is only a ceiling).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

BOT_USER = "UBOT"
BOT_ID = "BBOT"
APP_ID = "A0STORY"


@dataclass
class Request:
    """A Web API call or a post to a response URL, as the bot sent it."""

    method: str  # "chat.postMessage", or "respond" for a response URL
    body: dict[str, Any]
    raw: str
    headers: dict[str, str]
    response: dict[str, Any] = field(default_factory=dict)

    @property
    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.body.get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else list(blocks)


@dataclass
class User:
    id: str
    name: str
    is_admin: bool = False
    is_owner: bool = False


@dataclass
class Fault:
    """The next call of `method` gets this answer instead of its own."""

    method: str
    status: int = 200
    error: str | None = None
    retry_after: int | None = None


class FakeSlack:
    def __init__(self, *, bot_token: str, app_token: str, team_id: str = "T0NEWS") -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.team_id = team_id
        self.users: dict[str, User] = {}
        self.usergroups: dict[str, list[str]] = {}
        self.bot_channels: set[str] = set()  # channels the bot was invited to
        self.requests: list[Request] = []
        self.acks: dict[str, dict[str, Any]] = {}  # envelope id -> the app's acknowledgement
        self.ack_counts: Counter[str] = Counter()  # envelope id -> acknowledgements received
        self.acked_after: dict[str, int] = {}  # envelope id -> requests recorded before its ack
        self.sockets: list[web.WebSocketResponse] = []
        self.connections = 0  # sockets opened so far
        self.faults: list[Fault] = []
        self.server_errors: list[BaseException] = []
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifetime ------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)  # users.info is a GET
        app.router.add_post("/respond/{id}", self._respond)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in list(self.sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    # -- the world -----------------------------------------------------------------------------

    def add_user(
        self, user_id: str, name: str, *, admin: bool = False, owner: bool = False
    ) -> User:
        user = User(user_id, name, admin, owner)
        self.users[user_id] = user
        return user

    def new_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    # -- waiting -------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """The first truthy value of `predicate()`, checked after every request and ack."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not (value := predicate()):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {predicate}")
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    continue
            return value

    def calls(self, method: str, start: int = 0) -> list[Request]:
        return [r for r in self.requests[start:] if r.method == method]

    async def next_call(self, method: str, start: int, **match: Any) -> Request:
        """The first `method` call from request number `start` whose body has `match`."""

        def found() -> Request | None:
            for request in self.calls(method, start):
                if all(request.body.get(k) == v for k, v in match.items()):
                    return request
            return None

        request: Request = await self.wait_for(found)
        return request

    # -- Web API -------------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.text()
        if request.content_type == "application/json":
            body = json.loads(raw) if raw else {}
        else:
            body = dict(parse_qsl(raw, keep_blank_values=True))
        body.update(request.query)
        recorded = Request(method, body, raw, dict(request.headers))
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        try:
            status, answer, headers = self._answer(method, body, token)
        except Exception as exc:  # a bug in the fake: fail the test, not the bot
            self.server_errors.append(exc)
            raise
        recorded.response = answer
        self.requests.append(recorded)
        await self._notify()
        return web.json_response(answer, status=status, headers=headers)

    def _answer(
        self, method: str, body: dict[str, Any], token: str
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        fault = next((f for f in self.faults if f.method == method), None)
        if fault is not None:
            self.faults.remove(fault)
            headers = (
                {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            )
            return fault.status, {"ok": False, "error": fault.error or "ratelimited"}, headers
        expected = self.app_token if method == "apps.connections.open" else self.bot_token
        if token != expected:
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        return 200, handler(body), {}

    def _auth_test(self, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://newsroom.slack.com/",
            "team": "Newsroom",
            "user": "storybot",
            "team_id": self.team_id,
            "user_id": BOT_USER,
            "bot_id": BOT_ID,
        }

    def _apps_connections_open(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket?n={next(self._ids)}"}

    def _chat_postMessage(self, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel", "")
        if channel not in self.bot_channels:
            return {"ok": False, "error": "not_in_channel"}
        ts = self.new_ts()
        return {
            "ok": True,
            "channel": channel,
            "ts": ts,
            "message": {"ts": ts, "text": body.get("text")},
        }

    def _chat_postEphemeral(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "message_ts": self.new_ts()}

    def _views_open(self, body: dict[str, Any]) -> dict[str, Any]:
        view = json.loads(body["view"]) if isinstance(body.get("view"), str) else body.get("view")
        return {"ok": True, "view": {**(view or {}), "id": f"V{next(self._ids)}"}}

    def _users_info(self, body: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(body.get("user", ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {
            "ok": True,
            "user": {
                "id": user.id,
                "team_id": self.team_id,
                "name": user.name,
                "real_name": user.name,
                "is_admin": user.is_admin,
                "is_owner": user.is_owner,
                "is_primary_owner": False,
                "profile": {"display_name": user.name},
            },
        }

    def _usergroups_users_list(self, body: dict[str, Any]) -> dict[str, Any]:
        group = body.get("usergroup", "")
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": self.usergroups[group]}

    # -- response URLs -------------------------------------------------------------------------

    def response_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/respond/{next(self._ids)}"

    async def _respond(self, request: web.Request) -> web.Response:
        raw = await request.text()
        body = json.loads(raw)
        body["response_url_id"] = request.match_info["id"]
        self.requests.append(Request("respond", body, raw, dict(request.headers), {"ok": True}))
        await self._notify()
        return web.json_response({"ok": True})

    # -- Socket Mode ---------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.append(ws)
        self.connections += 1
        await ws.send_json(
            {"type": "hello", "num_connections": 1, "connection_info": {"app_id": APP_ID}}
        )
        await self._notify()
        try:
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    data = json.loads(message.data)
                    envelope_id = data.get("envelope_id")
                    if envelope_id:
                        self.acks.setdefault(envelope_id, data)
                        self.acked_after.setdefault(envelope_id, len(self.requests))
                        self.ack_counts[envelope_id] += 1
                        await self._notify()
        finally:
            if ws in self.sockets:
                self.sockets.remove(ws)
            await self._notify()
        return ws

    async def connected(self, timeout: float = 20.0) -> web.WebSocketResponse:
        """The open socket, once the app has connected."""
        ws: web.WebSocketResponse = await self.wait_for(
            lambda: next((s for s in self.sockets if not s.closed), None), timeout
        )
        return ws

    async def send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry_attempt: int | None = None,
        envelope_id: str | None = None,
    ) -> str:
        """Deliver an envelope on the open socket; its envelope id."""
        envelope_id = envelope_id or f"env-{next(self._ids)}"
        envelope: dict[str, Any] = {
            "envelope_id": envelope_id,
            "type": kind,
            "accepts_response_payload": kind != "events_api",
            "payload": payload,
        }
        if kind == "events_api":
            envelope["retry_attempt"] = retry_attempt or 0
            envelope["retry_reason"] = "timeout" if retry_attempt else ""
        ws = await self.connected()
        await ws.send_json(envelope)
        return envelope_id

    async def acked(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        ack: dict[str, Any] = await self.wait_for(lambda: self.acks.get(envelope_id), timeout)
        return ack

    async def ask_to_reconnect(self) -> None:
        """Slack's `disconnect` message: the app should open a new connection."""
        ws = await self.connected()
        await ws.send_json({"type": "disconnect", "reason": "refresh_requested"})

    async def drop_connection(self) -> None:
        """Close the socket abruptly, with no close handshake."""
        ws = await self.connected()
        transport = ws._req.transport if ws._req is not None else None  # type: ignore[union-attr]
        assert transport is not None
        transport.abort()
