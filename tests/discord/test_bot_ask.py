"""Members asking: /ask, mentions, follow-ups, the context menu, cooldowns, and no pings."""

from __future__ import annotations

import pytest

from bot.discord.cogs.ask import slash as ask_cog
from tests.discord.botworld import (
    GARCIA,
    PARAGRAPH_13,
    BotWorld,
    assert_nothing_pings,
    bot_world,
    plain,
    reply_text,
)

__all__ = ["bot_world"]


async def test_a_member_asks_and_gets_the_quote_with_speaker_and_citation(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    exchange = await world.slash(world.member, "ask", {"question": GARCIA})
    callback = await exchange.callback()
    assert callback.callback_type == 4 and not callback.ephemeral
    [embed] = callback.embeds
    description = embed["description"]
    assert PARAGRAPH_13 in plain(description)
    assert "Quoting **Nayib Bukele**" in description
    assert "bukele-white-house, paragraph 13" in description
    assert embed["title"] == GARCIA
    # The buttons come with the answer, in the one request, named by the interaction.
    assert callback.components
    message = await world.answer_of(exchange)
    assert message.custom_ids == [
        f"storybot:context:{exchange.interaction_id}",
        f"storybot:vote:up:{exchange.interaction_id}",
        f"storybot:vote:down:{exchange.interaction_id}",
        f"storybot:misquote:{exchange.interaction_id}",
    ]
    assert [r.kind for r in exchange.replies] == ["callback"]
    stats = await world.database.query_log.stats(guild_id=world.guild.id)
    assert (stats.total, stats.answered) == (1, 1)
    assert_nothing_pings(world.fake)


async def test_an_abstention_says_what_the_story_covers_and_is_logged(bot_world: BotWorld) -> None:
    world = bot_world
    exchange = await world.slash(world.member, "ask", {"question": "what did Obama say?"})
    text = reply_text(await exchange.callback())
    assert "The story quotes" in text and "Nayib Bukele" in text
    # Bondi's and Miller's words are only reported: the story does not quote them
    assert "and Nayib Bukele; it reports what Pam Bondi and Stephen Miller said." in text
    await world.answer_of(exchange)  # logged once the answer is sent, before the buttons
    stats = await world.database.query_log.stats(guild_id=world.guild.id)
    [entry] = stats.recent_unanswered
    assert (entry.source, entry.channel_id, entry.user_id) == (
        "discord",
        world.general.id,
        world.member.id,
    )


async def test_mentions_are_answered_in_allowed_channels_only(bot_world: BotWorld) -> None:
    world = bot_world
    await world.database.guild_settings.update(
        world.guild.id, allowed_channel_ids=frozenset({world.general.id})
    )
    asked = await world.mention(world.member, GARCIA)
    reply = await asked.wait_for("message")
    assert int(reply.body["message_reference"]["message_id"]) == asked.message.id
    assert PARAGRAPH_13 in plain(reply_text(reply))
    assert "**Nayib Bukele**" in reply_text(reply)
    answer = reply.message
    assert answer is not None
    await world.fake.wait_until(lambda: bool(world.fake.messages[answer.id].components))

    ignored = await world.mention(world.member, GARCIA, channel=world.elsewhere)
    assert await ignored.settle(0.3) == []
    refused = await world.slash(world.member, "ask", {"question": GARCIA}, channel=world.elsewhere)
    note = await refused.callback()
    assert note.ephemeral
    assert f"<#{world.general.id}>" in reply_text(note)
    assert_nothing_pings(world.fake)


async def test_a_reply_to_an_answer_is_read_as_a_follow_up(bot_world: BotWorld) -> None:
    world = bot_world
    asked = await world.mention(world.member, GARCIA)
    _, first = await world.replied(asked)

    # Without the conversation, "he" means nobody; with it, it is Bukele.
    follow = await world.mention(world.member, "what else did he say?", reference=first)
    reply, second = await world.replied(follow)
    assert int(reply.body["message_reference"]["message_id"]) == follow.message.id
    text = reply_text(reply)
    assert "Nayib Bukele" in text and "can't tell who you mean" not in text
    turns = await world.database.conversations.last(second.id, 5)
    assert [t.question for t in turns] == [GARCIA, "what else did he say?"]
    assert turns[0].asked_speaker_id == "nayib-bukele"

    # A thread started from the answer continues the same conversation, without a mention.
    thread = world.fake.add_thread(world.general, "garcia", message=first)
    in_thread = await world.fake.send_message(thread, world.member, "what else did he say?")
    reply = await in_thread.wait_for("message")
    assert "Nayib Bukele" in reply_text(reply)
    assert reply.message is not None and reply.message.channel is thread


async def test_the_context_menu_asks_the_selected_message(bot_world: BotWorld) -> None:
    world = bot_world
    posted = await world.fake.send_message(world.general, world.member, GARCIA)
    assert posted.message is not None
    exchange = await world.fake.context_menu(world.moderator, posted.message, "Ask the story")
    callback = await exchange.callback()
    assert PARAGRAPH_13 in plain(reply_text(callback))
    await world.answer_of(exchange)


async def test_a_cooldown_set_by_a_moderator_slows_a_member(bot_world: BotWorld) -> None:
    world = bot_world
    set_it = await world.slash(world.moderator, "botconfig cooldown", {"seconds": 60, "burst": 1})
    assert "60 s" in reply_text(await set_it.callback())
    first = await world.slash(world.member, "ask", {"question": GARCIA})
    assert not (await first.callback()).ephemeral
    second = await world.slash(world.member, "ask", {"question": "what did Trump say?"})
    slowed = await second.callback()
    assert slowed.ephemeral
    assert "please wait" in reply_text(slowed)
    other = await world.slash(world.admin, "ask", {"question": GARCIA})
    assert not (await other.callback()).ephemeral


async def test_nothing_the_bot_sends_can_ping(bot_world: BotWorld) -> None:
    world = bot_world
    story = (
        '+++\nid = "pings"\ntitle = "@everyone <@&1>"\n+++\n\n'
        "The mayor told @everyone and <@123> that the bridge <#1> would open on Friday, "
        "\u201cwhether @here likes it or not,\u201d she said.\n"
    )
    (world.corpus / "pings.txt").write_text(story, encoding="utf-8")
    await world.service.reindex()
    question = "@everyone <@123> when will the bridge open?"
    exchange = await world.slash(world.member, "ask", {"question": question})
    callback = await exchange.callback()
    text = reply_text(callback)
    assert "\\@everyone" in text and "\\<\\@123\\>" in text
    assert "the bridge" in plain(text)
    await world.answer_of(exchange)
    mention = await world.mention(world.member, question)
    await world.replied(mention)
    assert assert_nothing_pings(world.fake) >= 2  # the /ask answer and the reply


async def test_a_slow_answer_is_deferred_then_edited_in(
    bot_world: BotWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world
    monkeypatch.setattr(ask_cog, "DEFER_AFTER", 0)  # as if retrieval took longer than 1.5 s
    exchange = await world.slash(world.member, "ask", {"question": GARCIA})
    assert (await exchange.callback()).callback_type == 5
    edited = await exchange.wait_for("edit_original")
    assert PARAGRAPH_13 in plain(reply_text(edited))
    assert edited.components  # the buttons come with the answer edited in
    message = await world.answer_of(exchange)
    assert f"storybot:vote:up:{exchange.interaction_id}" in message.custom_ids


async def test_a_direct_message_is_pointed_to_the_servers(bot_world: BotWorld) -> None:
    world = bot_world
    dm = world.fake.dm_channel(world.member.user)
    exchange = await world.fake.send_message(dm, world.member, GARCIA)
    reply = await exchange.wait_for("message")
    text = reply_text(reply)
    assert "in servers" in text and "/ask" in text
    assert PARAGRAPH_13 not in plain(text)  # no answer outside the servers' channels
    assert (await world.database.query_log.stats(guild_id=world.guild.id)).total == 0
    assert_nothing_pings(world.fake)


async def test_who_wrote_the_story_is_answered_from_its_byline(bot_world: BotWorld) -> None:
    """Not a passage that happens to share a word: what the story's details say, and its
    byline line quoted; where they say nothing (no link), that, with nothing to report."""
    world = bot_world
    exchange = await world.slash(world.member, "ask", {"question": "who's the author?"})
    [embed] = (await exchange.callback()).embeds
    text = plain(embed["description"])
    assert text.startswith(
        "About the story bukele-white-house:\n"
        "No author is named; Mabinty Quarshie contributed to the story."
    )
    assert "Mabinty Quarshie contributed to this story" in text
    assert "bukele-white-house, paragraph 32" in text
    assert text.count("paragraph") == 1

    link = await world.slash(world.member, "ask", {"question": "where's the link to the article"})
    [embed] = (await link.callback()).embeds
    assert plain(embed["description"]) == (
        "About the story bukele-white-house:\nThere is no link to it in the story's details."
    )
    assert "footer" not in embed  # no quotation, so no "Quoted word for word"
    message = await world.answer_of(link)
    assert message.custom_ids == [
        f"storybot:vote:up:{link.interaction_id}",
        f"storybot:vote:down:{link.interaction_id}",
    ]


async def test_what_the_story_is_about_and_whom_it_quotes(bot_world: BotWorld) -> None:
    """ "tldr": its opening paragraphs, verbatim and cited; "who is quoted": the names, no
    passage (before: a refusal, and a passage given as if it answered)."""
    world = bot_world
    exchange = await world.slash(world.member, "ask", {"question": "tldr"})
    [embed] = (await exchange.callback()).embeds
    text = plain(embed["description"])
    assert text.startswith(
        "About the story bukele-white-house:\nWhat it is about, in its opening paragraphs:"
    )
    assert "The long-running friendship between MAGA World and Salvadoran President" in text
    assert "bukele-white-house, paragraph 1" in text
    assert "bukele-white-house, paragraph 2" in text

    quoted = await world.slash(world.member, "ask", {"question": "who is quoted in the story?"})
    [embed] = (await quoted.callback()).embeds
    assert plain(embed["description"]) == (
        "About the story bukele-white-house:\nIt quotes Gustavo Flores-Macias, Nayib Bukele, "
        "Donald Trump, Human Rights Watch and Karoline Leavitt; it reports what Pam Bondi and "
        "Stephen Miller said."
    )


async def test_asked_about_itself_the_bot_says_what_it_quotes_from(bot_world: BotWorld) -> None:
    """ "what are your sources" showed the closest passages as if they might answer; "how do
    you know this" was refused as having no words: both say what the bot reads and how it
    answers, with no passage and nothing to report; "help" says what to ask, and an empty
    mention still gets a hint."""
    world = bot_world
    asked = await world.mention(world.member, "what are your sources?")
    reply, _ = await world.replied(asked)
    [embed] = reply.embeds
    text = plain(embed["description"])
    assert text.startswith(
        "My source is the one story I have read: I answer only from it, quoting it word for "
        "word with who said each quotation.\nThe story:\n"
        "bukele-white-house (its details give no title, outlet, date or link)\n"
    )
    assert "`/story` lists every story and whom it quotes" in text
    assert "paragraph" not in text and "footer" not in embed  # no passage quoted
    assert "closest it comes" not in text

    known = await world.mention(world.member, "how do u know this")
    reply, _ = await world.replied(known)
    assert plain(reply_text(reply)).count("I'm a bot that knows only what the story says") == 1

    helped = await world.mention(world.member, "help")
    reply, _ = await world.replied(helped)
    assert "For example: “what did Nayib Bukele say?”" in plain(reply_text(reply))

    empty = await world.mention(world.member, "")
    hint = await empty.wait_for("message")
    assert "Ask me something about the story" in reply_text(hint)
    assert_nothing_pings(world.fake)
