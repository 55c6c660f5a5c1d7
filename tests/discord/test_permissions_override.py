"""Permissions the bot checks itself. A guild can override the command permissions Discord is
given (`default_member_permissions` is only a default), so here every member can invoke every
command, and the payloads carry each person's real permissions: a plain member has neither
Manage Messages nor Administrator, a moderator has Manage Messages, an admin Administrator.
The bot's own check must refuse, with an ephemeral message, and change nothing: the database,
the corpus folder and the index stay as they were.

Also: one vote per person and answer (even when the clicks race), the owner-only buttons, and
two guilds whose moderators never read or change each other's settings or statistics.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.discord.botworld import GARCIA, BotWorld, bot_world, button, reply_text
from tests.fakediscord import Channel, Exchange, Guild, Member, Message
from tests.fakediscord.client import discord

__all__ = ["bot_world"]

REFUSED = "Only "
STORY = (
    '+++\nid = "bridge-opens"\ntitle = "The bridge opens"\noutlet = "Daily Planet"\n'
    'published = 2025-05-02\nurl = "https://example.org/bridge"\n+++\n\n'
    "The new bridge opened on Friday after six years of work.\n"
    "\u201cIt is the finest bridge in the county,\u201d Mayor Ada Lovelace said.\n"
)
MANAGE_MESSAGES = discord.Permissions(manage_messages=True).value
ADMINISTRATOR = discord.Permissions(administrator=True).value


def _state(world: BotWorld) -> tuple[list[str], dict[str, bytes], object]:
    """Everything a command could change: every database row, the corpus files, the index."""
    with sqlite3.connect(world.settings.storage.database) as db:
        rows = list(db.iterdump())
    files = {p.name: p.read_bytes() for p in sorted(world.corpus.iterdir())}
    return rows, files, world.service.build


def _guarded(world: BotWorld) -> list[tuple[str, dict[str, object], str]]:
    """(command, options, level needed) for every moderator and admin command, with options
    that would change something if they ran."""
    upload = world.fake.make_attachment("bridge.txt", STORY.encode())
    return [
        ("botconfig channels add", {"channel": world.elsewhere}, "moderator"),
        ("botconfig channels remove", {"channel": world.general}, "moderator"),
        ("botconfig channels list", {}, "moderator"),
        ("botconfig cooldown", {"seconds": 600}, "moderator"),
        ("botconfig log-channel", {"channel": world.log}, "moderator"),
        ("botconfig moderator-roles list", {}, "moderator"),
        ("stats", {"period": "all"}, "moderator"),
        ("botconfig moderator-roles add", {"role": world.mod_role}, "admin"),
        ("botconfig moderator-roles remove", {"role": world.mod_role}, "admin"),
        ("corpus list", {}, "admin"),
        ("corpus add", {"file": upload}, "admin"),
        ("corpus remove", {"story": "bukele-white-house"}, "admin"),
        ("reindex", {}, "admin"),
    ]


async def _refused(exchange: Exchange) -> str:
    reply = await exchange.callback()
    text = reply_text(reply)
    assert reply.ephemeral and text.startswith(REFUSED), text
    await exchange.settle(0.05)
    assert len(exchange.replies) == 1, exchange.replies  # nothing after the refusal
    return text


async def test_the_bot_refuses_every_guarded_command_whatever_discord_lets_through(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    fake = world.fake
    # Seed state a command could change: a question, a vote, a non-default setting.
    answer = await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))
    vote = await fake.click(world.member, answer, button(answer, "vote:up"))
    await vote.callback()
    await world.database.guild_settings.update(
        world.guild.id, allowed_channel_ids=frozenset({world.general.id})
    )
    # Discord would hide these from members unless the guild overrode it; the fake lets anyone
    # invoke them, as an override does.
    hints = {
        name: fake.commands[(None, name, 1)].get("default_member_permissions")
        for name in ("botconfig", "stats", "corpus", "reindex")
    }
    assert hints == {
        "botconfig": MANAGE_MESSAGES,
        "stats": MANAGE_MESSAGES,
        "corpus": ADMINISTRATOR,
        "reindex": ADMINISTRATOR,
    }
    assert not int(world.member.permissions) & (MANAGE_MESSAGES | ADMINISTRATOR)
    assert not int(world.moderator.permissions) & ADMINISTRATOR

    tried = 0
    for who, level in [(world.member, 0), (world.moderator, 1)]:
        for name, options, needed in _guarded(world):
            if level >= (1 if needed == "moderator" else 2):
                continue
            before = _state(world)
            text = await _refused(await world.slash(who, name, options))
            assert ("admins" if needed == "admin" else "moderators") in text, (name, text)
            assert _state(world) == before, f"{who.user.name} changed something with /{name}"
            tried += 1
    assert tried == 13 + 6  # the member tries all 13, the moderator the 6 admin ones
    # The autocomplete of an admin command offers a member nothing.
    offered = await fake.autocomplete(
        world.member, world.general, "corpus remove", {"story": ""}, "story"
    )
    assert (await offered.callback()).choices == []

    # The same commands do change things for those allowed (so the check above can fail).
    before = _state(world)
    await (await world.slash(world.moderator, "botconfig cooldown", {"seconds": 600})).callback()
    assert _state(world) != before
    added = await world.slash(world.admin, "corpus add", {"file": _guarded(world)[10][1]["file"]})
    await added.wait_for("edit_original", timeout=10)
    assert (world.corpus / "bridge-opens.txt").exists()


async def test_confirming_a_removal_needs_the_opener_and_an_admin_at_click_time(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    fake = world.fake
    (world.corpus / "bridge-opens.txt").write_text(STORY, encoding="utf-8")
    await world.service.reindex()
    # Another admin of the guild, who will lose the role before confirming.
    admin_role = next(r for r in world.guild.roles.values() if r.name == "admins")
    editor = fake.add_member(world.guild, "second-editor", roles=[admin_role])
    opened = await world.slash(editor, "corpus remove", {"story": "bridge-opens"})
    assert "Remove `bridge-opens.txt`" in reply_text(await opened.callback())
    message = opened.original
    assert message is not None
    remove_id, cancel_id = message.custom_ids
    before = _state(world)
    for who in (world.member, world.moderator, world.admin):  # not the opener
        for custom_id in (remove_id, cancel_id):
            await _refused(await fake.click(who, message, custom_id))
    assert _state(world) == before
    editor.roles.remove(admin_role)  # demoted while the question was open
    assert not int(editor.permissions) & ADMINISTRATOR
    await _refused(await fake.click(editor, message, remove_id))
    assert _state(world) == before and (world.corpus / "bridge-opens.txt").exists()


async def test_only_the_reporter_picks_the_misquoted_passage(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    question = "what did Trump and Bukele say?"
    answer = await world.answer_of(await world.slash(world.member, "ask", {"question": question}))
    click = await fake.click(world.member, answer, button(answer, "misquote"))
    first = await click.callback()
    if first.callback_type == 5:
        pytest.skip("that answer quoted one passage: no choice to steal")
    chooser = click.original
    assert chooser is not None
    [select_id] = chooser.custom_ids
    for who in (world.moderator, world.admin):
        await _refused(await fake.select(who, chooser, select_id, ["0"]))
    assert await world.database.misquotes.recent(guild_id=world.guild.id) == []
    chosen = await fake.select(world.member, chooser, select_id, ["0"])
    assert "Thanks" in reply_text(await chosen.callback())
    assert len(await world.database.misquotes.recent(guild_id=world.guild.id)) == 1


async def test_one_vote_per_person_even_when_the_clicks_race(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    answer = await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))
    up, down = button(answer, "vote:up"), button(answer, "vote:down")
    clicks = [await fake.click(world.member, answer, up) for _ in range(5)]
    clicks += [await fake.click(world.moderator, answer, up) for _ in range(3)]
    texts = [reply_text(await c.callback()) for c in clicks]
    assert sum(t.startswith("Thanks") for t in texts[:5]) == 1, texts
    assert sum(t.startswith("Thanks") for t in texts[5:]) == 1, texts
    counts = await world.database.votes.counts(answer.id)
    assert (counts.up, counts.down) == (2, 0)
    # Changing one's mind replaces the vote; it never adds a second.
    await (await fake.click(world.member, answer, down)).callback()
    counts = await world.database.votes.counts(answer.id)
    assert (counts.up, counts.down) == (1, 1)
    with sqlite3.connect(world.settings.storage.database) as db:
        [(rows,)] = db.execute(
            "SELECT count(*) FROM answer_votes WHERE user_id = ?", (world.member.id,)
        )
    assert rows == 1


def _second_guild(world: BotWorld) -> tuple[Guild, Channel, Member, Member]:
    """Guild B: its own moderator, and guild A's moderator as a plain member there."""
    fake = world.fake
    guild = fake.add_guild("Rival paper")
    channel = fake.add_channel(guild, "news")
    mods = fake.add_role(guild, "mods", MANAGE_MESSAGES)
    moderator = fake.add_member(guild, "rival-moderator", roles=[mods])
    visitor = fake.add_member(guild, world.moderator.user)
    return guild, channel, moderator, visitor


def _guild_rows(database: Path, guild_id: int) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as db:
        tables = [
            t
            for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if "guild_id" in {c[1] for c in db.execute(f"PRAGMA table_info({t})")}
        ]
        return {
            t: sorted(db.execute(f"SELECT * FROM {t} WHERE guild_id = ?", (guild_id,)))
            for t in tables
        }


async def test_a_moderator_of_one_guild_never_reads_or_changes_another(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    fake = world.fake
    guild_b, news, rival, visitor = _second_guild(world)
    await world.database.guild_settings.update(guild_b.id, cooldown_seconds=0)
    secret = "what did Bukele say about the prison in guild B?"
    asked = await fake.slash(rival, news, "ask", {"question": secret})
    answer_b: Message = await world.answer_of(asked)
    await (await fake.click(rival, answer_b, button(answer_b, "vote:down"))).callback()
    await (await fake.slash(rival, news, "botconfig log-channel", {"channel": news})).callback()
    await (await fake.slash(rival, news, "botconfig cooldown", {"seconds": 45})).callback()
    before_b = _guild_rows(world.settings.storage.database, guild_b.id)
    assert before_b and any(before_b.values())

    # Guild A's moderator works in guild A: A's rows change, B's never do, B stays unread.
    await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))
    for name, options in [
        ("botconfig cooldown", {"seconds": 5}),
        ("botconfig channels add", {"channel": world.general}),
        ("botconfig log-channel", {"channel": world.log}),
        ("botconfig channels list", {}),
        ("botconfig moderator-roles list", {}),
    ]:
        text = reply_text(await (await world.slash(world.moderator, name, options)).callback())
        assert str(news.id) not in text, (name, text)
    stats = reply_text(
        await (await world.slash(world.moderator, "stats", {"period": "all"})).callback()
    )
    assert "**1** questions" in stats or "**1** question" in stats, stats
    assert secret not in stats and "prison" not in stats
    assert _guild_rows(world.settings.storage.database, guild_b.id) == before_b
    settings_a = await world.database.guild_settings.get(world.guild.id)
    settings_b = await world.database.guild_settings.get(guild_b.id)
    assert (settings_a.cooldown_seconds, settings_b.cooldown_seconds) == (5, 45)
    assert settings_b.log_channel_id == news.id and settings_b.allowed_channel_ids == frozenset()

    # In guild B, guild A's moderator is a plain member: refused, nothing changes.
    for name, options in [("stats", {"period": "all"}), ("botconfig cooldown", {"seconds": 1})]:
        await _refused(await fake.slash(visitor, news, name, options))
    assert _guild_rows(world.settings.storage.database, guild_b.id) == before_b
    # B's moderator sees B's question and not A's.
    stats_b = reply_text(
        await (await fake.slash(rival, news, "stats", {"period": "all"})).callback()
    )
    assert "prison" in stats_b and "Garcia" not in stats_b
