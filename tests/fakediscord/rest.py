"""REST: the routes discord.py uses, plus recording, faults and rate-limit headers."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import BodyPartReader, web

from .faults import rate_limit_headers, route_matches
from .models import Channel, ChannelType, Message, MessageFlags, Payload, User
from .records import Exchange, RecordedRequest, Reply, UploadedFile
from .server import API_PREFIX, FakeDiscord

_log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
RECORD = web.RequestKey("record", RecordedRequest)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    # Exactly "application/json": discord.py only decodes JSON for that Content-Type.
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error(status: int, code: int, message: str) -> web.Response:
    return json_response({"message": message, "code": code}, status)


def no_content() -> web.Response:
    return web.Response(status=204)


class DiscordError(Exception):
    """Raised by handlers to answer with Discord's error shape."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def unknown(what: str, code: int) -> DiscordError:
    return DiscordError(404, code, f"Unknown {what}")


class RestApi:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    # -- plumbing --------------------------------------------------------------------------

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.path.startswith(API_PREFIX):
            return await handler(request)
        record = await self._record(request)
        request[RECORD] = record
        await self.fake._record(record)
        try:
            response = await self._answer(request, record, handler)
        except DiscordError as exc:
            response = error(exc.status, exc.code, exc.message)
        except Exception as exc:
            # A bug in the fake itself: not a 5xx, which discord.py would retry for seconds.
            _log.exception("fake Discord failed on %s %s", record.method, record.path)
            self.fake.server_errors.append(exc)
            response = error(400, 0, f"fake Discord error: {exc!r}")
        record.status = response.status
        await self.fake.notify()
        return response

    async def _answer(
        self, request: web.Request, record: RecordedRequest, handler: Handler
    ) -> web.StreamResponse:
        fake = self.fake
        for fault in fake.faults:
            if fault.matches(record):
                fault.hits += 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status == 429:
                    return self._too_many(record, fault.retry_after, is_global=fault.is_global)
                if fault.status:
                    return error(fault.status, 0, f"{fault.status}: injected fault")
                break
        headers = fake.rate_limit_headers.headers(record.route)
        for rate in fake.rate_limits:
            if route_matches(rate.pattern, record.method, record.path):
                remaining, reset_after, allowed = rate.take(record.path)
                if not allowed:
                    return self._too_many(record, reset_after, bucket=rate.bucket, limit=rate.limit)
                headers = rate_limit_headers(rate.bucket, rate.limit, remaining, reset_after)
                break
        needs_token = not record.path.startswith(("/webhooks/", "/interactions/"))
        authorization = request.headers.get("Authorization")
        if fake.token is not None and needs_token and authorization != f"Bot {fake.token}":
            return error(401, 0, "401: Unauthorized")
        response = await handler(request)
        response.headers.update(headers)
        return response

    def _too_many(
        self,
        record: RecordedRequest,
        retry_after: float,
        *,
        is_global: bool = False,
        bucket: str | None = None,
        limit: int = 1,
    ) -> web.Response:
        headers = rate_limit_headers(bucket or record.route, limit, 0, retry_after)
        headers["Via"] = "1.1 google"
        headers["Retry-After"] = str(max(1, round(retry_after)))
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        headers["X-RateLimit-Scope"] = "global" if is_global else "user"
        body = {"message": "You are being rate limited.", "retry_after": retry_after}
        body["global"] = is_global
        return json_response(body, 429, headers)

    async def _record(self, request: web.Request) -> RecordedRequest:
        body: Any = None
        files: list[UploadedFile] = []
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader):
                    continue
                data = await part.read(decode=True)
                if part.name == "payload_json":
                    body = json.loads(data)
                else:
                    files.append(
                        UploadedFile(
                            part.name or "",
                            part.filename or "",
                            part.headers.get("Content-Type"),
                            bytes(data),
                        )
                    )
        elif request.can_read_body:
            raw = await request.read()
            if raw:
                body = json.loads(raw)
        resource = request.match_info.route.resource
        canonical = resource.canonical if resource is not None else request.path
        matched = request.match_info.route.name != "unknown"
        return RecordedRequest(
            method=request.method,
            path=request.path[len(API_PREFIX) :],
            route=canonical[len(API_PREFIX) :] if matched else request.path[len(API_PREFIX) :],
            query=dict(request.query),
            headers=dict(request.headers),
            json=body,
            files=files,
            received_at=time.perf_counter(),
            matched=matched,
        )

    # -- helpers ---------------------------------------------------------------------------

    def _channel(self, request: web.Request) -> Channel:
        channel = self.fake.channels.get(_int(request.match_info["channel_id"]))
        if channel is None:
            raise unknown("Channel", 10003)
        return channel

    def _message(self, request: web.Request, channel: Channel | None = None) -> Message:
        message = self.fake.messages.get(_int(request.match_info["message_id"]))
        if (
            message is None
            or message.deleted
            or (channel is not None and message.channel is not channel)
        ):
            raise unknown("Message", 10008)
        return message

    def _exchange(self, request: web.Request) -> Exchange:
        exchange = self.fake.exchange_for_token(request.match_info["token"])
        if exchange is None:
            raise unknown("Webhook", 10015)
        return exchange

    def _apply(self, message: Message, body: Payload, files: list[UploadedFile]) -> None:
        """Apply a create/edit body to a message (only the keys present)."""
        fake = self.fake
        if "content" in body:
            message.content = body["content"] or ""
        if "embeds" in body:
            message.embeds = list(body["embeds"] or [])
        elif body.get("embed"):
            message.embeds = [body["embed"]]
        if "components" in body:
            message.components = list(body["components"] or [])
        if "flags" in body and body["flags"] is not None:
            keep = message.flags & MessageFlags.EPHEMERAL
            message.flags = int(body["flags"]) | keep
        if body.get("tts"):
            message.tts = True
        if "attachments" in body or files:
            uploads = {f.field_name: f for f in files}
            kept = []
            for index, spec in enumerate(body.get("attachments") or []):
                upload = uploads.get(f"files[{spec.get('id', index)}]")
                if upload is not None:
                    attachment = fake.make_attachment(
                        spec.get("filename") or upload.filename,
                        upload.data,
                        content_type=upload.content_type,
                    )
                    attachment.description = spec.get("description")
                    attachment.ephemeral = message.ephemeral
                    kept.append(attachment)
                elif _int(spec.get("id")) in fake.attachments:
                    kept.append(fake.attachments[_int(spec["id"])])
            if not body.get("attachments"):
                for upload in files:
                    kept.append(
                        fake.make_attachment(
                            upload.filename, upload.data, content_type=upload.content_type
                        )
                    )
            message.attachments = kept
        if "content" in body or "allowed_mentions" in body:
            message.mentions = self._pinged(message, body.get("allowed_mentions"))

    def _pinged(self, message: Message, allowed: Payload | None) -> list[User]:
        users = self.fake._mentioned_users(message.content)
        if allowed is not None:
            parse = allowed.get("parse") or []
            explicit = {str(u) for u in allowed.get("users") or []}
            if "users" not in parse:
                users = [u for u in users if str(u.id) in explicit]
        replied = message.reference is not None and (allowed is None or allowed.get("replied_user"))
        if replied and message.reference is not None and message.reference.author not in users:
            users.append(message.reference.author)
        return users

    def _new_message(
        self, channel: Channel, body: Payload, files: list[UploadedFile], **extra: Any
    ) -> Message:
        message = Message(self.fake.snowflake(), channel, self.fake.bot_user, **extra)
        reference = body.get("message_reference")
        if reference and reference.get("message_id"):
            target = self.fake.messages.get(_int(reference["message_id"]))
            if target is None:
                if reference.get("fail_if_not_exists", True):
                    raise DiscordError(400, 50035, "Invalid Form Body: Unknown message")
            else:
                message.reference = target
                message.type = 19
        flags = int(body.get("flags") or 0)
        message.flags = flags
        self._apply(message, body, files)
        self.fake._store(message)
        return message

    # -- gateway, users, application -------------------------------------------------------

    async def get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.fake.gateway_url})

    async def get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response(
            {
                "url": self.fake.gateway_url,
                "shards": self.fake.recommended_shards,
                "session_start_limit": limit,
            }
        )

    async def get_me(self, request: web.Request) -> web.Response:
        me = self.fake.bot_user.to_payload() | {"verified": True, "mfa_enabled": False, "flags": 0}
        return json_response(me)

    async def get_user(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(_int(request.match_info["user_id"]))
        if user is None:
            raise unknown("User", 10013)
        return json_response(user.to_payload())

    async def create_dm(self, request: web.Request) -> web.Response:
        user = self.fake.users.get(_int(request[RECORD].json.get("recipient_id")))
        if user is None:
            raise unknown("User", 10013)
        return json_response(self.fake.dm_channel(user).to_payload())

    async def get_application(self, request: web.Request) -> web.Response:
        return json_response(self.fake.application_payload())

    # -- application commands --------------------------------------------------------------

    def _scope(self, request: web.Request) -> int | None:
        if _int(request.match_info["application_id"]) != self.fake.application_id:
            raise unknown("Application", 10002)
        guild_id = request.match_info.get("guild_id")
        if guild_id is None:
            return None
        if _int(guild_id) not in self.fake.guilds:
            raise unknown("Guild", 10004)
        return _int(guild_id)

    def _scoped_commands(self, scope: int | None) -> list[Payload]:
        return [c for (g, _, _), c in self.fake.commands.items() if g == scope]

    def _register(self, scope: int | None, body: Payload) -> Payload:
        kind = int(body.get("type", 1))
        key = (scope, body["name"], kind)
        old = self.fake.commands.get(key)
        command = {
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            "integration_types": [0],
            "contexts": None,
            **body,
            "type": kind,
            "id": old["id"] if old else str(self.fake.snowflake()),
            "application_id": str(self.fake.application_id),
            "version": str(self.fake.snowflake()),
        }
        if scope is not None:
            command["guild_id"] = str(scope)
        self.fake.commands[key] = command
        return command

    async def get_commands(self, request: web.Request) -> web.Response:
        return json_response(self._scoped_commands(self._scope(request)))

    async def put_commands(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        for key in [k for k in self.fake.commands if k[0] == scope]:
            del self.fake.commands[key]
        body = request[RECORD].json or []
        return json_response([self._register(scope, c) for c in body])

    async def post_command(self, request: web.Request) -> web.Response:
        scope = self._scope(request)
        return json_response(self._register(scope, request[RECORD].json), 201)

    def _find_command(self, request: web.Request) -> tuple[tuple[int | None, str, int], Payload]:
        scope = self._scope(request)
        wanted = request.match_info["command_id"]
        for key, command in self.fake.commands.items():
            if key[0] == scope and command["id"] == wanted:
                return key, command
        raise unknown("application command", 10063)

    async def get_command(self, request: web.Request) -> web.Response:
        return json_response(self._find_command(request)[1])

    async def patch_command(self, request: web.Request) -> web.Response:
        _, command = self._find_command(request)
        command.update(request[RECORD].json or {})
        return json_response(command)

    async def delete_command(self, request: web.Request) -> web.Response:
        key, _ = self._find_command(request)
        del self.fake.commands[key]
        return no_content()

    # -- interactions and webhooks ---------------------------------------------------------

    async def callback(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        exchange = self.fake.exchange_for_token(request.match_info["token"])
        if exchange is None or str(exchange.interaction_id) != request.match_info["interaction_id"]:
            raise unknown("interaction", 10062)
        if any(r.kind == "callback" for r in exchange.replies):
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        body = record.json or {}
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        channel = self.fake.channels[_int(exchange.payload["channel_id"])]
        message: Message | None = None
        if kind in (4, 5):
            flags = int(data.get("flags") or 0) & MessageFlags.EPHEMERAL
            if kind == 5:
                flags |= MessageFlags.LOADING
            message = self._new_message(
                channel,
                data if kind == 4 else {},
                record.files,
                webhook_id=self.fake.application_id,
                interaction=self._metadata(exchange),
                type=20,
            )
            message.flags |= flags
            exchange.original = message
            await self.fake.announce_message("MESSAGE_CREATE", message)
        elif kind == 7:
            if exchange.message is None:
                raise DiscordError(400, 50035, "Invalid Form Body: no message to update")
            message = exchange.message
            self._apply(message, data, record.files)
            exchange.original = message
            await self.fake.announce_message("MESSAGE_UPDATE", message)
        elif kind == 6:
            exchange.original = exchange.message
        elif kind not in (8, 9, 10, 12):
            raise DiscordError(400, 50035, f"Invalid Form Body: callback type {kind}")
        self.fake.record_reply(exchange, Reply("callback", record, message))
        if record.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        interaction: Payload = {
            "id": str(exchange.interaction_id),
            "type": exchange.payload["type"],
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(message is not None and message.ephemeral),
        }
        resource: Payload = {"type": kind}
        if message is not None:
            interaction["response_message_id"] = str(message.id)
            resource["message"] = message.to_payload()
        return json_response({"interaction": interaction, "resource": resource})

    def _metadata(self, exchange: Exchange) -> Payload:
        payload = exchange.payload
        user = payload.get("member", {}).get("user") or payload.get("user")
        return {
            "id": str(exchange.interaction_id),
            "type": payload["type"],
            "user": user,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }

    async def followup(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        exchange = self._exchange(request)
        if not any(r.kind == "callback" for r in exchange.replies):
            raise unknown("Webhook", 10015)  # Discord: no follow-ups before the callback
        body = record.json or {}
        original = exchange.original
        if original is not None and original.flags & MessageFlags.LOADING:
            # The first follow-up after a "thinking" defer replaces the loading message.
            original.flags &= ~MessageFlags.LOADING
            self._apply(original, body, record.files)
            message = original
            await self.fake.announce_message("MESSAGE_UPDATE", message)
        else:
            channel = self.fake.channels[_int(exchange.payload["channel_id"])]
            message = self._new_message(
                channel,
                body,
                record.files,
                webhook_id=self.fake.application_id,
                interaction=self._metadata(exchange),
            )
            await self.fake.announce_message("MESSAGE_CREATE", message)
        self.fake.record_reply(exchange, Reply("followup", record, message))
        if record.query.get("wait") in ("1", "true", "True"):
            return json_response(message.to_payload())
        return no_content()

    def _webhook_message(self, request: web.Request, exchange: Exchange) -> tuple[Message, bool]:
        wanted = request.match_info["message_id"]
        if wanted == "@original":
            if exchange.original is None or exchange.original.deleted:
                raise unknown("Message", 10008)
            return exchange.original, True
        message = self._message(request)
        if self.fake.exchange_for_reply(message.id) is not exchange:
            raise unknown("Message", 10008)
        return message, False

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        message, _ = self._webhook_message(request, self._exchange(request))
        return json_response(message.to_payload())

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        exchange = self._exchange(request)
        message, original = self._webhook_message(request, exchange)
        message.flags &= ~MessageFlags.LOADING
        self._apply(message, record.json or {}, record.files)
        message.edited_timestamp = _iso_now()
        await self.fake.announce_message("MESSAGE_UPDATE", message)
        kind = "edit_original" if original else "edit_followup"
        self.fake.record_reply(exchange, Reply(kind, record, message))
        return json_response(message.to_payload())

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        exchange = self._exchange(request)
        message, original = self._webhook_message(request, exchange)
        message.deleted = True
        await self.fake.announce_message("MESSAGE_DELETE", message)
        kind = "delete_original" if original else "delete_followup"
        self.fake.record_reply(exchange, Reply(kind, record, message))
        return no_content()

    # -- channels and messages -------------------------------------------------------------

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self._channel(request).to_payload())

    async def get_messages(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        query = request.query
        limit = min(int(query.get("limit", 50)), 100)
        messages = sorted(self.fake.channel_messages(channel), key=lambda m: m.id, reverse=True)
        messages = [m for m in messages if not m.ephemeral]
        if "before" in query:
            messages = [m for m in messages if m.id < int(query["before"])]
        if "after" in query:
            messages = [m for m in messages if m.id > int(query["after"])][-limit:]
        if "around" in query:
            around = int(query["around"])
            older = [m for m in messages if m.id <= around][: limit // 2 + 1]
            newer = [m for m in messages if m.id > around][-(limit // 2) :] if limit > 1 else []
            messages = newer + older
        return json_response([m.to_payload() for m in messages[:limit]])

    async def get_message(self, request: web.Request) -> web.Response:
        channel = self._channel(request)
        return json_response(self._message(request, channel).to_payload())

    async def create_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        channel = self._channel(request)
        body = record.json or {}
        parts = ("content", "embeds", "components", "sticker_ids", "poll")
        if not record.files and not any(body.get(part) for part in parts):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        message = self._new_message(channel, body, record.files)
        message.flags &= ~MessageFlags.EPHEMERAL
        await self.fake.announce_message("MESSAGE_CREATE", message)
        exchange = None
        if message.reference is not None:
            exchange = self.fake.exchange_for_message(message.reference.id)
        if exchange is None:  # a thread started on the event's message has its id
            exchange = self.fake.exchange_for_message(channel.id)
        self.fake.record_reply(exchange, Reply("message", record, message))
        return json_response(message.to_payload())

    async def edit_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        channel = self._channel(request)
        message = self._message(request, channel)
        if message.author is not self.fake.bot_user and set(record.json or {}) - {"flags"}:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        self._apply(message, record.json or {}, record.files)
        message.edited_timestamp = _iso_now()
        await self.fake.announce_message("MESSAGE_UPDATE", message)
        self.fake.record_reply(
            self.fake.exchange_for_reply(message.id), Reply("edit_message", record, message)
        )
        return json_response(message.to_payload())

    async def delete_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        channel = self._channel(request)
        message = self._message(request, channel)
        message.deleted = True
        await self.fake.announce_message("MESSAGE_DELETE", message)
        self.fake.record_reply(
            self.fake.exchange_for_reply(message.id), Reply("delete_message", record, message)
        )
        return no_content()

    async def typing(self, request: web.Request) -> web.Response:
        self._channel(request)
        return no_content()

    async def add_reaction(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        message = self._message(request, self._channel(request))
        emoji = request.match_info["emoji"]
        message.reactions.setdefault(emoji, set()).add(self.fake.bot_user.id)
        exchange = self.fake.exchange_for_message(message.id)
        self.fake.record_reply(exchange, Reply("reaction", record, message))
        return no_content()

    async def remove_reaction(self, request: web.Request) -> web.Response:
        message = self._message(request, self._channel(request))
        message.reactions.get(request.match_info["emoji"], set()).discard(self.fake.bot_user.id)
        return no_content()

    async def thread_from_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        channel = self._channel(request)
        message = self._message(request, channel)
        if message.id in self.fake.channels:
            raise DiscordError(400, 160004, "A thread has already been created for this message")
        body = record.json or {}
        thread = self.fake.add_thread(channel, body.get("name", "thread"), message=message)
        await self.fake.flush()
        self.fake.record_reply(
            self.fake.exchange_for_message(message.id), Reply("thread", record, message)
        )
        return json_response(thread.to_payload(), 201)

    async def thread_without_message(self, request: web.Request) -> web.Response:
        record: RecordedRequest = request[RECORD]
        channel = self._channel(request)
        body = record.json or {}
        private = int(body.get("type", ChannelType.PRIVATE_THREAD)) == ChannelType.PRIVATE_THREAD
        thread = self.fake.add_thread(channel, body.get("name", "thread"), private=private)
        await self.fake.flush()
        return json_response(thread.to_payload(), 201)

    async def join_thread(self, request: web.Request) -> web.Response:
        self._channel(request)
        return no_content()

    # -- guilds ----------------------------------------------------------------------------

    def _guild(self, request: web.Request) -> Any:
        guild = self.fake.guilds.get(_int(request.match_info["guild_id"]))
        if guild is None:
            raise unknown("Guild", 10004)
        return guild

    async def get_guild(self, request: web.Request) -> web.Response:
        return json_response(self._guild(request).to_payload())

    async def get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self._guild(request)
        return json_response(
            [c.to_payload() for c in guild.channels.values() if not c.type.is_thread]
        )

    async def get_roles(self, request: web.Request) -> web.Response:
        return json_response([r.to_payload() for r in self._guild(request).roles.values()])

    async def get_member(self, request: web.Request) -> web.Response:
        member = self._guild(request).members.get(_int(request.match_info["user_id"]))
        if member is None:
            raise unknown("Member", 10007)
        return json_response(member.to_payload())

    # -- outside the API -------------------------------------------------------------------

    async def not_found(self, request: web.Request) -> web.Response:
        return error(404, 0, "404: Not Found")

    async def attachment(self, request: web.Request) -> web.Response:
        attachment = self.fake.attachments.get(_int(request.match_info["attachment_id"]))
        if attachment is None:
            return web.Response(status=404)
        return web.Response(
            body=attachment.data, content_type=attachment.content_type or "application/octet-stream"
        )


def build_app(fake: FakeDiscord) -> web.Application:
    api = RestApi(fake)
    app = web.Application(middlewares=[api.middleware], client_max_size=64 * 1024 * 1024)
    p = API_PREFIX
    commands = p + "/applications/{application_id}/commands"
    guild_commands = p + "/applications/{application_id}/guilds/{guild_id}/commands"
    webhook = p + "/webhooks/{application_id}/{token}"
    channel = p + "/channels/{channel_id}"
    message = channel + "/messages/{message_id}"
    routes: list[tuple[str, str, Handler]] = [
        ("GET", p + "/gateway", api.get_gateway),
        ("GET", p + "/gateway/bot", api.get_gateway_bot),
        ("GET", p + "/users/@me", api.get_me),
        ("POST", p + "/users/@me/channels", api.create_dm),
        ("GET", p + "/users/{user_id}", api.get_user),
        ("GET", p + "/oauth2/applications/@me", api.get_application),
        ("GET", p + "/applications/@me", api.get_application),
        ("POST", p + "/interactions/{interaction_id}/{token}/callback", api.callback),
        ("POST", webhook, api.followup),
        ("GET", webhook + "/messages/{message_id}", api.get_webhook_message),
        ("PATCH", webhook + "/messages/{message_id}", api.edit_webhook_message),
        ("DELETE", webhook + "/messages/{message_id}", api.delete_webhook_message),
        ("GET", channel, api.get_channel),
        ("GET", channel + "/messages", api.get_messages),
        ("POST", channel + "/messages", api.create_message),
        ("GET", message, api.get_message),
        ("PATCH", message, api.edit_message),
        ("DELETE", message, api.delete_message),
        ("PUT", message + "/reactions/{emoji}/@me", api.add_reaction),
        ("DELETE", message + "/reactions/{emoji}/@me", api.remove_reaction),
        ("POST", message + "/threads", api.thread_from_message),
        ("POST", channel + "/threads", api.thread_without_message),
        ("PUT", channel + "/thread-members/@me", api.join_thread),
        ("POST", channel + "/typing", api.typing),
        ("GET", p + "/guilds/{guild_id}", api.get_guild),
        ("GET", p + "/guilds/{guild_id}/channels", api.get_guild_channels),
        ("GET", p + "/guilds/{guild_id}/roles", api.get_roles),
        ("GET", p + "/guilds/{guild_id}/members/{user_id}", api.get_member),
    ]
    for base in (commands, guild_commands):
        routes += [
            ("GET", base, api.get_commands),
            ("PUT", base, api.put_commands),
            ("POST", base, api.post_command),
            ("GET", base + "/{command_id}", api.get_command),
            ("PATCH", base + "/{command_id}", api.patch_command),
            ("DELETE", base + "/{command_id}", api.delete_command),
        ]
    for method, path, handler in routes:
        app.router.add_route(method, path, handler)
    app.router.add_get("/gateway", fake.gateway.handle)
    app.router.add_get("/attachments/{attachment_id}/{filename}", api.attachment)
    app.router.add_route("*", p + "/{tail:.*}", api.not_found, name="unknown")
    return app


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _iso_now() -> str:
    from .ids import iso_now

    return iso_now()
