"""The gateway websocket: HELLO, heartbeats, IDENTIFY/READY, RESUME with replay, shards,
and faults.

One bot session is "current" at a time (the latest IDENTIFY). Every dispatch gets the next
sequence number and is kept in the session's buffer, so a RESUME replays whatever the client
missed, including events dispatched while it was disconnected.

Shards, as Discord does them: an IDENTIFY with `shard: [id, count]` gets a READY and the
GUILD_CREATEs of the guilds on that shard only ((guild_id >> 22) % count), and each event goes
to the session of its guild's shard (events without a guild, such as direct messages, to
shard 0). Several processes can each run some of the shards against one server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .models import Payload

_log = logging.getLogger(__name__)

OnSent = Callable[[float], None]

# Gateway intents the server honours.
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_GUILD_MESSAGE_REACTIONS = 1 << 10
INTENT_DM_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15


class GatewayConnection:
    """One websocket. Frames are zlib-stream compressed when the client asked for it."""

    def __init__(self, ws: web.WebSocketResponse, *, compress: bool) -> None:
        self.ws = ws
        self.compressor = zlib.compressobj() if compress else None
        self.lock = asyncio.Lock()
        self.ack_heartbeats = True
        self.heartbeats = 0
        self.session: GatewaySession | None = None

    @property
    def open(self) -> bool:
        return not self.ws.closed

    async def send(self, payload: Payload) -> bool:
        """Write one frame; False if the socket is already gone."""
        text = json.dumps(payload, separators=(",", ":"))
        async with self.lock:
            if self.ws.closed:
                return False
            try:
                if self.compressor is None:
                    await self.ws.send_str(text)
                else:
                    data = self.compressor.compress(text.encode())
                    data += self.compressor.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(data)
            except (ConnectionError, RuntimeError):
                return False
        return True


def shard_of(guild_id: int | None, shard_count: int) -> int:
    """Discord's rule: the shard a guild's events go to (no guild: shard 0)."""
    return 0 if guild_id is None else (guild_id >> 22) % shard_count


@dataclass(eq=False)
class GatewaySession:
    session_id: str
    intents: int
    token: str
    shard: tuple[int, int] = (0, 1)  # (shard id, shard count)
    seq: int = 0
    buffer: deque[tuple[int, Payload, OnSent | None]] = field(
        default_factory=lambda: deque(maxlen=100_000)
    )
    connection: GatewayConnection | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def shard_sessions(self) -> dict[int, GatewaySession]:
        return dict(self.by_shard)

    def has_intent(self, intent: int) -> bool:
        return bool(self.intents & intent)


class Gateway:
    """The websocket endpoint and its fault knobs (reached as `FakeDiscord.gateway`)."""

    def __init__(
        self,
        *,
        heartbeat_interval: float,
        ready_payload: Callable[[GatewaySession], Payload],
        guild_payloads: Callable[[GatewaySession], Iterable[Payload]],
        members_chunk: Callable[[Payload], Iterable[Payload]],
    ) -> None:
        self.heartbeat_interval = heartbeat_interval
        self._ready_payload = ready_payload
        self._guild_payloads = guild_payloads
        self._members_chunk = members_chunk
        self.session: GatewaySession | None = None
        self.sessions: dict[str, GatewaySession] = {}
        self.by_shard: dict[int, GatewaySession] = {}  # the latest session of each shard id
        self.connections: list[GatewayConnection] = []
        self.received: list[Payload] = []  # every frame the client sent
        self.identify_count = 0
        self.resume_count = 0
        self.ready_count = 0  # READY and every GUILD_CREATE sent
        self.connect_count = 0
        self._changed = asyncio.Condition()
        self._closing = False

    # -- the websocket handler -------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = GatewayConnection(ws, compress=request.query.get("compress") == "zlib-stream")
        self.connections.append(conn)
        self.connect_count += 1
        await conn.send({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval * 1000}})
        try:
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_frame(conn, json.loads(msg.data))
                elif msg.type is WSMsgType.ERROR:
                    break
        finally:
            session = conn.session
            if session is not None and session.connection is conn:
                session.connection = None
            await self._notify()
        return ws

    async def _on_frame(self, conn: GatewayConnection, frame: Payload) -> None:
        self.received.append(frame)
        op = frame.get("op")
        raw = frame.get("d")
        data: Payload = raw if isinstance(raw, dict) else {}
        if op == 1:
            conn.heartbeats += 1
            if conn.ack_heartbeats:
                await conn.send({"op": 11})
        elif op == 2:
            await self._identify(conn, data)
        elif op == 6:
            await self._resume(conn, data)
        elif op == 8:
            for chunk in self._members_chunk(data):
                await self.dispatch("GUILD_MEMBERS_CHUNK", chunk)
        await self._notify()

    async def _identify(self, conn: GatewayConnection, data: Payload) -> None:
        shard = data.get("shard") or [0, 1]
        session = GatewaySession(
            session_id=uuid.uuid4().hex,
            intents=int(data.get("intents", 0)),
            token=data["token"],
            shard=(int(shard[0]), int(shard[1])),
        )
        self.sessions[session.session_id] = session
        self.session = session
        self.by_shard[session.shard[0]] = session
        self.identify_count += 1
        async with session.lock:
            session.connection = conn
            conn.session = session
        await self._send(session, "READY", self._ready_payload(session))
        for guild in self._guild_payloads(session):
            await self._send(session, "GUILD_CREATE", guild)
        self.ready_count += 1

    async def _resume(self, conn: GatewayConnection, data: Payload) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None:
            await conn.send({"op": 9, "d": False})
            return
        self.resume_count += 1
        self.session = session
        self.by_shard[session.shard[0]] = session
        since = int(data.get("seq") or 0)
        async with session.lock:
            session.connection = conn
            conn.session = session
            for seq, payload, on_sent in list(session.buffer):
                if seq > since and await conn.send(payload) and on_sent is not None:
                    on_sent(time.perf_counter())
            await conn.send({"op": 0, "t": "RESUMED", "s": None, "d": {}})

    # -- dispatching -----------------------------------------------------------------------

    async def dispatch(self, event: str, data: Payload, on_sent: OnSent | None = None) -> None:
        """Send an event to the bot's session for its guild's shard (or buffer it for RESUME
        if that session is disconnected)."""
        session = self.session_for(event, data)
        await self._send(session, event, data, on_sent)

    def session_for(self, event: str, data: Payload) -> GatewaySession:
        session = self.session
        if session is None:
            raise RuntimeError(f"cannot dispatch {event}: no bot has identified on the gateway")
        count = session.shard[1]
        if count == 1:
            return session
        shard = shard_of(guild_of(event, data), count)
        found = self.by_shard.get(shard)
        if found is None:
            raise RuntimeError(f"cannot dispatch {event}: no bot has identified as shard {shard}")
        return found

    async def _send(
        self, session: GatewaySession, event: str, data: Payload, on_sent: OnSent | None = None
    ) -> None:
        async with session.lock:
            session.seq += 1
            payload = {"op": 0, "t": event, "s": session.seq, "d": data}
            conn = session.connection
            sent = conn is not None and await conn.send(payload)
            if sent and on_sent is not None:
                on_sent(time.perf_counter())
                on_sent = None
            session.buffer.append((session.seq, payload, on_sent))

    def shard_sessions(self) -> dict[int, GatewaySession]:
        return dict(self.by_shard)

    def has_intent(self, intent: int) -> bool:
        return self.session is not None and self.session.has_intent(intent)

    # -- faults ----------------------------------------------------------------------------

    @property
    def current(self) -> GatewayConnection | None:
        session = self.session
        return None if session is None else session.connection

    def _require_connection(self) -> GatewayConnection:
        conn = self.current
        if conn is None or not conn.open:
            raise RuntimeError("the bot is not connected to the gateway")
        return conn

    async def close(self, code: int = 4000) -> None:
        """Close the bot's websocket with `code` (4000: resumable; 4004, 4010-4014: fatal)."""
        await self._require_connection().ws.close(code=code)

    async def send_reconnect(self) -> None:
        """Op 7: the client should reconnect and RESUME."""
        await self._require_connection().send({"op": 7, "d": None})

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Op 9. Not resumable: the session is forgotten and the client must IDENTIFY again."""
        conn = self._require_connection()
        if not resumable and self.session is not None:
            self.sessions.pop(self.session.session_id, None)
        await conn.send({"op": 9, "d": resumable})

    def stop_heartbeat_acks(self) -> None:
        """The current connection stops answering heartbeats (a zombie connection). The client
        notices only when it has received nothing at all for its `heartbeat_timeout`."""
        self._require_connection().ack_heartbeats = False

    async def send_raw(self, payload: Payload) -> None:
        """Send any frame on the current connection (no sequence number, no buffering)."""
        await self._require_connection().send(payload)

    # -- waiting ---------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, condition: Callable[[], bool], *, timeout: float = 5.0) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"gateway condition not met within {timeout}s") from None

    async def wait_for_identify(self, count: int = 1, *, timeout: float = 5.0) -> None:
        await self.wait_until(lambda: self.identify_count >= count, timeout=timeout)

    async def wait_for_ready(self, count: int = 1, *, timeout: float = 5.0) -> None:
        await self.wait_until(lambda: self.ready_count >= count, timeout=timeout)

    async def wait_for_resume(self, count: int = 1, *, timeout: float = 5.0) -> None:
        await self.wait_until(lambda: self.resume_count >= count, timeout=timeout)

    async def shutdown(self) -> None:
        for conn in self.connections:
            if conn.open:
                await conn.ws.close(code=1001)

    def summary(self) -> dict[str, Any]:
        return {
            "identify": self.identify_count,
            "resume": self.resume_count,
            "connections": self.connect_count,
            "seq": None if self.session is None else self.session.seq,
        }


def guild_of(event: str, data: Payload) -> int | None:
    """The guild an event belongs to (its shard's), or None (a direct message)."""
    if data.get("guild_id"):
        return int(data["guild_id"])
    if event in ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE") and data.get("id"):
        return int(data["id"])
    return None
