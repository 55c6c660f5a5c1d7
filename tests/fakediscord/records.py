"""What the server saw: REST requests, gateway dispatches, and the bot's replies to each event."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .models import Message, MessageFlags, Payload


@dataclass
class UploadedFile:
    """One file part of a multipart request (`files[n]`)."""

    field_name: str
    filename: str
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """A REST request as received. `json` is the JSON body, or the `payload_json` part."""

    method: str
    path: str  # after /api/v10, e.g. "/channels/123/messages"
    route: str  # the matched template, e.g. "/channels/{channel_id}/messages"
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    files: list[UploadedFile]
    received_at: float  # time.perf_counter()
    status: int = 0  # filled in once the response is decided
    matched: bool = True  # False for unknown routes (answered 404)

    @property
    def key(self) -> str:
        return f"{self.method} {self.route}"

    def __repr__(self) -> str:
        return f"<RecordedRequest {self.method} {self.path} -> {self.status}>"


@dataclass
class Reply:
    """Something the bot did in answer to an event the test sent.

    kind is one of: "callback" (interaction response), "followup", "edit_original",
    "delete_original", "edit_followup", "delete_followup", "message" (POST to a channel,
    replying to the event's message), "thread", "reaction".
    """

    kind: str
    request: RecordedRequest
    message: Message | None = None

    @property
    def received_at(self) -> float:
        return self.request.received_at

    @property
    def body(self) -> Any:
        return self.request.json

    @property
    def callback_type(self) -> int | None:
        """Interaction callback type: 4 message, 5 deferred, 6 deferred update, 7 update,
        8 autocomplete result, 9 modal."""
        if self.kind != "callback" or not isinstance(self.body, dict):
            return None
        return int(self.body["type"])

    @property
    def data(self) -> Payload:
        """The message-ish part of the body (callback `data`, or the whole body otherwise)."""
        body = self.body if isinstance(self.body, dict) else {}
        if self.kind == "callback":
            return body.get("data") or {}
        return body

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def embeds(self) -> list[Payload]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[Payload]:
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & MessageFlags.EPHEMERAL)

    @property
    def choices(self) -> list[Payload]:
        """Autocomplete choices (callback type 8)."""
        return list(self.data.get("choices") or [])

    def __repr__(self) -> str:
        extra = f" type={self.callback_type}" if self.kind == "callback" else ""
        return f"<Reply {self.kind}{extra} {self.request.method} {self.request.path}>"


@dataclass(eq=False)
class Exchange:
    """An event the test sent (INTERACTION_CREATE or MESSAGE_CREATE) and the bot's replies.

    `sent_at` is when the gateway frame was written (time.perf_counter()); each reply's
    `received_at` is when its request reached the server, so `latency` is the bot's round trip.
    """

    event: str
    payload: Payload = field(repr=False)
    interaction_id: int | None = None
    token: str | None = field(default=None, repr=False)
    message: Message | None = field(default=None, repr=False)  # sent, or clicked on
    sent_at: float | None = None
    replies: list[Reply] = field(default_factory=list)
    original: Message | None = field(default=None, repr=False)  # an interaction's @original
    _changed: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def add_reply(self, reply: Reply) -> None:
        self.replies.append(reply)
        self._changed.set()

    async def wait_for(
        self,
        kind: str | None = None,
        *,
        predicate: Callable[[Reply], bool] | None = None,
        timeout: float = 5.0,
        index: int = 0,
    ) -> Reply:
        """The (index+1)-th reply matching kind and predicate, waiting for it to arrive."""

        def matching() -> list[Reply]:
            return [
                r
                for r in self.replies
                if (kind is None or r.kind == kind) and (predicate is None or predicate(r))
            ]

        async def wait() -> Reply:
            while True:
                found = matching()
                if len(found) > index:
                    return found[index]
                self._changed.clear()
                await self._changed.wait()

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"no {kind or 'reply'} #{index + 1} to {self.event} within {timeout}s; "
                f"replies so far: {self.replies}"
            ) from None

    async def reply(self, *, timeout: float = 5.0) -> Reply:
        """The first reply of any kind."""
        return await self.wait_for(timeout=timeout)

    async def callback(self, *, timeout: float = 5.0) -> Reply:
        """The interaction callback (the bot's first response to an interaction)."""
        return await self.wait_for("callback", timeout=timeout)

    async def answered(self, *, timeout: float = 5.0) -> Reply:
        """The reply carrying an interaction's answer: its callback, or, when the bot deferred
        first ("thinking…", callback type 5: the answer took longer than the bot waits before
        deferring, as a fresh process's first answer may on a slow or loaded machine), the
        edit of its original response that follows."""
        first = await self.callback(timeout=timeout)
        if first.callback_type != 5:
            return first
        return await self.wait_for("edit_original", timeout=timeout)

    async def settle(self, quiet: float = 0.1, *, timeout: float = 5.0) -> list[Reply]:
        """Wait until no reply has arrived for `quiet` seconds; return all replies."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            count = len(self.replies)
            await asyncio.sleep(quiet)
            if len(self.replies) == count:
                break
        return list(self.replies)

    @property
    def latency(self) -> float | None:
        """Seconds from sending the event to receiving the first reply."""
        if self.sent_at is None or not self.replies:
            return None
        return self.replies[0].received_at - self.sent_at
