"""A member asks in Slack: a mention answered in a thread, /ask in the channel, the shortcut,
follow-ups in the bot's thread, and the buttons under an answer."""

from __future__ import annotations

import json

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


async def test_ask_answers_in_the_channel_and_problems_only_to_the_asker(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.slash(world.member, "/ask", GARCIA)
    ack = await world.fake.acked(asked.envelope_id)
    assert ack == {"envelope_id": asked.envelope_id}
    answer = await world.answer(asked, channel=GENERAL)
    assert "thread_ts" not in answer.body  # in the channel, for everyone
    assert PARAGRAPH_13 in shown(text_of(answer))

    empty = await world.slash(world.member, "/ask", "   ")
    notice = await world.response(empty)
    assert notice.body["response_type"] == "ephemeral"
    assert "Ask what?" in text_of(notice)

    # A channel the bot was not invited to: the answer still reaches the channel.
    outside = await world.slash(world.member, "/ask", GARCIA, channel="C0NOTJOINED")
    fallback = await world.response(outside)
    assert fallback.body["response_type"] == "in_channel"
    assert PARAGRAPH_13 in shown(text_of(fallback))


async def test_the_shortcut_asks_the_message_and_answers_in_its_thread(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.shortcut(world.moderator, "what did Bukele say about Garcia")
    answer = await world.answer(asked)
    assert answer.body["thread_ts"] == asked.ts
    assert PARAGRAPH_13 in shown(text_of(answer))


async def test_follow_ups_in_the_bots_thread_are_read_against_earlier_turns(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    asked = await world.mention(world.member, GARCIA)
    first = await world.answer(asked)
    assert asked.ts is not None
    # No mention: a message in the thread the bot answered in is a follow-up.
    follow = await world.post(world.member, "what else did he say?", thread_ts=asked.ts)
    second = await world.answer(follow)
    assert second.body["thread_ts"] == asked.ts
    assert "Quoting *Nayib Bukele*" in text_of(second)  # "he" is Bukele, from the first turn
    shown_first = {p for p in text_of(first).split("\n") if "paragraph" in p}
    shown_second = {p for p in text_of(second).split("\n") if "paragraph" in p}
    assert shown_second - shown_first  # something new, not the same passages again
    # A message in a thread the bot never answered in is left alone.
    other = await world.post(world.member, "what else did he say?", thread_ts="1699999999.1")
    await world.fake.acked(other.envelope_id)
    marker = await world.slash(world.member, "/ask", "")  # a later request to wait for
    await world.response(marker)
    assert not [r for r in world.fake.calls("chat.postMessage", other.start)]


async def test_buttons_more_context_votes_and_a_misquote_report(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    setup = await world.slash(world.admin, "/botconfig", "log-channel <#C0MODLOG|mod-log>")
    assert "Misquote reports now go to <#C0MODLOG>" in text_of(await world.response(setup))
    answer = await world.answer(await world.mention(world.member, GARCIA))

    context = await world.click(world.member, answer, "storybot:context")
    more = await world.response(context)
    assert more.body["response_type"] == "ephemeral" and more.body["replace_original"] is False
    # his own words first (¶14), the paragraph relaying them (¶13) beside
    assert "Paragraph 14* (the one quoted)" in text_of(more)
    assert "Paragraph 13" in text_of(more) and "Paragraph 15" in text_of(more)

    up = await world.response(await world.click(world.member, answer, "storybot:vote:up"))
    assert "Thanks for the 👍. This answer has 1 👍 and 0 👎." in text_of(up)
    again = await world.response(await world.click(world.member, answer, "storybot:vote:up"))
    assert "You had already voted 👍. This answer has 1 👍 and 0 👎." in text_of(again)
    down = await world.response(await world.click(world.moderator, answer, "storybot:vote:down"))
    assert "This answer has 1 👍 and 1 👎." in text_of(down)

    report = await world.click(world.member, answer, "storybot:misquote")
    opened = await world.fake.next_call("views.open", report.start)
    view = opened.body["view"]  # views.open is sent as JSON
    view = json.loads(view) if isinstance(view, str) else view
    assert view["callback_id"] == "storybot:misquote"
    options = view["blocks"][0]["element"]["options"]
    assert all(len(o["text"]["text"]) <= 75 for o in options)
    chosen = options[0]
    submitted = await world.submit(
        world.member,
        view,
        {
            "passage": {"passage": {"type": "static_select", "selected_option": chosen}},
            "note": {"note": {"type": "plain_text_input", "value": "Not <!channel> his words"}},
        },
    )
    posted = await world.answer(submitted, channel="C0MODLOG")
    text = text_of(posted)
    assert "Misquote reported* by reader" in text
    assert "Not &lt;!channel&gt; his words" in text
    assert "<@" not in text  # the reporter is named, not mentioned
    thanks = await world.ephemeral(submitted, user=world.member)
    assert "the moderators have your report" in text_of(thanks)
    stats = await world.response(await world.slash(world.moderator, "/stats"))
    assert "Misquote reports: 1." in text_of(stats)  # stored, and counted for moderators
    assert "bukele-white-house ¶14: what did Bukele say about Garcia?" in text_of(stats)


async def test_buttons_keep_working_after_a_restart(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    answer = await world.answer(await world.mention(world.member, GARCIA))
    up = await world.response(await world.click(world.member, answer, "storybot:vote:up"))
    assert "This answer has 1 👍 and 0 👎." in text_of(up)  # stored: the vote found it
    await world.stop_bot()
    await world.start_bot()
    down = await world.response(await world.click(world.member, answer, "storybot:vote:down"))
    assert "Thanks for the 👎. This answer has 0 👍 and 1 👎." in text_of(down)
    more = await world.response(await world.click(world.moderator, answer, "storybot:context"))
    assert "Paragraph 14* (the one quoted)" in text_of(more)
    gone = await world.click(world.member, answer, "storybot:context", value="C0/unknown")
    assert "I no longer have that answer" in text_of(await world.response(gone))


async def test_a_member_cannot_use_moderator_or_operator_commands(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    for command in ("/stats", "/botconfig", "/reindex"):
        refused = await world.response(await world.slash(world.member, command))
        assert refused.body["response_type"] == "ephemeral"
        assert "Only " in text_of(refused), command


async def test_a_reply_in_the_thread_of_an_ask_answer_is_a_follow_up(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    answer = await world.answer(await world.slash(world.member, "/ask", GARCIA))
    answer_ts = answer.response["ts"]
    follow = await world.post(world.moderator, "what else did he say?", thread_ts=answer_ts)
    reply = await world.answer(follow)
    assert reply.body["thread_ts"] == answer_ts
    assert "Quoting *Nayib Bukele*" in text_of(reply)  # "he", read from the first turn


async def test_closest_passages_are_labelled_and_a_refusal_says_what_the_story_covers(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    closest = await world.answer(await world.mention(world.member, "how big is the prison?"))
    blocks = closest.blocks
    assert blocks[1]["text"]["text"] == (
        "_The story may not answer that directly; the closest it comes:_"
    )
    assert "storybot:misquote" in buttons(closest)
    refusal = await world.answer(await world.mention(world.member, "what is CECOT?"))
    text = text_of(refusal)
    assert "Ask about what it covers in other words, or try `/quotes`" in text
    assert buttons(refusal) == ["storybot:vote:up", "storybot:vote:down"]


async def test_a_direct_message_gets_a_pointer_once_a_minute(slack_world: SlackWorld) -> None:
    world = slack_world
    world.fake.bot_channels.add("D0MEMBER")
    await world.start_bot()
    first = await world.post_direct(world.member, GARCIA)
    pointer = await world.answer(first, channel="D0MEMBER")
    assert "use `/ask` or mention me in a channel" in text_of(pointer)
    second = await world.post_direct(world.member, "and again?")
    await world.response(await world.slash(world.member, "/story"))  # handled after it
    assert not world.fake.calls("chat.postMessage", second.start)


async def test_who_wrote_the_story_is_answered_from_its_byline(slack_world: SlackWorld) -> None:
    """What the story's details say, then its byline line; no link known: said so, and no
    buttons for passages it has none of."""
    world = slack_world
    await world.start_bot()
    asked = await world.slash(world.member, "/ask", "who wrote this article?")
    answer = await world.answer(asked, channel=GENERAL)
    text = shown(text_of(answer))
    assert "No author is named; Mabinty Quarshie contributed to the story." in text
    assert "Mabinty Quarshie contributed to this story" in text
    assert "bukele-white-house, paragraph 32" in text

    link = await world.slash(world.member, "/ask", "wheres the link")
    answer = await world.answer(link, channel=GENERAL)
    assert "There is no link to it in the story's details." in shown(text_of(answer))
    assert buttons(answer) == ["storybot:vote:up", "storybot:vote:down"]

    gist = await world.slash(world.member, "/ask", "what's this article about?")
    answer = await world.answer(gist, channel=GENERAL)
    text = shown(text_of(answer))
    assert "What it is about, in its opening paragraphs:" in text
    assert "The long-running friendship between MAGA World and Salvadoran President" in text
    assert "bukele-white-house, paragraph 2" in text


async def test_words_the_story_only_reports_are_never_shown_as_a_quotation(
    slack_world: SlackWorld,
) -> None:
    """¶25 tells what Stephen Miller said without quotation marks; ¶16 quotes Trump and reports
    Pam Bondi. Neither's reported words are set in quotation marks as theirs."""
    world = slack_world
    await world.start_bot()
    asked = await world.slash(world.member, "/ask", "what did stephen miller say about the cost")
    text = text_of(await world.answer(asked, channel=GENERAL))
    assert "Reporting what *Stephen Miller* said" in text
    assert "Quoting *Stephen Miller*" not in text
    asked = await world.slash(world.member, "/ask", "what did bondi say about the court ruling")
    text = shown(text_of(await world.answer(asked, channel=GENERAL)))
    assert "“These are sick people” — Donald Trump" in text
    assert "over a foreign country — Pam Bondi (reported, not quoted)" in text
    assert "“it did not compel them" not in text


async def test_the_notification_text_sets_the_answer_apart_from_the_question(
    slack_world: SlackWorld,
) -> None:
    """What a notification or a screen reader shows of an answer (the message's `text`): the
    question, then a dash, then the answer (before: "question?: answer")."""
    world = slack_world
    await world.start_bot()
    asked = await world.mention(world.member, GARCIA)
    answer = await world.answer(asked, channel=GENERAL)
    notification = str(answer.body["text"])
    assert notification.startswith(f"{GARCIA} — ")
    assert "?:" not in notification
    refused = await world.answer(await world.mention(world.member, "what did Obama say?"))
    assert str(refused.body["text"]) == "what did Obama say? — The story doesn't quote Obama."
