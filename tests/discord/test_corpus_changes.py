"""/corpus add of a story already in the corpus asks first and keeps the text it replaces;
/corpus restore brings a replaced or removed text back; a failed download says so plainly.
Against the local Discord, with the real corpus folder and index."""

from __future__ import annotations

import logging

import pytest

from tests.discord.botworld import GARCIA, BotWorld, bot_world, reply_text
from tests.fakediscord import Exchange, Message

__all__ = ["bot_world"]

STORY_FILE = "bukele-white-house.txt"
CHANGED = "what did Bukele say about the moon landing?"


def _edited_story(world: BotWorld) -> bytes:
    """The shipped story with one paragraph changed."""
    text = (world.corpus / STORY_FILE).read_text(encoding="utf-8")
    old = "it would be “preposterous” for him to return Garcia"
    assert old in text
    return text.replace(
        old, "the moon landing was “preposterous,” and he would not return Garcia"
    ).encode()


async def _ask(world: BotWorld, question: str) -> str:
    return reply_text(
        await (await world.slash(world.member, "ask", {"question": question})).callback()
    )


async def _confirmation(exchange: Exchange) -> Message:
    reply = await exchange.wait_for(predicate=lambda r: bool(r.components), timeout=10)
    assert reply.ephemeral or exchange.original is not None
    message = exchange.original
    assert message is not None and len(message.custom_ids) == 2
    return message


async def test_replacing_a_story_asks_first_keeps_the_old_text_and_restores_it(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    fake = world.fake
    original = (world.corpus / STORY_FILE).read_bytes()
    edited = _edited_story(world)
    build = world.service.build

    # Cancel: nothing changes.
    asked = await world.slash(
        world.admin, "corpus add", {"file": fake.make_attachment("new.txt", edited)}
    )
    message = await _confirmation(asked)
    text = reply_text(asked.replies[-1])
    assert "already holds the story `bukele-white-house`" in text and "Replace it" in str(
        message.components
    )
    assert "/corpus restore story:bukele-white-house" in text
    assert (world.corpus / STORY_FILE).read_bytes() == original and world.service.build == build
    cancel = await fake.click(world.admin, message, message.custom_ids[1])
    assert "Cancelled" in reply_text(await cancel.callback())
    assert (world.corpus / STORY_FILE).read_bytes() == original and world.service.build == build

    # Confirm: replaced, and the old text is kept.
    asked = await world.slash(
        world.admin, "corpus add", {"file": fake.make_attachment("new.txt", edited)}
    )
    message = await _confirmation(asked)
    confirm = await fake.click(world.admin, message, message.custom_ids[0])
    done = reply_text(await confirm.wait_for("edit_original", timeout=10))
    assert "Replaced `bukele-white-house.txt`" in done, done
    assert "The text it replaced is kept: `/corpus restore story:bukele-white-house`" in done
    assert (world.corpus / STORY_FILE).read_bytes() == edited
    assert "moon landing" in await _ask(world, CHANGED)
    assert [c.path.read_bytes() for c in world.service.kept_copies()] == [original]

    # Restore: the original is back (and the edited text is kept in its turn).
    offered = await fake.autocomplete(
        world.admin, world.general, "corpus restore", {"story": "buk"}, "story"
    )
    assert [c["value"] for c in (await offered.callback()).choices] == ["bukele-white-house"]
    restored = await world.slash(world.admin, "corpus restore", {"story": "bukele-white-house"})
    text = reply_text(await restored.wait_for("edit_original", timeout=10))
    assert "Restored `bukele-white-house.txt`" in text, text
    assert (world.corpus / STORY_FILE).read_bytes() == original
    assert "preposterous" in await _ask(world, GARCIA)
    assert [c.path.read_bytes() for c in world.service.kept_copies()] == [edited]


async def test_a_removed_story_can_be_restored(bot_world: BotWorld) -> None:
    world = bot_world
    original = (world.corpus / STORY_FILE).read_bytes()
    opened = await world.slash(world.admin, "corpus remove", {"story": "bukele-white-house"})
    assert "brings it back" in reply_text(await opened.callback())
    message = opened.original
    assert message is not None
    click = await world.fake.click(world.admin, message, message.custom_ids[0])
    done = reply_text(await click.wait_for("edit_original", timeout=10))
    assert "Removed `bukele-white-house.txt`" in done and "Its text is kept" in done
    assert not (world.corpus / STORY_FILE).exists()
    restored = await world.slash(world.admin, "corpus restore", {"story": "bukele-white-house"})
    assert "Restored" in reply_text(await restored.wait_for("edit_original", timeout=10))
    assert (world.corpus / STORY_FILE).read_bytes() == original
    assert "preposterous" in await _ask(world, GARCIA)
    nothing = await world.slash(world.admin, "corpus restore", {"story": "bukele-white-house"})
    said = await nothing.wait_for(predicate=lambda r: "restore" in reply_text(r), timeout=10)
    assert said.ephemeral and "nothing to restore" in reply_text(said)


async def test_a_failed_download_is_said_plainly_without_a_traceback(
    bot_world: BotWorld, caplog: pytest.LogCaptureFixture
) -> None:
    world = bot_world
    fake = world.fake
    before = {p.name: p.read_bytes() for p in world.corpus.iterdir()}
    attachment = fake.make_attachment("bridge.txt", b"+++\nid = 'bridge'\n+++\nText.\n")
    del fake.attachments[attachment.id]  # Discord's CDN no longer has it: 404
    with caplog.at_level(logging.WARNING):
        exchange = await world.slash(world.admin, "corpus add", {"file": attachment})
        reply = await exchange.wait_for(predicate=lambda r: "download" in reply_text(r), timeout=10)
    text = reply_text(reply)
    assert "I could not download `bridge.txt` from Discord (Discord answered 404)" in text, text
    assert "Nothing was changed" in text and "went wrong" not in text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not [r for r in caplog.records if r.exc_info]
    assert {p.name: p.read_bytes() for p in world.corpus.iterdir()} == before
