"""The HTTP Events API mode: Slack's signed requests are answered; unsigned ones refused."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import time

import aiohttp

from tests.slack.slackworld import GARCIA, PARAGRAPH_13, SlackWorld, shown, slack_world, text_of

__all__ = ["slack_world"]

SECRET = "signing-secret-for-tests"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _signed(body: str, secret: str = SECRET) -> dict[str, str]:
    stamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256)
    return {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": "v0=" + digest.hexdigest(),
    }


async def test_http_mode_answers_signed_events_and_refuses_others(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    port = _free_port()
    with world.config.open("a", encoding="utf-8") as config:
        config.write(f'mode = "http"\nhttp_host = "127.0.0.1"\nhttp_port = {port}\n')
    text = world.config.read_text(encoding="utf-8")
    # The keys above must land in [slack], the config's last section.
    assert text.rindex("[slack]") > text.rindex("[storage]")
    await world.start_bot(env={"SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": ""}, wait=False)
    await world.logged("listening to Slack's Events API")
    ts = world.fake.new_ts()
    event = {
        "type": "app_mention", "user": world.member, "text": f"<@UBOT> {GARCIA}",
        "channel": "C0GENERAL", "ts": ts, "event_ts": ts,
    }  # fmt: skip
    body = json.dumps(world._event(event, "EvHTTP1"))
    url = f"http://127.0.0.1:{port}/slack/events"
    start = len(world.fake.requests)
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, headers=_signed(body, "wrong-secret")) as refused:
            assert refused.status == 401
        async with session.post(url, data=body, headers=_signed(body)) as accepted:
            assert accepted.status == 200
    answer = await world.fake.next_call("chat.postMessage", start, thread_ts=ts)
    assert PARAGRAPH_13 in shown(text_of(answer))
    assert len(world.fake.calls("chat.postMessage", start)) == 1  # the refused one: nothing
