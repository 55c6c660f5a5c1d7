"""The buttons: under answers (context, votes, misquote; also after a restart) and pages."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest

from bot.errors import StorageError
from tests.discord.botworld import (
    GARCIA,
    PARAGRAPH_13,
    BotWorld,
    assert_nothing_pings,
    bot_world,
    button,
    plain,
    reply_text,
)
from tests.fakediscord import Message, Reply, running

__all__ = ["bot_world"]


# The passage shown first for GARCIA: Bukele's own words, the one relaying them (PARAGRAPH_13)
# beside it
PARAGRAPH_14 = (
    "“How can I smuggle a terrorist into the United States?” Bukele said, adding that he "
    "wouldn’t release him from prison either. “I don’t have the power to return him to the "
    "United States.”"
)


async def _answer(world: BotWorld) -> Message:
    return await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))


async def test_more_context_shows_the_neighbouring_paragraphs_privately(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    answer = await _answer(world)
    click = await world.fake.click(world.moderator, answer, button(answer, "context"))
    reply = await click.callback()
    assert reply.ephemeral
    first = reply.embeds[0]["description"]
    assert "**Paragraph 13**" in first and "**Paragraph 15**" in first
    assert "**Paragraph 14** (the one quoted)" in first
    assert PARAGRAPH_14 in plain(first) and PARAGRAPH_13 in plain(first)


async def test_one_vote_per_person_and_answer(bot_world: BotWorld) -> None:
    world = bot_world
    answer = await _answer(world)
    up, down = button(answer, "vote:up"), button(answer, "vote:down")
    texts = []
    for who, custom_id in [
        (world.member, up),
        (world.member, up),
        (world.admin, up),
        (world.member, down),
    ]:
        reply = await (await world.fake.click(who, answer, custom_id)).callback()
        assert reply.ephemeral
        texts.append(reply_text(reply))
    assert texts == [
        "Thanks for the 👍. This answer has 1 👍 and 0 👎.",
        "You had already voted 👍. This answer has 1 👍 and 0 👎.",
        "Thanks for the 👍. This answer has 2 👍 and 0 👎.",
        "Thanks for the 👎. This answer has 1 👍 and 1 👎.",
    ]


async def _report_first_passage(world: BotWorld, answer: Message) -> Reply:
    """Click "Report misquote" under `answer` and pick its first passage; the bot's reply."""
    click = await world.fake.click(world.member, answer, button(answer, "misquote"))
    first = await click.callback()
    assert first.ephemeral
    if first.callback_type == 5:  # the answer showed one passage: reported at once
        return await click.wait_for("edit_original")
    assert "Which passage" in (first.content or "")  # several: the member picks one first
    chooser = click.original
    assert chooser is not None
    [select_id] = chooser.custom_ids
    chosen = await world.fake.select(world.member, chooser, select_id, ["0"])
    return await chosen.callback()


async def test_a_misquote_report_reaches_the_log_channel_and_is_stored(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    setting = await world.slash(world.moderator, "botconfig log-channel", {"channel": world.log})
    assert f"<#{world.log.id}>" in reply_text(await setting.callback())
    answer = await _answer(world)
    done = await _report_first_passage(world, answer)
    assert "moderators have your report" in reply_text(done)

    posted = await world.fake.wait_for_message(world.log)
    [embed] = posted.embeds
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Question"] == GARCIA
    assert PARAGRAPH_14 in plain(fields["bukele-white-house, paragraph 14"])
    assert world.member.mention in embed["description"]
    [report] = await world.database.misquotes.recent(guild_id=world.guild.id)
    assert (report.paragraph, report.passage_text, report.question) == (14, PARAGRAPH_14, GARCIA)
    assert report.user_id == world.member.id and report.answer_message_id == answer.id
    assert_nothing_pings(world.fake)


async def test_buttons_work_after_a_restart(bot_world: BotWorld) -> None:
    world = bot_world
    answer = await _answer(world)
    await world.bot.close()
    async with running(world.new_bot()):
        vote = await world.fake.click(world.member, answer, button(answer, "vote:down"))
        assert reply_text(await vote.callback()).startswith("Thanks for the 👎.")
        more = await world.fake.click(world.member, answer, button(answer, "context"))
        assert "(the one quoted)" in reply_text(await more.callback())
    assert (await world.database.votes.counts(answer.id)).down == 1


async def test_quotes_are_paged_and_only_the_invoker_turns_pages(bot_world: BotWorld) -> None:
    world = bot_world
    exchange = await world.slash(world.member, "quotes", {"speaker": "Nayib Bukele"})
    first = await exchange.callback()
    assert first.embeds[0]["title"] == "Quotes from Nayib Bukele"
    assert "**Nayib Bukele**" in first.embeds[0]["description"]
    footer = first.embeds[0]["footer"]["text"]
    assert footer.startswith("Page 1 of ")
    message = exchange.original
    assert message is not None
    next_id = next(c for c in message.custom_ids if c != message.custom_ids[0])

    refused = await (await world.fake.click(world.admin, message, next_id)).callback()
    assert refused.ephemeral and "person who opened this" in reply_text(refused)
    turned = await (await world.fake.click(world.member, message, next_id)).callback()
    assert turned.callback_type == 7
    assert turned.embeds[0]["footer"]["text"].startswith("Page 2 of ")


async def test_answers_past_retention_are_forgotten_and_their_buttons_say_so(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    answer = await _answer(world)
    assert await world.database.answers.get(answer.id) is not None
    assert await world.bot.prune_old_answers() == 0  # a fresh answer is kept
    later = world.bot.clock() + dt.timedelta(days=world.settings.discord.answer_retention_days + 1)
    world.bot.clock = lambda: later
    assert await world.bot.prune_old_answers() >= 1
    assert await world.database.answers.get(answer.id) is None
    click = await world.fake.click(world.member, answer, button(answer, "context"))
    reply = await click.callback()
    assert reply.ephemeral
    assert "I no longer have that answer; please ask again." in reply_text(reply)


async def test_a_storage_failure_on_a_vote_gives_a_plain_notice_without_paths(
    bot_world: BotWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world
    answer = await _answer(world)

    async def disk_full(*args: object, **kwargs: object) -> bool:
        raise StorageError(f"The disk holding {world.database.path} is full.")

    monkeypatch.setattr(world.database.votes, "cast", disk_full)
    click = await world.fake.click(world.member, answer, button(answer, "vote:up"))
    text = reply_text(await click.callback())
    assert "my storage is having trouble" in text
    assert str(world.database.path) not in text


def _slow_answer_store(world: BotWorld, monkeypatch: pytest.MonkeyPatch, delay: float) -> None:
    """The database takes `delay` s to store each answer (a busy disk, a long checkpoint)."""
    save = world.database.answers.save

    async def slow_save(*args: Any, **kwargs: Any) -> None:
        await asyncio.sleep(delay)
        await save(*args, **kwargs)

    monkeypatch.setattr(world.database.answers, "save", slow_save)


async def test_a_click_before_the_answer_is_stored_waits_for_it(
    bot_world: BotWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world
    _slow_answer_store(world, monkeypatch, 0.5)
    exchange = await world.slash(world.member, "ask", {"question": GARCIA})
    await exchange.wait_for(predicate=lambda r: bool(r.components), timeout=5)
    answer = exchange.original
    assert answer is not None
    assert await world.database.answers.get(answer.id) is None  # the buttons came first
    click = await world.fake.click(world.member, answer, button(answer, "context"))
    assert "(the one quoted)" in reply_text(await click.callback())


async def test_a_reply_before_the_answer_is_stored_is_still_a_follow_up(
    bot_world: BotWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = bot_world
    _slow_answer_store(world, monkeypatch, 0.5)
    asked = await world.mention(world.member, GARCIA)
    first = (await asked.wait_for("message")).message
    assert first is not None and first.components
    await asyncio.sleep(0.05)  # no person replies within the bot's own round trip
    assert await world.database.answers.get(first.id) is None
    follow = await world.mention(world.member, "what else did he say?", reference=first)
    text = reply_text(await follow.wait_for("message"))
    assert "Nayib Bukele" in text and "can't tell who you mean" not in text


async def test_buttons_sent_by_the_first_release_still_work(bot_world: BotWorld) -> None:
    """Answers sent before the buttons named what asked: theirs name the answer message."""
    world = bot_world
    answer = await _answer(world)
    stored = await world.stored(answer.id)
    await world.database.answers.save(stored.model_copy(update={"asked_id": None}))
    # The message as the first release left it: its buttons named after itself.
    components = json.dumps(answer.components).replace(f':{stored.asked_id}"', f':{answer.id}"')
    answer.components = json.loads(components)
    assert button(answer, "vote:up") == f"storybot:vote:up:{answer.id}"
    vote = await world.fake.click(world.member, answer, button(answer, "vote:up"))
    assert reply_text(await vote.callback()).startswith("Thanks for the 👍.")
    more = await world.fake.click(world.member, answer, button(answer, "context"))
    assert "(the one quoted)" in reply_text(await more.callback())
    assert (await world.database.votes.counts(answer.id)).up == 1


async def test_a_misquote_report_quotes_the_passage_as_the_member_saw_it(
    bot_world: BotWorld,
) -> None:
    """The story is fixed and reindexed between the answer and the report."""
    world = bot_world
    answer = await _answer(world)
    [story] = world.corpus.glob("*.txt")
    story.write_text(
        story.read_text(encoding="utf-8").replace("smuggle a terrorist", "sneak a terrorist"),
        encoding="utf-8",
    )
    await world.service.reindex()
    assert "moderators" in reply_text(await _report_first_passage(world, answer))
    [report] = await world.database.misquotes.recent(guild_id=world.guild.id)
    assert (report.paragraph, report.passage_text) == (14, PARAGRAPH_14)
