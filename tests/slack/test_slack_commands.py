"""/quotes, /story as a member; /botconfig and /stats as a moderator; who moderates as a
workspace admin; /reindex only for the operator's own people."""

from __future__ import annotations

from bot.storage import Database
from tests.slack.slackworld import (
    ELSEWHERE,
    GARCIA,
    GENERAL,
    TEAM,
    SlackWorld,
    buttons,
    slack_world,
    text_of,
)

__all__ = ["slack_world"]


async def test_quotes_with_a_speaker_picker_and_pages(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    first = await world.response(await world.slash(world.member, "/quotes"))
    assert first.body["response_type"] == "ephemeral"
    [picker] = [
        e
        for block in first.blocks
        if block["type"] == "actions"
        for e in block["elements"]
        if e["type"] == "static_select"
    ]
    labels = [o["text"]["text"] for o in picker["options"]]
    assert labels[0].startswith("Donald Trump (") or labels[0].startswith("Nayib Bukele (")
    assert len(picker["options"]) <= 100
    bukele = next(o for o in picker["options"] if o["text"]["text"].startswith("Nayib Bukele"))

    chosen = await world.click(
        world.member, first, "storybot:quotes:speaker", selected=bukele["value"]
    )
    page = await world.response(chosen)
    assert page.body["replace_original"] is True
    text = text_of(page)
    assert "Quotes from *Nayib Bukele* · page 1 of " in text
    assert "preposterous" in text
    if "storybot:quotes:page:next" in buttons(page):
        following = await world.response(
            await world.click(world.member, page, "storybot:quotes:page:next")
        )
        assert "Quotes from *Nayib Bukele* · page 2 of " in text_of(following)
        assert "storybot:quotes:page:prev" in buttons(following)

    typed = await world.response(await world.slash(world.member, "/quotes", "Flores-Macias"))
    assert "Quotes from *Gustavo Flores-Macias*" in text_of(typed)
    nobody = await world.response(await world.slash(world.member, "/quotes", "Napoleon"))
    assert "The stories quote nobody called 'Napoleon'" in text_of(nobody)

    story = await world.response(await world.slash(world.member, "/story"))
    assert "1 story indexed" in text_of(story) and "People quoted (5)" in text_of(story)
    # Bondi's and Miller's words are only reported: listed apart from those quoted
    assert "Words reported (2)" in text_of(story) and "Pam Bondi, Stephen Miller" in text_of(story)
    assert "Nayib Bukele, Pam Bondi" not in text_of(story)
    assert "they report what Pam Bondi and Stephen Miller said" in text_of(nobody)


async def test_a_moderator_sets_channels_and_cooldown_and_reads_stats(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    await world.start_bot()
    mod = world.moderator
    await world.answer(await world.mention(world.member, GARCIA))

    listed = await world.response(
        await world.slash(mod, "/botconfig", f"channels add <#{GENERAL}|general>")
    )
    assert f"I answer mentions and questions in: <#{GENERAL}>." in text_of(listed)
    elsewhere = await world.slash(world.member, "/ask", GARCIA, channel=ELSEWHERE)
    refused = await world.response(elsewhere)
    assert refused.body["response_type"] == "ephemeral"
    assert f"please ask in <#{GENERAL}>" in text_of(refused)
    ignored = await world.mention(world.member, GARCIA, channel=ELSEWHERE)
    await world.fake.acked(ignored.envelope_id)

    waits = await world.response(await world.slash(mod, "/botconfig", "cooldown 600 2"))
    assert "Each member may ask 2 at once, then one every 600 s." in text_of(waits)
    await world.answer(await world.slash(world.member, "/ask", GARCIA))
    await world.answer(await world.slash(world.member, "/ask", GARCIA))
    too_soon = await world.response(await world.slash(world.member, "/ask", GARCIA))
    assert "You're asking quickly" in text_of(too_soon)
    # A flood of mentions meanwhile: no answer, and at most one private notice for the wait
    # (the /ask refusal above was it). The bot handles envelopes in order: /story comes last.
    flood = [await world.mention(world.member, GARCIA) for _ in range(3)]
    await world.response(await world.slash(world.member, "/story"))
    assert not world.fake.calls("chat.postMessage", flood[0].start)
    assert not world.fake.calls("chat.postEphemeral", flood[0].start)

    stats = await world.response(await world.slash(mod, "/stats", "all"))
    assert stats.body["response_type"] == "ephemeral"
    text = text_of(stats)
    assert "*3* questions, *3* answered (100%)" in text
    assert "3× what did Bukele say about Garcia?" in text
    # The mention in the other channel was ignored (the bot answers in order: stats came after).
    assert not [r for r in world.fake.calls("chat.postMessage") if r.body["channel"] == ELSEWHERE]

    # A moderator does not choose moderators: admins do.
    refused = await world.response(
        await world.slash(mod, "/botconfig", "moderators add <@U0NEW|new>")
    )
    assert "Only workspace admins and owners can use this." in text_of(refused)
    await world.stop_bot()
    async with Database.open(world.tmp / "data" / "bot.sqlite3") as database:
        settings = await database.workspace_settings.get(TEAM)
    assert settings.allowed_channel_ids == {GENERAL} and settings.cooldown_seconds == 600


async def test_a_workspace_admin_names_moderators_but_only_operators_reindex(
    slack_world: SlackWorld,
) -> None:
    world = slack_world
    world.fake.add_user("U0NEW", "newcomer")
    await world.start_bot()
    assert "Only " in text_of(await world.response(await world.slash("U0NEW", "/stats")))
    added = await world.response(
        await world.slash(world.admin, "/botconfig", "moderators add <@U0NEW|newcomer>")
    )
    assert "`U0NEW`" in text_of(added)
    assert "*0* questions" in text_of(await world.response(await world.slash("U0NEW", "/stats")))

    refused = await world.response(await world.slash(world.admin, "/reindex"))
    assert "Only the bot's operators (named in its config) can use this." in text_of(refused)
    reindex = await world.slash(world.operator, "/reindex")
    await world.response(reindex)
    done = await world.fake.wait_for(
        lambda: [
            r
            for r in world.fake.calls("respond", reindex.start)
            if "has not changed" in text_of(r) or "Reindexed" in text_of(r)
        ]
    )
    assert "The corpus has not changed: 1 story, 30 passages" in text_of(done[0])


async def test_only_operators_list_remove_and_restore_stories(slack_world: SlackWorld) -> None:
    world = slack_world
    await world.start_bot()
    refused = await world.response(await world.slash(world.admin, "/corpus", "list"))
    assert "Only the bot's operators (named in its config) can use this." in text_of(refused)

    listing = await world.response(await world.slash(world.operator, "/corpus"))
    assert "Corpus: 1 story file" in text_of(listing)
    assert "`bukele-white-house.txt`" in text_of(listing)

    question = await world.response(
        await world.slash(world.operator, "/corpus", "remove bukele-white-house")
    )
    assert "Remove `bukele-white-house.txt`" in text_of(question)
    cancelled = await world.response(
        await world.click(world.operator, question, "storybot:corpus:cancel")
    )
    assert "Cancelled: nothing was changed." in text_of(cancelled)
    # Someone else pressing the button is checked again: an admin is not an operator.
    not_yours = await world.response(
        await world.click(world.admin, question, "storybot:corpus:remove")
    )
    assert "Only the bot's operators" in text_of(not_yours)
    removing = await world.click(world.operator, question, "storybot:corpus:remove")
    removed = await world.fake.wait_for(
        lambda: [r for r in world.fake.calls("respond", removing.start) if "Removed" in text_of(r)]
    )
    text = text_of(removed[0])
    assert "Removed `bukele-white-house.txt`" in text
    assert "`/corpus restore bukele-white-house` brings it back." in text
    assert not (world.corpus / "bukele-white-house.txt").exists()

    restoring = await world.slash(world.operator, "/corpus", "restore bukele-white-house")
    restored = await world.fake.wait_for(
        lambda: [
            r for r in world.fake.calls("respond", restoring.start) if "Restored" in text_of(r)
        ]
    )
    assert "Restored `bukele-white-house.txt`" in text_of(restored[0])
    assert (world.corpus / "bukele-white-house.txt").exists()
    answer = await world.answer(await world.mention(world.member, GARCIA))
    assert "Quoting *Nayib Bukele*" in text_of(answer)
