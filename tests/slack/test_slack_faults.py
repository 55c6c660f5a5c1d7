"""Faults between the bot and Slack: redelivered events, Socket Mode asking to reconnect and
dropping the connection, rate limits, refused tokens; and the tokens never leave the headers."""

from __future__ import annotations

from tests.fakeslack import Fault
from tests.slack.slackworld import (
    APP_TOKEN,
    BOT_TOKEN,
    GARCIA,
    PARAGRAPH_13,
    SlackWorld,
    shown,
    slack_world,
    text_of,
)

__all__ = ["slack_world"]


async def _answers_to(world: SlackWorld, ts: str | None) -> int:
    """How many answers the bot posted in the thread of the member's message `ts`, once a
    later command has been answered (the bot handles envelopes in order of arrival)."""
    marker = await world.slash(world.member, "/story")
    await world.response(marker)
    return len([r for r in world.fake.calls("chat.postMessage") if r.body.get("thread_ts") == ts])


async def test_a_redelivered_event_is_answered_once(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.mention(world.member, GARCIA)
    await world.answer(asked)
    again = await world.redeliver(asked, world.member, GARCIA, attempt=1)
    assert await world.fake.acked(again) == {"envelope_id": again}  # acknowledged, not answered
    assert await _answers_to(world, asked.ts) == 1
    assert any("delivered again" in line for line in world.output)


async def test_a_disconnect_message_and_an_abrupt_close_lose_and_repeat_nothing(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    fake = world.fake
    await world.start_bot()
    before = fake.connections
    await fake.ask_to_reconnect()
    await fake.wait_for(lambda: fake.connections > before)
    asked = await world.mention(world.member, GARCIA)
    assert PARAGRAPH_13 in shown(text_of(await world.answer(asked)))
    assert await _answers_to(world, asked.ts) == 1

    # Dropped with no close handshake right after an event: the bot reconnects; Slack sends
    # the event again (it may not have seen the acknowledgement); it is answered once.
    before = fake.connections
    lost = await world.mention(world.member, "what did Trump say about Bukele?")
    await fake.drop_connection()
    await fake.wait_for(lambda: fake.connections > before, timeout=30)
    await world.redeliver(lost, world.member, "what did Trump say about Bukele?")
    await fake.wait_for(
        lambda: [r for r in fake.calls("chat.postMessage") if r.body.get("thread_ts") == lost.ts]
    )
    assert await _answers_to(world, lost.ts) == 1


async def test_a_rate_limit_is_waited_out(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    world.fake.faults.append(Fault("chat.postMessage", status=429, retry_after=1))
    asked = await world.mention(world.member, GARCIA)
    answer = await world.fake.wait_for(
        lambda: [r for r in world.fake.calls("chat.postMessage", asked.start) if r.response["ok"]]
    )
    assert len(answer) == 1 and PARAGRAPH_13 in shown(text_of(answer[0]))
    tries = world.fake.calls("chat.postMessage", asked.start)
    assert [r.response["ok"] for r in tries] == [False, True]
    assert not any("Traceback" in line for line in world.output)


async def test_a_refused_bot_token_is_one_clear_line_and_exit_code_1(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot(env={"SLACK_BOT_TOKEN": "xoxb-revoked-token"}, wait=False)
    assert await world.exit_code() == 1
    assert world.output[-1] == (
        "storybot: Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN"
    )
    assert not any("Traceback" in line or "revoked-token" in line for line in world.output)


async def test_a_refused_app_token_is_one_clear_line_and_exit_code_1(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot(env={"SLACK_APP_TOKEN": "xapp-revoked-token"}, wait=False)
    assert await world.exit_code() == 1
    assert world.output[-1] == (
        "storybot: Slack refused the app-level token (invalid_auth): check SLACK_APP_TOKEN"
    )
    assert not any("Traceback" in line or "revoked-token" in line for line in world.output)


async def test_a_missing_token_is_one_clear_line(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot(env={"SLACK_BOT_TOKEN": ""}, wait=False)
    assert await world.exit_code() == 1
    assert world.output == [
        "storybot: no Slack bot token: set SLACK_BOT_TOKEN, or name a file holding it in "
        "[slack] bot_token_file"
    ]


async def test_the_tokens_appear_in_no_log_line_reply_or_request_body(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    # The most talkative log: slack-sdk and bolt write requests and envelopes at DEBUG.
    with world.config.open("a", encoding="utf-8") as config:
        config.write('[logging]\nlevel = "DEBUG"\n')
    await world.start_bot()
    answer = await world.answer(await world.mention(world.member, GARCIA))
    await world.response(await world.click(world.member, answer, "storybot:context"))
    await world.response(await world.slash(world.moderator, "/stats"))
    await world.fake.ask_to_reconnect()
    await world.fake.wait_for(lambda: world.fake.connections > 1)
    await world.answer(await world.mention(world.member, "what did Trump say?"))
    await world.stop_bot()
    assert len(world.output) > 3
    for token in (BOT_TOKEN, APP_TOKEN):
        assert not [line for line in world.output if token in line]
        for request in world.fake.requests:
            assert token not in request.raw, request.method
            assert token not in str(request.body), request.method
    # The tokens travel only where Slack reads them: the Authorization header.
    auth = {r.headers.get("Authorization") for r in world.fake.requests if r.method != "respond"}
    assert auth == {f"Bearer {BOT_TOKEN}", f"Bearer {APP_TOKEN}"}


async def test_an_event_redelivered_after_a_restart_is_not_answered_again(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.mention(world.member, GARCIA)
    await world.answer(asked)
    await world.response(
        await world.click(world.member, await world.answer(asked), "storybot:vote:up")
    )
    await world.stop_bot()
    await world.start_bot()
    again = await world.redeliver(asked, world.member, GARCIA, attempt=2)
    await world.fake.acked(again)
    assert await _answers_to(world, asked.ts) == 1
    await world.logged("was answered before")


async def test_an_answer_slack_refuses_is_logged_and_the_asker_told(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    world.fake.faults.append(Fault("chat.postMessage", error="channel_is_archived"))
    asked = await world.mention(world.member, GARCIA)
    told = await world.ephemeral(asked, user=world.member)
    assert "could not deliver it: Slack answered `channel_is_archived`" in text_of(told)
    stats = await world.response(await world.slash(world.moderator, "/stats", "all"))
    assert "*1* questions, *1* answered" in text_of(stats)  # the question is in the log
