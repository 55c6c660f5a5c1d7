"""`storybot run --platform slack` in a subprocess, against the local Slack (tests/fakeslack):
a workspace with a member, a moderator, a workspace admin and one of the operator's people, a
temp corpus (copied from corpus/, plus any extra stories) and a temp database.

Import the `slack_world` fixture in a test module; `start_bot` starts (or restarts) the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import shutil
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.storage import Database
from tests.fakeslack import APP_ID, BOT_USER, FakeSlack, Request

REPO = Path(__file__).resolve().parents[2]
BOT_TOKEN = "xoxb-test-bot-token-that-must-never-show"
APP_TOKEN = "xapp-test-app-token-that-must-never-show"
TEAM = "T0NEWS"
GENERAL = "C0GENERAL"
ELSEWHERE = "C0OTHER"
MODLOG = "C0MODLOG"
GARCIA = "what did Bukele say about Garcia?"
PARAGRAPH_13 = (
    "But during the meeting, Bukele said it would be “preposterous” for him to return Garcia "
    "to the U.S. despite a unanimous Supreme Court ruling."
)
_ids = itertools.count(1)


@dataclass
class Asked:
    """What a test sent: the member's message (if any) and the envelope it came in."""

    envelope_id: str
    start: int  # the number of requests recorded before it: the bot's answer comes after
    ts: str | None = None
    event_id: str | None = None
    response_url: str | None = None


@dataclass
class SlackWorld:
    fake: FakeSlack
    tmp: Path
    corpus: Path
    config: Path
    member: str = "U0MEMBER"
    moderator: str = "U0MOD"
    admin: str = "U0ADMIN"
    operator: str = "U0OPERATOR"
    output: list[str] = field(default_factory=list)
    process: asyncio.subprocess.Process | None = None
    _reader: asyncio.Task[None] | None = None
    _new_line: asyncio.Condition = field(default_factory=asyncio.Condition)

    # -- the bot process -----------------------------------------------------------------------

    async def start_bot(
        self, *, env: dict[str, str] | None = None, wait: bool = True, platform: str = "slack"
    ) -> None:
        environment = {
            **os.environ,
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "PYTHONWARNINGS": "ignore::DeprecationWarning",
            **(env or {}),
        }
        connections = self.fake.connections
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--config", str(self.config), "run",
            "--platform", platform,
            cwd=REPO, env=environment,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        self._reader = asyncio.create_task(self._read(self.process))
        if wait:
            await self.fake.wait_for(lambda: self.fake.connections > connections, timeout=60)

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        async for line in process.stdout:
            self.output.append(line.decode("utf-8", "replace").rstrip("\n"))
            async with self._new_line:
                self._new_line.notify_all()

    async def logged(self, text: str, timeout: float = 60.0) -> str:
        """The first line of the bot's log that holds `text`, once it is written."""

        def found() -> str | None:
            return next((line for line in self.output if text in line), None)

        async with asyncio.timeout(timeout), self._new_line:
            await self._new_line.wait_for(found)
        line = found()
        assert line is not None
        return line

    async def exit_code(self, timeout: float = 60.0) -> int:
        assert self.process is not None
        code = await asyncio.wait_for(self.process.wait(), timeout)
        if self._reader is not None:
            await self._reader
        return code

    async def stop_bot(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.terminate()
        with contextlib.suppress(TimeoutError):
            await self.exit_code(timeout=20)
        if self.process.returncode is None:
            self.process.kill()
            await self.exit_code()

    # -- members acting ------------------------------------------------------------------------

    def _event(self, event: dict[str, Any], event_id: str) -> dict[str, Any]:
        return {
            "token": "verification-token",
            "team_id": TEAM,
            "api_app_id": APP_ID,
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1_700_000_000,
            "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
        }

    async def mention(
        self, user: str, text: str, *, channel: str = GENERAL, thread_ts: str | None = None
    ) -> Asked:
        """A member's message that mentions the bot: Slack sends app_mention (and message)."""
        return await self.post(user, f"<@{BOT_USER}> {text}", channel=channel, thread_ts=thread_ts)

    async def post(
        self, user: str, text: str, *, channel: str = GENERAL, thread_ts: str | None = None
    ) -> Asked:
        """A member's message in a channel the bot is in: the events Slack sends for it."""
        ts = self.fake.new_ts()
        event = {"user": user, "text": text, "channel": channel, "ts": ts, "event_ts": ts}
        if thread_ts:
            event["thread_ts"] = thread_ts
        start = len(self.fake.requests)
        event_id = f"Ev{next(_ids):06d}"
        envelope = ""
        if f"<@{BOT_USER}" in text:
            mention = {**event, "type": "app_mention"}
            envelope = await self.fake.send("events_api", self._event(mention, event_id))
        message = {**event, "type": "message", "channel_type": "channel"}
        other = await self.fake.send("events_api", self._event(message, f"Ev{next(_ids):06d}"))
        return Asked(envelope or other, start, ts=ts, event_id=event_id)

    async def post_direct(self, user: str, text: str, channel: str = "D0MEMBER") -> Asked:
        """A direct message to the bot (Slack sends a message event, channel_type "im")."""
        ts = self.fake.new_ts()
        event = {
            "type": "message", "user": user, "text": text, "channel": channel, "ts": ts,
            "event_ts": ts, "channel_type": "im",
        }  # fmt: skip
        start = len(self.fake.requests)
        envelope = await self.fake.send("events_api", self._event(event, f"Ev{next(_ids):06d}"))
        return Asked(envelope, start, ts=ts)

    async def redeliver(self, asked: Asked, user: str, text: str, attempt: int = 1) -> str:
        """Slack delivering the same app_mention again (same event_id, retry_attempt)."""
        assert asked.ts is not None and asked.event_id is not None
        event = {
            "type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}",
            "channel": GENERAL, "ts": asked.ts, "event_ts": asked.ts,
        }  # fmt: skip
        return await self.fake.send(
            "events_api", self._event(event, asked.event_id), retry_attempt=attempt
        )

    async def slash(
        self, user: str, command: str, text: str = "", *, channel: str = GENERAL
    ) -> Asked:
        url = self.fake.response_url()
        start = len(self.fake.requests)
        payload = {
            "token": "verification-token", "team_id": TEAM, "team_domain": "newsroom",
            "channel_id": channel, "channel_name": "general", "user_id": user,
            "user_name": user.lower(), "command": command, "text": text,
            "api_app_id": APP_ID, "response_url": url, "trigger_id": f"trig-{next(_ids)}",
        }  # fmt: skip
        envelope = await self.fake.send("slash_commands", payload)
        return Asked(envelope, start, response_url=url)

    async def click(
        self,
        user: str,
        message: Request,
        action_id: str,
        *,
        value: str | None = None,
        selected: str | None = None,
    ) -> Asked:
        """A click on a button (or a choice in a select) of a message the bot sent."""
        [element] = [
            e
            for block in message.blocks
            if block["type"] == "actions"
            for e in block["elements"]
            if e["action_id"] == action_id
        ]
        action: dict[str, Any] = {
            "action_id": action_id, "block_id": "b", "type": element["type"],
            "action_ts": "1700000000.1",
        }  # fmt: skip
        if selected is not None:
            action["selected_option"] = {"text": {"type": "plain_text", "text": selected},
                                         "value": selected}  # fmt: skip
        else:
            action["value"] = element.get("value") if value is None else value
        channel = message.body.get("channel") or GENERAL
        ts = message.response.get("ts") or self.fake.new_ts()
        url = self.fake.response_url()
        start = len(self.fake.requests)
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": APP_ID, "token": "verification-token",
            "container": {"type": "message", "message_ts": ts, "channel_id": channel},
            "trigger_id": f"trig-{next(_ids)}", "team": {"id": TEAM, "domain": "newsroom"},
            "channel": {"id": channel, "name": "general"},
            "message": {"type": "message", "ts": ts, "blocks": message.blocks},
            "response_url": url, "actions": [action],
        }  # fmt: skip
        envelope = await self.fake.send("interactive", payload)
        return Asked(envelope, start, response_url=url)

    async def shortcut(self, user: str, text: str, *, channel: str = GENERAL) -> Asked:
        """ "Ask the story" on a member's message."""
        ts = self.fake.new_ts()
        start = len(self.fake.requests)
        payload = {
            "type": "message_action", "callback_id": "storybot:ask_the_story",
            "trigger_id": f"trig-{next(_ids)}", "team": {"id": TEAM, "domain": "newsroom"},
            "channel": {"id": channel, "name": "general"},
            "user": {"id": user, "name": user.lower(), "team_id": TEAM},
            "message": {"type": "message", "user": self.member, "ts": ts, "text": text},
            "response_url": self.fake.response_url(), "message_ts": ts,
        }  # fmt: skip
        envelope = await self.fake.send("interactive", payload)
        return Asked(envelope, start, ts=ts)

    async def submit(
        self, user: str, view: dict[str, Any], values: dict[str, dict[str, Any]]
    ) -> Asked:
        """Submitting a modal the bot opened, with `values` as Slack sends a view's state."""
        start = len(self.fake.requests)
        payload = {
            "type": "view_submission",
            "team": {"id": TEAM, "domain": "newsroom"},
            "user": {"id": user, "username": user.lower(), "team_id": TEAM},
            "api_app_id": APP_ID, "token": "verification-token",
            "trigger_id": f"trig-{next(_ids)}",
            "view": {**view, "id": "V1", "team_id": TEAM, "state": {"values": values}},
        }  # fmt: skip
        envelope = await self.fake.send("interactive", payload)
        return Asked(envelope, start)

    # -- what the bot sent ---------------------------------------------------------------------

    async def answer(self, asked: Asked, **match: Any) -> Request:
        """The bot's chat.postMessage after `asked` (matching `match`)."""
        return await self.fake.next_call("chat.postMessage", asked.start, **match)

    async def response(self, asked: Asked) -> Request:
        """The bot's first post to the response URL of `asked`."""
        assert asked.response_url is not None
        url_id = asked.response_url.rsplit("/", 1)[1]
        return await self.fake.next_call("respond", asked.start, response_url_id=url_id)

    async def ephemeral(self, asked: Asked, **match: Any) -> Request:
        return await self.fake.next_call("chat.postEphemeral", asked.start, **match)


def text_of(request: Request) -> str:
    """Every bit of text in a message's blocks (and its fallback), as Slack receives it."""
    parts: list[str] = [str(request.body.get("text") or "")]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                parts.append(node["text"])
            for value in node.values():
                if isinstance(value, (dict, list)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(request.blocks)
    return "\n".join(p for p in parts if p)


def shown(mrkdwn: str) -> str:
    """What Slack shows for the bot's mrkdwn, minus formatting: quotes, bold, entities."""
    lines = [line[1:] if line.startswith(">") else line for line in mrkdwn.split("\n")]
    text = "\n".join(lines).replace("*", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def buttons(request: Request) -> list[str]:
    return [
        e["action_id"]
        for block in request.blocks
        if block["type"] == "actions"
        for e in block["elements"]
    ]


@contextlib.asynccontextmanager
async def world_in(tmp_path: Path) -> AsyncIterator[SlackWorld]:
    """A started FakeSlack and a world around it in `tmp_path` (the bot not started); the bot
    is stopped after."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for story in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(story, corpus / story.name)
    config = tmp_path / "config.toml"
    async with FakeSlack(bot_token=BOT_TOKEN, app_token=APP_TOKEN, team_id=TEAM) as fake:
        config.write_text(
            '[corpus]\ndir = "corpus"\n[storage]\ndatabase = "data/bot.sqlite3"\n'
            f'[slack]\napi_base = "{fake.api_base}"\nsocket_ping_interval = 0.5\n'
            'admin_user_ids = ["U0OPERATOR"]\n',
            encoding="utf-8",
        )
        world = SlackWorld(fake, tmp_path, corpus, config)
        fake.add_user(world.member, "reader")
        fake.add_user(world.moderator, "moderator")
        fake.add_user(world.admin, "editor", admin=True)
        fake.add_user(world.operator, "operator")
        fake.bot_channels |= {GENERAL, ELSEWHERE, MODLOG}
        async with Database.open(tmp_path / "data" / "bot.sqlite3") as database:
            await database.workspace_settings.update(
                TEAM, cooldown_seconds=0, moderator_user_ids=frozenset({world.moderator})
            )
        try:
            yield world
        finally:
            await world.stop_bot()


@pytest.fixture
async def slack_world(tmp_path: Path) -> AsyncIterator[SlackWorld]:
    async with world_in(tmp_path) as world:
        try:
            yield world
        finally:
            await world.stop_bot()
            print("\n".join(world.output))  # the bot's log, shown when a test fails
    fake = world.fake
    assert not fake.server_errors, f"the fake Slack itself failed: {fake.server_errors}"
    twice = [envelope for envelope, count in fake.ack_counts.items() if count > 1]
    assert not twice, f"envelopes acknowledged more than once: {twice}"
