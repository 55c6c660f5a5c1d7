"""Who may do what, autocomplete, /story, /stats, /reindex and /corpus add|remove|list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.discord.botworld import GARCIA, BotWorld, assert_nothing_pings, bot_world, reply_text
from tests.fakediscord import Member

__all__ = ["bot_world"]

GOOD_STORY = (
    '+++\nid = "bridge-opens"\ntitle = "The bridge opens"\noutlet = "Daily Planet"\n'
    'published = 2025-05-02\nurl = "https://example.org/bridge"\n+++\n\n'
    "The new bridge opened on Friday after six years of work.\n"
    "\u201cIt is the finest bridge in the county,\u201d Mayor Ada Lovelace said.\n"
)
REFUSED = "Only "


def _commands(world: BotWorld) -> list[tuple[str, dict[str, object], str]]:
    """(command, options, least level) for every slash command."""
    return [
        ("ask", {"question": GARCIA}, "member"),
        ("quotes", {"speaker": "Donald Trump"}, "member"),
        ("story", {}, "member"),
        ("botconfig channels list", {}, "moderator"),
        ("botconfig channels add", {"channel": world.general}, "moderator"),
        ("botconfig channels remove", {"channel": world.general}, "moderator"),
        ("botconfig cooldown", {"seconds": 0}, "moderator"),
        ("botconfig log-channel", {"channel": world.log}, "moderator"),
        ("botconfig moderator-roles list", {}, "moderator"),
        ("botconfig moderator-roles add", {"role": world.mod_role}, "admin"),
        ("stats", {"period": "all"}, "moderator"),
        ("corpus list", {}, "admin"),
        ("reindex", {}, "admin"),
    ]


LEVELS = {"member": 0, "moderator": 1, "admin": 2}


async def test_each_person_tries_each_command(bot_world: BotWorld) -> None:
    world = bot_world
    people: list[tuple[str, Member]] = [
        ("member", world.member),
        ("moderator", world.moderator),
        ("admin", world.admin),
    ]
    seen: dict[str, str] = {}
    for level, person in people:
        for name, options, needed in _commands(world):
            exchange = await world.slash(person, name, options)
            callback = await exchange.callback()
            text = reply_text(callback)
            if LEVELS[level] < LEVELS[needed]:
                assert callback.ephemeral, (level, name)
                assert text.startswith(REFUSED), (level, name, text)
            else:
                assert not text.startswith(REFUSED), (level, name, text)
                assert "went wrong" not in text, (level, name, text)
                seen[name] = text
            await exchange.settle(0.02)
    # A role an admin adds makes a member a moderator.
    await world.slash(world.admin, "botconfig moderator-roles add", {"role": world.mod_role})
    plain_role = world.fake.add_role(world.guild, "helpers")
    helper = world.fake.add_member(world.guild, "helper", roles=[plain_role])
    denied = await (await world.slash(helper, "stats", {})).callback()
    assert reply_text(denied).startswith(REFUSED)
    added = await world.slash(world.admin, "botconfig moderator-roles add", {"role": plain_role})
    await added.callback()
    allowed = await (await world.slash(helper, "stats", {"period": "all"})).callback()
    assert "questions" in reply_text(allowed)
    assert_nothing_pings(world.fake)
    print("\n\n".join(f"/{name}\n{text}" for name, text in seen.items()))


async def test_autocomplete_offers_people_and_stories(bot_world: BotWorld) -> None:
    world = bot_world
    people = await world.fake.autocomplete(
        world.member, world.general, "quotes", {"speaker": "buk"}, "speaker"
    )
    choices = (await people.callback()).choices
    assert choices == [{"name": "Nayib Bukele", "value": "Nayib Bukele"}]
    everyone = await world.fake.autocomplete(
        world.member, world.general, "quotes", {"speaker": ""}, "speaker"
    )
    names = [c["name"] for c in (await everyone.callback()).choices]
    assert "Donald Trump" in names and len(names) <= 25
    stories = await world.fake.autocomplete(
        world.admin, world.general, "corpus remove", {"story": "buk"}, "story"
    )
    assert [c["value"] for c in (await stories.callback()).choices] == ["bukele-white-house"]


async def test_story_and_stats(bot_world: BotWorld) -> None:
    world = bot_world
    await world.answer_of(await world.slash(world.member, "ask", {"question": GARCIA}))
    await (await world.slash(world.member, "ask", {"question": "what did Obama say?"})).callback()
    story = reply_text(await (await world.slash(world.member, "story", {})).callback())
    assert "1 story indexed" in story and "bukele-white-house" in story
    assert "Nayib Bukele" in story
    stats = await (await world.slash(world.moderator, "stats", {"period": "day"})).callback()
    text = reply_text(stats)
    assert stats.ephemeral
    assert "**2** questions, **1** answered (50%)" in text
    assert "what did Obama say?" in text


def _files(corpus: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(corpus.iterdir())}


async def test_corpus_add_a_good_file_and_a_bad_one(bot_world: BotWorld) -> None:
    world = bot_world
    before = _files(world.corpus)
    bad = world.fake.make_attachment("broken.txt", b'+++\nid = "Not An Id"\n+++\n\nText.\n')
    refused = await world.slash(world.admin, "corpus add", {"file": bad})
    error = await refused.wait_for(predicate=lambda r: "broken.txt" in reply_text(r))
    assert "broken.txt: bad header" in reply_text(error)
    assert _files(world.corpus) == before

    good = world.fake.make_attachment("my upload (1).txt", GOOD_STORY.encode())
    added = await world.slash(world.admin, "corpus add", {"file": good})
    done = await added.wait_for("edit_original")
    text = reply_text(done)
    assert "Added `bridge-opens.txt` (The bridge opens)" in text
    assert "Stories added: `bridge-opens`" in text
    assert (world.corpus / "bridge-opens.txt").read_bytes() == GOOD_STORY.encode()
    assert not [p for p in world.corpus.iterdir() if p.name.startswith(".")]
    mayor = "what did the mayor say about the bridge?"
    asked = await world.slash(world.member, "ask", {"question": mayor})
    assert "Ada Lovelace" in reply_text(await asked.callback())

    too_big = world.fake.make_attachment("big.txt", b"x" * 2_000_000)
    big = await (await world.slash(world.admin, "corpus add", {"file": too_big})).callback()
    assert big.ephemeral and "the limit is 1,000,000" in reply_text(big)
    listing = reply_text(await (await world.slash(world.admin, "corpus list", {})).callback())
    assert "`bridge-opens.txt`" in listing and "`bukele-white-house.txt`" in listing


async def test_a_broken_corpus_file_keeps_the_old_index(bot_world: BotWorld) -> None:
    world = bot_world
    (world.corpus / "zz-broken.txt").write_bytes(b"no header here\n")
    exchange = await world.slash(world.admin, "reindex", {})
    start = await exchange.callback()
    assert "Reindexing" in reply_text(start)
    failed = await exchange.wait_for(  # not a progress edit (a slow machine shows some)
        predicate=lambda r: not reply_text(r).startswith("Reindexing")
    )
    text = reply_text(failed)
    assert text.startswith("Reindex failed: `zz-broken.txt`:")
    assert "previous index (1 story, " in text
    asked = await world.slash(world.member, "ask", {"question": GARCIA})
    assert "paragraph 13" in reply_text(await asked.callback())

    (world.corpus / "zz-broken.txt").unlink()
    again = await world.slash(world.admin, "reindex", {})
    report = reply_text(
        await again.wait_for(predicate=lambda r: not reply_text(r).startswith("Reindexing"))
    )
    assert report.startswith("The corpus has not changed") or report.startswith("Reindexed")


@pytest.mark.parametrize("confirm", [True, False])
async def test_corpus_remove_asks_for_confirmation(bot_world: BotWorld, confirm: bool) -> None:
    world = bot_world
    (world.corpus / "bridge-opens.txt").write_text(GOOD_STORY, encoding="utf-8")
    await world.service.reindex()
    exchange = await world.slash(world.admin, "corpus remove", {"story": "bridge-opens"})
    question = await exchange.callback()
    assert question.ephemeral and "Remove `bridge-opens.txt`" in reply_text(question)
    message = exchange.original
    assert message is not None
    remove_id, cancel_id = message.custom_ids
    # Only the admin who asked may press; a moderator is refused.
    other = await (await world.fake.click(world.moderator, message, remove_id)).callback()
    assert other.ephemeral and reply_text(other).startswith(REFUSED)
    click = await world.fake.click(world.admin, message, remove_id if confirm else cancel_id)
    if confirm:
        done = await click.wait_for("edit_original")
        assert "Removed `bridge-opens.txt`" in reply_text(done)
        assert "Stories removed: `bridge-opens`" in reply_text(done)
        assert not (world.corpus / "bridge-opens.txt").exists()
    else:
        assert "Cancelled" in reply_text(await click.callback())
        assert (world.corpus / "bridge-opens.txt").exists()
