"""Nothing the bot posts in Slack can notify anyone or link anywhere it should not: every
special sequence in a story or a question is escaped and shown as text."""

from __future__ import annotations

import re
from typing import Any

from bot.engine.corpus import story_file_text
from tests.slack.slackworld import SlackWorld, shown, slack_world, text_of

__all__ = ["slack_world"]

SPECIALS = (
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S0MODS>",
    "<@U0ADMIN>",
    "<#C0GENERAL>",
    "<https://evil.example|read this>",
    "<mailto:x@evil.example>",
)
PARAGRAPH = (
    "“Tell <!channel> and <!here> and <!everyone> and <!subteam^S0MODS> that <@U0ADMIN> "
    "wants everyone in <#C0GENERAL> to <https://evil.example|read this> & "
    "<mailto:x@evil.example> &amp; nothing else,” Mallory Hacker said about the broadcast."
)
# Control sequences as Slack reads them: <!...>, <@...>, <#...>, <url|label>.
CONTROL = re.compile(r"<[!@#]|<(https?|mailto):")


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []


def _sent_by_the_bot(world: SlackWorld) -> list[str]:
    methods = ("chat.postMessage", "chat.postEphemeral", "respond", "views.open")
    sent = [r for r in world.fake.requests if r.method in methods]
    assert sent
    return [s for r in sent for s in _strings({**r.body, "blocks": r.blocks})]


async def test_story_and_question_text_is_escaped_never_a_mention_or_link(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    (world.corpus / "hostile.txt").write_text(
        story_file_text(
            {
                "id": "hostile",
                "title": "<!here> Breaking & <b>news</b>",
                "url": "https://example.com/story?a=1&b=2",
            },
            PARAGRAPH + "\n",
        ),
        encoding="utf-8",
    )
    await world.start_bot()
    asked = await world.mention(world.member, "what did Mallory Hacker say about the broadcast?")
    answer = await world.answer(asked)
    text = text_of(answer)
    for special in SPECIALS:
        escaped = special.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert escaped in text, special
    assert "&amp;amp; nothing else" in text  # a story's own "&amp;" is shown as typed
    assert PARAGRAPH in shown(text)  # verbatim once Slack has decoded the entities
    assert "&lt;!here&gt; Breaking &amp; &lt;b&gt;news&lt;/b&gt;" in text  # the title
    assert "<https://example.com/story?a=1&amp;b=2|link>" in text  # the story's own link

    hostile_question = "what did <!channel> <@U0ADMIN> say in <#C0GENERAL> & <https://x.example|y>?"
    asked = await world.slash(world.member, "/ask", hostile_question)
    reply = await world.answer(asked)
    assert "what did &lt;!channel&gt; &lt;@U0ADMIN&gt; say in &lt;#C0GENERAL&gt; &amp; " in (
        text_of(reply)
    )
    await world.fake.acked((await world.mention(world.member, hostile_question)).envelope_id)
    in_thread = await world.fake.wait_for(
        lambda: len(world.fake.calls("chat.postMessage", asked.start)) >= 2
    )
    assert in_thread

    for sent in _sent_by_the_bot(world):
        # The only control sequence the bot writes is the story's own link.
        assert not CONTROL.search(sent.replace("<https://example.com/story?a=1&amp;b=2|", "")), sent
    for request in world.fake.calls("chat.postMessage"):
        assert request.body.get("unfurl_links") in ("0", "false", "False", False)
        assert "link_names" not in request.body and "parse" not in request.body
