"""A member asks in Slack: a mention answered in a thread, /ask in the channel, the shortcut,
follow-ups in the bot's thread, and the buttons under an answer."""

from __future__ import annotations

from tests.slack.slackworld import (
    GARCIA,
    GENERAL,
    PARAGRAPH_13,
    SlackWorld,
    buttons,
    shown,
    slack_world,
    text_of,
)

__all__ = ["slack_world"]


async def test_a_mention_is_answered_in_a_thread_with_quote_speaker_and_citation(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.mention(world.member, GARCIA)
    await world.fake.acked(asked.envelope_id)
    answer = await world.answer(asked, channel=GENERAL)
    assert answer.body["thread_ts"] == asked.ts  # in a thread under the question
    assert answer.body["unfurl_links"] in ("0", "false", "False", False)
    assert answer.body["unfurl_media"] in ("0", "false", "False", False)
    assert "link_names" not in answer.body and "parse" not in answer.body
    text = text_of(answer)
    assert PARAGRAPH_13 in shown(text)
    assert "Quoting *Nayib Bukele*" in text
    assert "*Garcia*" in text  # a matched word, marked
    assert "bukele-white-house, paragraph 13" in text
    assert buttons(answer) == [
        "storybot:context",
        "storybot:vote:up",
        "storybot:vote:down",
        "storybot:misquote",
    ]
    assert len(answer.blocks) <= 50
