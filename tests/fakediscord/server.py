"""FakeDiscord: a local Discord (REST + gateway) that the real discord.py client talks to."""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Self

from aiohttp import web

from .faults import Fault, RateLimit, RateLimitHeaders, route_matches
from .gateway import (
    INTENT_DM_MESSAGES,
    INTENT_GUILD_MESSAGES,
    INTENT_MESSAGE_CONTENT,
    Gateway,
    GatewaySession,
    shard_of,
)
from .ids import SnowflakeFactory
from .interactions import Resolved, build_options
from .models import (
    DEFAULT_EVERYONE_PERMISSIONS,
    Attachment,
    Channel,
    ChannelType,
    Guild,
    Member,
    Message,
    Payload,
    Role,
    User,
)
from .records import Exchange, RecordedRequest, Reply

API_PREFIX = "/api/v10"
_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")

Actor = Member | User


class FakeDiscord:
    """A Discord server for tests, on 127.0.0.1 at a free port.

    Build the world (guilds, channels, roles, members) before starting the client, then drive
    events with `send_message`, `slash`, `autocomplete`, `click`, `select`, `context_menu`,
    `submit_modal`; each returns an `Exchange` that collects the bot's replies.
    """

    def __init__(
        self,
        *,
        bot_name: str = "storybot",
        heartbeat_interval: float = 41.25,
        rate_limit: RateLimitHeaders | None = None,
        attachment_size_limit: int = 25 * 1024 * 1024,
        token: str | None = None,
        shards: int = 1,
    ) -> None:
        self.token = token  # when set, API requests need "Authorization: Bot <token>"
        self.recommended_shards = shards  # what GET /gateway/bot tells the bot to run
        self.snowflake = SnowflakeFactory()
        self.rate_limit_headers = rate_limit or RateLimitHeaders()
        self.attachment_size_limit = attachment_size_limit
        self.owner = User(self.snowflake(), "owner")
        self.bot_user = User(self.snowflake(), bot_name, bot=True)
        self.application_id = self.bot_user.id  # as on Discord: application id == bot user id
        self.users: dict[int, User] = {u.id: u for u in (self.owner, self.bot_user)}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self.messages: dict[int, Message] = {}
        self.attachments: dict[int, Attachment] = {}
        # Application commands as synced by the bot: key (guild_id or None, name, type).
        self.commands: dict[tuple[int | None, str, int], Payload] = {}
        self.requests: list[RecordedRequest] = []
        self.server_errors: list[Exception] = []  # bugs in the fake; the fixture fails on them
        self.faults: list[Fault] = []
        self.rate_limits: list[RateLimit] = []
        self.exchanges: list[Exchange] = []
        self._by_token: dict[str, Exchange] = {}
        self._by_message: dict[int, Exchange] = {}  # event message id -> exchange
        self._reply_owner: dict[int, Exchange] = {}  # bot message id -> exchange
        self._world_events: list[tuple[str, Payload]] = []
        self._changed = asyncio.Condition()
        self.gateway = Gateway(
            heartbeat_interval=heartbeat_interval,
            ready_payload=self._ready_payload,
            guild_payloads=lambda session: [
                g.to_payload() for g in self.guilds.values() if _on_shard(g.id, session)
            ],
            members_chunk=self._members_chunk,
        )
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifetime --------------------------------------------------------------------------

    async def start(self) -> None:
        from .rest import build_app  # the REST module needs this class

        app = build_app(self)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1]

    async def close(self) -> None:
        await self.gateway.shutdown()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # -- building the world ----------------------------------------------------------------

    def add_user(self, username: str, *, bot: bool = False) -> User:
        user = User(self.snowflake(), username, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(
        self,
        name: str = "Test Guild",
        *,
        owner: User | None = None,
        shard: tuple[int, int] | None = None,
    ) -> Guild:
        """A guild with an @everyone role (default permissions); the bot is a member.
        `shard=(id, count)`: a guild whose events go to that shard."""
        owner = owner or self.owner
        guild_id = self.snowflake() if shard is None else self.snowflake.on_shard(*shard)
        guild = Guild(guild_id, name, owner.id)
        guild.roles[guild.id] = Role(guild.id, guild.id, "@everyone", DEFAULT_EVERYONE_PERMISSIONS)
        self.guilds[guild.id] = guild
        for user in (owner, self.bot_user):
            guild.members[user.id] = Member(user, guild)
        self._world_event("GUILD_CREATE", guild.to_payload)
        return guild

    def add_role(self, guild: Guild, name: str, permissions: int = 0) -> Role:
        role = Role(self.snowflake(), guild.id, name, permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        self._world_event(
            "GUILD_ROLE_CREATE", lambda: {"guild_id": str(guild.id), "role": role.to_payload()}
        )
        return role

    def add_member(
        self,
        guild: Guild,
        user: User | str,
        *,
        roles: Iterable[Role] = (),
        nick: str | None = None,
    ) -> Member:
        if isinstance(user, str):
            user = self.add_user(user)
        self.users[user.id] = user
        member = Member(user, guild, list(roles), nick)
        guild.members[user.id] = member
        self._world_event(
            "GUILD_MEMBER_ADD", lambda: {**member.to_payload(), "guild_id": str(guild.id)}
        )
        return member

    def add_channel(
        self,
        guild: Guild,
        name: str = "general",
        *,
        type: ChannelType = ChannelType.TEXT,
        parent: Channel | None = None,
    ) -> Channel:
        channel = Channel(
            self.snowflake(),
            type,
            name,
            guild,
            parent_id=None if parent is None else parent.id,
            position=len(guild.channels),
        )
        self._register_channel(channel)
        return channel

    def add_thread(
        self,
        parent: Channel,
        name: str,
        *,
        message: Message | None = None,
        owner: User | None = None,
        private: bool = False,
    ) -> Channel:
        """A thread in `parent`; one started on `message` gets that message's id, as on Discord."""
        assert parent.guild is not None, "threads live in guild channels"
        thread = Channel(
            message.id if message is not None else self.snowflake(),
            ChannelType.PRIVATE_THREAD if private else ChannelType.PUBLIC_THREAD,
            name,
            parent.guild,
            parent_id=parent.id,
            owner_id=(owner or self.bot_user).id,
        )
        self._register_channel(thread)
        return thread

    def dm_channel(self, user: User) -> Channel:
        """The DM channel between `user` and the bot (created on first use)."""
        for channel in self.channels.values():
            if channel.type == ChannelType.DM and user in channel.recipients:
                return channel
        channel = Channel(self.snowflake(), ChannelType.DM, "", None, recipients=[user])
        self.channels[channel.id] = channel
        return channel

    def make_attachment(
        self, filename: str, data: bytes, *, content_type: str | None = "text/plain"
    ) -> Attachment:
        """A file the server serves; pass it as a slash option or a message attachment."""
        attachment_id = self.snowflake()
        url = f"{self.base_url}/attachments/{attachment_id}/{filename}"
        attachment = Attachment(attachment_id, filename, data, url, content_type)
        self.attachments[attachment_id] = attachment
        return attachment

    def _register_channel(self, channel: Channel) -> None:
        self.channels[channel.id] = channel
        if channel.guild is not None:
            channel.guild.channels[channel.id] = channel
        event = "THREAD_CREATE" if channel.type.is_thread else "CHANNEL_CREATE"
        self._world_event(event, lambda: {**channel.to_payload(), "newly_created": True})

    def _world_event(self, event: str, payload: Callable[[], Payload]) -> None:
        """Changes made after the bot identified are sent before the next dispatch."""
        if self.gateway.session is not None:
            self._world_events.append((event, payload()))

    async def flush(self) -> None:
        """Send pending world changes (new guilds, channels, members...) to the bot now."""
        while self._world_events:
            event, payload = self._world_events.pop(0)
            await self.gateway.dispatch(event, payload)

    # -- gateway payloads ------------------------------------------------------------------

    def _ready_payload(self, session: GatewaySession) -> Payload:
        self._world_events.clear()  # READY + GUILD_CREATE carry the whole world
        user = self.bot_user.to_payload() | {"verified": True, "mfa_enabled": False, "flags": 0}
        return {
            "v": 10,
            "user": user,
            "guilds": [
                {"id": str(g), "unavailable": True} for g in self.guilds if _on_shard(g, session)
            ],
            "session_id": session.session_id,
            "shard": list(session.shard),
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
            "presences": [],
            "geo_ordered_rtc_regions": [],
        }

    def _members_chunk(self, request: Payload) -> list[Payload]:
        guild = self.guilds.get(int(request.get("guild_id", 0)))
        if guild is None:
            return []
        wanted = {int(i) for i in request.get("user_ids") or []}
        members = [m for m in guild.members.values() if not wanted or m.id in wanted]
        chunk: Payload = {
            "guild_id": str(guild.id),
            "members": [m.to_payload() for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if request.get("nonce"):
            chunk["nonce"] = request["nonce"]
        return [chunk]

    def application_payload(self) -> Payload:
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "summary": "",
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.owner.to_payload(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": 0,
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
            "bot": self.bot_user.to_payload(),
            "approximate_guild_count": len(self.guilds),
        }

    # -- driving events --------------------------------------------------------------------

    async def dispatch(self, event: str, data: Payload, exchange: Exchange | None = None) -> None:
        """Send a raw gateway event (pending world changes go first)."""
        await self.flush()

        def sent(at: float) -> None:
            if exchange is not None and exchange.sent_at is None:
                exchange.sent_at = at

        await self.gateway.dispatch(event, data, sent)

    async def send_message(
        self,
        channel: Channel,
        author: Actor,
        content: str = "",
        *,
        reference: Message | None = None,
        attachments: Iterable[Attachment] = (),
        mention_author: bool = True,
    ) -> Exchange:
        """A member posts a message: MESSAGE_CREATE, with Discord's message-content rule.

        Replies to it (POST /channels/{c}/messages with message_reference to it, a thread
        started on it and messages in that thread, reactions on it) are the exchange's replies.
        """
        user = _user_of(author)
        message = Message(
            self.snowflake(),
            channel,
            user,
            content,
            attachments=list(attachments),
            reference=reference,
            type=19 if reference is not None else 0,
        )
        message.mentions = self._mentioned_users(content)
        message.mention_roles = [int(r) for r in _ROLE_MENTION.findall(content)]
        if reference is not None and mention_author and reference.author not in message.mentions:
            message.mentions.append(reference.author)
        self._store(message)
        exchange = Exchange("MESSAGE_CREATE", {}, message=message)
        self._by_message[message.id] = exchange
        self.exchanges.append(exchange)
        exchange.payload = self._message_event_payload(message)
        if self._bot_receives(channel):
            await self.dispatch("MESSAGE_CREATE", exchange.payload, exchange)
        return exchange

    async def slash(
        self,
        member: Actor,
        channel: Channel,
        name: str,
        options: Mapping[str, object] | None = None,
    ) -> Exchange:
        """A chat-input command. `name` may hold subcommands: "corpus add", "admin set limit".

        Option values: str, int, float, bool, or User/Member/Channel/Role/Attachment objects
        (resolved data is filled in). Types follow the synced command's schema if it was synced.
        """
        command_name, *path = name.split()
        command = self._command(command_name, channel, 1)
        resolved = Resolved()
        data = self._command_data(command, command_name, 1, channel)
        data["options"] = build_options(
            command.get("options") if command else None, path, dict(options or {}), resolved
        )
        if resolved.data:
            data["resolved"] = resolved.data
        return await self._interact(2, member, channel, data)

    async def autocomplete(
        self,
        member: Actor,
        channel: Channel,
        name: str,
        options: Mapping[str, object],
        focused: str,
    ) -> Exchange:
        """Type 4: the user is typing `options[focused]`; the reply's `choices` are the answer."""
        command_name, *path = name.split()
        command = self._command(command_name, channel, 1)
        resolved = Resolved()
        data = self._command_data(command, command_name, 1, channel)
        data["options"] = build_options(
            command.get("options") if command else None,
            path,
            dict(options),
            resolved,
            focused=focused,
        )
        return await self._interact(4, member, channel, data)

    async def context_menu(self, member: Actor, message: Message, name: str) -> Exchange:
        """A message context-menu command on `message`."""
        command = self._command(name, message.channel, 3)
        data = self._command_data(command, name, 3, message.channel)
        data["target_id"] = str(message.id)
        data["resolved"] = {"messages": {str(message.id): message.to_payload()}}
        return await self._interact(2, member, message.channel, data)

    async def user_context_menu(
        self, member: Actor, channel: Channel, target: Actor, name: str
    ) -> Exchange:
        """A user context-menu command on `target`."""
        command = self._command(name, channel, 2)
        data = self._command_data(command, name, 2, channel)
        data["target_id"] = str(target.id)
        resolved = Resolved()
        resolved.add_value(target)
        data["resolved"] = resolved.data
        return await self._interact(2, member, channel, data)

    async def click(self, member: Actor, message: Message, custom_id: str) -> Exchange:
        """Press the button `custom_id` on `message` (it must be on the message)."""
        component = self._component(message, custom_id)
        data = {"custom_id": custom_id, "component_type": int(component.get("type", 2))}
        return await self._interact(3, member, message.channel, data, message=message)

    async def select(
        self, member: Actor, message: Message, custom_id: str, values: Iterable[str]
    ) -> Exchange:
        """Choose `values` in the select menu `custom_id` on `message`."""
        component = self._component(message, custom_id)
        data = {
            "custom_id": custom_id,
            "component_type": int(component.get("type", 3)),
            "values": list(values),
        }
        return await self._interact(3, member, message.channel, data, message=message)

    async def submit_modal(
        self, member: Actor, opened: Exchange, values: Mapping[str, str | list[str]]
    ) -> Exchange:
        """Submit the modal the bot opened in answer to `opened` (its callback was type 9).

        `values` maps each text input's custom_id to its text (a select's to a list of values);
        the submitted components mirror the modal's layout (action rows or labels).
        """
        callback = next((r for r in opened.replies if r.callback_type == 9), None)
        if callback is None:
            raise ValueError(f"the bot opened no modal in answer to {opened.event}")
        modal = callback.data
        unknown = set(values) - set(_custom_ids(modal.get("components", [])))
        if unknown:
            raise ValueError(f"no inputs {sorted(unknown)} in modal {modal.get('custom_id')!r}")
        data = {
            "custom_id": modal["custom_id"],
            "components": _fill_modal(modal.get("components", []), values),
        }
        channel = self.channels[int(opened.payload["channel_id"])]
        return await self._interact(5, member, channel, data, message=opened.message)

    def _command(self, name: str, channel: Channel, kind: int) -> Payload | None:
        guild_id = channel.guild_id
        return self.commands.get((guild_id, name, kind)) or self.commands.get((None, name, kind))

    def _command_data(
        self, command: Payload | None, name: str, kind: int, channel: Channel
    ) -> Payload:
        data: Payload = {"name": name, "type": kind}
        if command is None:
            data["id"] = str(self.snowflake())
        else:
            data["id"] = command["id"]
            if command.get("guild_id"):
                data["guild_id"] = command["guild_id"]
        return data

    def _component(self, message: Message, custom_id: str) -> Payload:
        component = message.find_component(custom_id)
        if component is None:
            raise ValueError(
                f"no component {custom_id!r} on message {message.id}: {message.custom_ids}"
            )
        return component

    async def _interact(
        self,
        kind: int,
        actor: Actor,
        channel: Channel,
        data: Payload,
        *,
        message: Message | None = None,
    ) -> Exchange:
        interaction_id = self.snowflake()
        token = f"itoken.{interaction_id}.{secrets.token_hex(8)}"
        payload: Payload = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": token,
            "version": 1,
            "channel_id": str(channel.id),
            "channel": channel.to_payload(),
            "locale": "en-US",
            "app_permissions": str(self._bot_permissions(channel)),
            "entitlements": [],
            "attachment_size_limit": self.attachment_size_limit,
            "data": data,
        }
        guild = channel.guild
        if guild is not None:
            member = actor if isinstance(actor, Member) else guild.members.get(actor.id)
            if member is None:
                raise ValueError(f"{actor} is not a member of {guild.name}")
            payload["guild_id"] = str(guild.id)
            payload["guild_locale"] = "en-US"
            payload["member"] = member.to_payload() | {"permissions": str(member.permissions)}
            payload["context"] = 0
            payload["authorizing_integration_owners"] = {"0": str(guild.id)}
        else:
            payload["user"] = _user_of(actor).to_payload()
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"1": str(_user_of(actor).id)}
        if message is not None:
            payload["message"] = message.to_payload()
        exchange = Exchange(
            "INTERACTION_CREATE",
            payload,
            interaction_id=interaction_id,
            token=token,
            message=message,
        )
        self._by_token[token] = exchange
        self.exchanges.append(exchange)
        await self.dispatch("INTERACTION_CREATE", payload, exchange)
        return exchange

    # -- messages (shared by the drivers and the REST handlers) ----------------------------

    def _store(self, message: Message) -> None:
        self.messages[message.id] = message
        if message.channel.type.is_thread:
            message.channel.message_count += 1

    def _mentioned_users(self, content: str) -> list[User]:
        found: list[User] = []
        for raw in _USER_MENTION.findall(content):
            user = self.users.get(int(raw))
            if user is not None and user not in found:
                found.append(user)
        return found

    def _bot_receives(self, channel: Channel) -> bool:
        intent = INTENT_DM_MESSAGES if channel.guild is None else INTENT_GUILD_MESSAGES
        return self.gateway.has_intent(intent)

    def _message_event_payload(self, message: Message) -> Payload:
        """MESSAGE_CREATE/UPDATE data. Without the message_content intent the bot sees content
        only in DMs, when mentioned, and in its own messages."""
        full = (
            self.gateway.has_intent(INTENT_MESSAGE_CONTENT)
            or message.channel.guild is None
            or message.author is self.bot_user
            or self.bot_user in message.mentions
        )
        return message.to_payload(include_content=full)

    def _bot_permissions(self, channel: Channel) -> int:
        if channel.guild is None:
            return (1 << 51) - 1
        return channel.guild.members[self.bot_user.id].permissions

    async def announce_message(self, event: str, message: Message) -> None:
        """Echo a message the bot made (as Discord does) unless it is ephemeral."""
        if message.ephemeral or not self._bot_receives(message.channel):
            return
        if event == "MESSAGE_DELETE":
            data: Payload = {"id": str(message.id), "channel_id": str(message.channel.id)}
            if message.channel.guild is not None:
                data["guild_id"] = str(message.channel.guild.id)
        else:
            data = self._message_event_payload(message)
        await self.dispatch(event, data)

    def exchange_for_token(self, token: str) -> Exchange | None:
        return self._by_token.get(token)

    def exchange_for_message(self, message_id: int) -> Exchange | None:
        return self._by_message.get(message_id)

    def exchange_for_reply(self, message_id: int) -> Exchange | None:
        return self._reply_owner.get(message_id)

    def record_reply(self, exchange: Exchange | None, reply: Reply) -> None:
        if exchange is None:
            return
        if reply.message is not None and reply.kind not in ("delete_original", "delete_followup"):
            self._reply_owner[reply.message.id] = exchange
        exchange.add_reply(reply)

    # -- recording and waiting -------------------------------------------------------------

    async def _record(self, request: RecordedRequest) -> None:
        self.requests.append(request)
        async with self._changed:
            self._changed.notify_all()

    async def notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def requests_to(self, pattern: str) -> list[RecordedRequest]:
        """Recorded requests matching "METHOD /path/glob" (e.g. "POST /channels/*/messages")."""
        return [r for r in self.requests if route_matches(pattern, r.method, r.path)]

    @property
    def unmatched_requests(self) -> list[RecordedRequest]:
        """Requests to routes the server does not implement (they were answered 404)."""
        return [r for r in self.requests if not r.matched]

    async def wait_for_request(
        self,
        pattern: str,
        predicate: Callable[[RecordedRequest], bool] | None = None,
        *,
        count: int = 1,
        timeout: float = 5.0,
    ) -> RecordedRequest:
        """Wait until `count` requests match; return the last of them."""

        def found() -> list[RecordedRequest]:
            hits = self.requests_to(pattern)
            return [r for r in hits if predicate is None or predicate(r)]

        await self._wait(lambda: len(found()) >= count, timeout, f"{count} x {pattern}")
        return found()[count - 1]

    async def wait_for_message(
        self,
        channel: Channel | None = None,
        predicate: Callable[[Message], bool] | None = None,
        *,
        author: User | None = None,
        timeout: float = 5.0,
    ) -> Message:
        """The first stored message (by default one the bot made) matching the filters."""
        author = author or self.bot_user

        def find() -> Message | None:
            for message in self.messages.values():
                if message.author is not author or message.deleted:
                    continue
                if channel is not None and message.channel is not channel:
                    continue
                if predicate is None or predicate(message):
                    return message
            return None

        await self._wait(lambda: find() is not None, timeout, "a matching message")
        message = find()
        assert message is not None
        return message

    def channel_messages(self, channel: Channel, *, include_deleted: bool = False) -> list[Message]:
        return [
            m
            for m in self.messages.values()
            if m.channel is channel and (include_deleted or not m.deleted)
        ]

    async def wait_until(
        self, condition: Callable[[], bool], *, timeout: float = 5.0, interval: float = 0.01
    ) -> None:
        """Poll any condition (bot-side state, say) until it holds."""
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            await asyncio.sleep(interval)

    async def _wait(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(condition)

        try:
            await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}") from None

    # -- REST faults -----------------------------------------------------------------------

    def fail_next(
        self,
        pattern: str,
        *,
        status: int = 429,
        times: int | None = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
        delay: float = 0.0,
        predicate: Callable[[RecordedRequest], bool] | None = None,
    ) -> Fault:
        """Answer the next `times` requests matching "METHOD /path/glob" with `status`.

        429 comes with retry_after, a Via header and X-RateLimit headers; 503 fails fast in
        discord.py's HTTP client (but webhook/interaction routes retry every 5xx after 1, 3...s).
        """
        fault = Fault(pattern, status, times, delay, retry_after, is_global, predicate)
        self.faults.append(fault)
        return fault

    def delay(self, pattern: str, seconds: float, *, times: int | None = None) -> Fault:
        """Handle matching requests normally, but only after `seconds`."""
        fault = Fault(pattern, 0, times, seconds)
        self.faults.append(fault)
        return fault

    def set_rate_limit(self, pattern: str, *, limit: int, per: float) -> RateLimit:
        """Throttle matching routes: `limit` requests per `per` seconds per path, with honest
        X-RateLimit headers (the client paces itself) and 429s past the limit."""
        rate = RateLimit(pattern, limit, per)
        self.rate_limits.append(rate)
        return rate

    def clear_faults(self) -> None:
        self.faults.clear()
        self.rate_limits.clear()

    # -- gateway shortcuts -----------------------------------------------------------------

    async def wait_for_ready(self, *, timeout: float = 5.0) -> None:
        """Wait until the bot has identified and received READY and its guilds."""
        await self.gateway.wait_for_ready(1, timeout=timeout)

    @property
    def identify_count(self) -> int:
        return self.gateway.identify_count

    @property
    def resume_count(self) -> int:
        return self.gateway.resume_count

    async def close_gateway(self, code: int = 4000) -> None:
        await self.gateway.close(code)

    async def send_reconnect(self) -> None:
        await self.gateway.send_reconnect()

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        await self.gateway.invalidate_session(resumable=resumable)

    def stop_heartbeat_acks(self) -> None:
        self.gateway.stop_heartbeat_acks()

    def new_id(self) -> int:
        return self.snowflake()

    def now(self) -> float:
        return time.perf_counter()

    def __repr__(self) -> str:
        return f"<FakeDiscord {self.base_url} guilds={len(self.guilds)} {self.gateway.summary()}>"


def _user_of(actor: Actor) -> User:
    return actor.user if isinstance(actor, Member) else actor


def _custom_ids(items: list[Payload]) -> list[str]:
    found: list[str] = []
    for item in items:
        if "custom_id" in item:
            found.append(item["custom_id"])
        found += _custom_ids(item.get("components", []))
        if isinstance(item.get("component"), dict):
            found += _custom_ids([item["component"]])
    return found


def _fill_modal(items: list[Payload], values: Mapping[str, str | list[str]]) -> list[Payload]:
    """The submitted form of a modal's components: rows and labels kept, inputs filled in."""
    out: list[Payload] = []
    for item in items:
        kind = item.get("type")
        if kind == 1:
            out.append({"type": 1, "components": _fill_modal(item.get("components", []), values)})
        elif kind == 18 and isinstance(item.get("component"), dict):
            inner = _fill_modal([item["component"]], values)
            if inner:
                out.append({"type": 18, "id": item.get("id"), "component": inner[0]})
        elif kind == 4:
            value = values.get(item["custom_id"], item.get("value") or "")
            out.append({"type": 4, "custom_id": item["custom_id"], "value": value})
        elif "custom_id" in item:  # selects and other inputs inside labels
            chosen = values.get(item["custom_id"], [])
            chosen = [chosen] if isinstance(chosen, str) else list(chosen)
            out.append({"type": kind, "custom_id": item["custom_id"], "values": chosen})
    return out


def _on_shard(guild_id: int, session: GatewaySession) -> bool:
    shard, count = session.shard
    return shard_of(guild_id, count) == shard
