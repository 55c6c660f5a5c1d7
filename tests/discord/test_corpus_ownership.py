"""The corpus is the operator's: every server the bot is in reads it, so only the users in
`admin_user_ids` and the admins of the servers in `admin_guild_ids` may change it, by any
route (command, confirmation button, autocomplete). Role names in `admin_roles` count only in
those servers. With both lists empty nobody may, and the commands say how to allow it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.config import Settings
from tests.discord.botworld import BotWorld, bot_world, reply_text
from tests.discord.test_permissions_override import STORY
from tests.fakediscord import Exchange, Member
from tests.fakediscord.client import discord

__all__ = ["bot_world"]

ADMINISTRATOR = discord.Permissions(administrator=True).value


def _state(world: BotWorld) -> tuple[list[str], dict[str, bytes], object]:
    with sqlite3.connect(world.settings.storage.database) as db:
        rows = [r for r in db.iterdump() if "query_log" not in r]
    files = {p.name: p.read_bytes() for p in sorted(world.corpus.iterdir())}
    return rows, files, world.service.build


def _configure(world: BotWorld, **discord_settings: object) -> None:
    settings: Settings = world.bot.settings
    world.bot.settings = settings.model_copy(
        update={"discord": settings.discord.model_copy(update=discord_settings)}
    )


async def _refused(exchange: Exchange) -> str:
    reply = await exchange.callback()
    text = reply_text(reply)
    assert reply.ephemeral, text
    await exchange.settle(0.05)
    assert len(exchange.replies) == 1, exchange.replies  # nothing after the refusal
    return text


def _changes(world: BotWorld) -> list[tuple[str, dict[str, object]]]:
    upload = world.fake.make_attachment("bridge.txt", STORY.encode())
    replacement = (Path(world.corpus) / "bukele-white-house.txt").read_bytes()
    same_id = world.fake.make_attachment("bukele.txt", replacement.replace(b"Bukele", b"Bukel"))
    return [
        ("reindex", {}),
        ("corpus add", {"file": upload}),
        ("corpus add", {"file": same_id}),
        ("corpus remove", {"story": "bukele-white-house"}),
        ("corpus restore", {"story": "bukele-white-house"}),
    ]


async def test_the_admin_of_another_server_cannot_change_the_corpus(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    _configure(world, admin_roles=("editors",))
    strangers = fake.add_guild("Brand-new server")
    lobby = fake.add_channel(strangers, "lobby")
    owner_role = fake.add_role(strangers, "owners", ADMINISTRATOR)
    named_like_ours = fake.add_role(strangers, "editors")  # admin_roles names it
    stranger_admin = fake.add_member(strangers, "new-owner", roles=[owner_role])
    stranger_editor = fake.add_member(strangers, "new-editor", roles=[named_like_ours])
    our_editors = fake.add_role(world.guild, "editors")
    our_editor = fake.add_member(world.guild, "our-editor", roles=[our_editors])

    before = _state(world)
    for who in (stranger_admin, stranger_editor):
        for name, options in _changes(world):
            text = await _refused(await fake.slash(who, lobby, name, options))
            assert text.startswith("Only the bot's operators"), (who.user.name, name, text)
            assert _state(world) == before, f"{who.user.name} changed the corpus with /{name}"
        for command in ("corpus remove", "corpus restore"):
            offered = await fake.autocomplete(who, lobby, command, {"story": ""}, "story")
            assert (await offered.callback()).choices == [], (who.user.name, command)

    # The confirmation our admin opens answers nobody else, from any server.
    opened = await world.slash(world.admin, "corpus remove", {"story": "bukele-white-house"})
    await opened.callback()
    message = opened.original
    assert message is not None
    remove_id = message.custom_ids[0]
    for who in (stranger_admin, our_editor, world.moderator):
        click = await fake.click(who, message, remove_id)
        assert reply_text(await click.callback()).startswith("Only "), who.user.name
    assert _state(world) == before

    # In our own server, the role named in admin_roles makes an operator, and so does
    # Administrator; a user named in admin_user_ids is one wherever they are.
    for who in (our_editor, world.admin):
        done = await world.slash(who, "reindex", {})
        assert "Reindexing" in reply_text(await done.callback())
        await done.wait_for(predicate=lambda r: "corpus has not changed" in reply_text(r))
    _configure(world, admin_user_ids=(stranger_editor.user.id,))
    done = await fake.slash(stranger_editor, lobby, "reindex", {})
    await done.wait_for(predicate=lambda r: "corpus has not changed" in reply_text(r))
    offered = await fake.autocomplete(
        stranger_editor, lobby, "corpus remove", {"story": "buk"}, "story"
    )
    assert [c["value"] for c in (await offered.callback()).choices] == ["bukele-white-house"]


async def test_with_no_operator_named_nobody_changes_the_corpus_and_is_told_how(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    _configure(world, admin_guild_ids=(), admin_user_ids=())
    before = _state(world)
    for name, options in _changes(world):
        text = await _refused(await world.slash(world.admin, name, options))
        assert "Nobody can change the stories from Discord" in text, (name, text)
        assert "`admin_user_ids`" in text and "`admin_guild_ids`" in text, text
        assert "storybot index" in text
    assert _state(world) == before
    offered = await world.fake.autocomplete(
        world.admin, world.general, "corpus remove", {"story": ""}, "story"
    )
    assert (await offered.callback()).choices == []
    # Moderation stays with each server's own admins.
    role = world.fake.add_role(world.guild, "helpers")
    added = await world.slash(world.admin, "botconfig moderator-roles add", {"role": role})
    assert "may now moderate" in reply_text(await added.callback())


async def test_moderation_stays_per_server_for_a_stranger_admin(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    strangers = fake.add_guild("Brand-new server")
    lobby = fake.add_channel(strangers, "lobby")
    owner_role = fake.add_role(strangers, "owners", ADMINISTRATOR)
    stranger_admin: Member = fake.add_member(strangers, "new-owner", roles=[owner_role])
    role = fake.add_role(strangers, "helpers")
    added = await fake.slash(stranger_admin, lobby, "botconfig moderator-roles add", {"role": role})
    assert "may now moderate" in reply_text(await added.callback())
    assert role.id in (await world.database.guild_settings.get(strangers.id)).moderator_role_ids
    assert not (await world.database.guild_settings.get(world.guild.id)).moderator_role_ids
