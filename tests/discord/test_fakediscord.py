"""The local Discord server, exercised with a plain discord.py commands.Bot (not storybot)."""

from __future__ import annotations

import asyncio
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord.conftest import StartClient
from tests.fakediscord import FAST_CLIENT_OPTIONS, FakeDiscord, MessageFlags, World


class AgainView(discord.ui.View):
    """Persistent: no timeout, a namespaced custom_id, registered in setup_hook."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Again", custom_id="echo:again")
    async def again(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_message("again!", ephemeral=True)

    @discord.ui.button(label="Note", custom_id="echo:note")
    async def note(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.send_modal(NoteModal())


class NoteModal(discord.ui.Modal, title="Note"):
    text: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Text", custom_id="note:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"noted: {self.text.value}", ephemeral=True)


corpus = app_commands.Group(name="corpus", description="Manage stories")


@corpus.command(name="add")
async def corpus_add(interaction: discord.Interaction, file: discord.Attachment) -> None:
    """Add a story file."""
    text = (await file.read()).decode()
    await interaction.response.send_message(f"{file.filename}: {len(text.split())} words")


class EchoBot(commands.Bot):
    def __init__(self, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),  # no message_content: mentions and DMs only
            allowed_mentions=discord.AllowedMentions.none(),
            **FAST_CLIENT_OPTIONS,
            **options,
        )
        self.seen: list[discord.Message] = []

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every re-IDENTIFY; a documented hook, skipped here."""

    async def setup_hook(self) -> None:
        self.add_view(AgainView())
        self.tree.add_command(corpus)
        self.tree.add_command(app_commands.ContextMenu(name="Quote", callback=quote))
        await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if message.author == self.user:
            return
        self.seen.append(message)
        if message.guild is None or self.user in message.mentions:
            await message.reply(f"you said: {message.content}")


async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
    await interaction.response.send_message(f"> {message.content}")


@app_commands.command()
@app_commands.describe(text="What to echo")
async def echo(interaction: discord.Interaction, text: str) -> None:
    """Echo text back."""
    embed = discord.Embed(title="Echo", description=text)
    await interaction.response.send_message(embed=embed, view=AgainView())


@app_commands.command()
async def secret(interaction: discord.Interaction) -> None:
    await interaction.response.send_message("shh", ephemeral=True)


@app_commands.command()
async def slow(interaction: discord.Interaction, n: int) -> None:
    await interaction.response.defer(thinking=True)
    await interaction.followup.send(f"working on {n}")
    await interaction.edit_original_response(content=f"done: {n * 2}")
    await interaction.followup.send("extra", ephemeral=True)


@app_commands.command()
async def topic(interaction: discord.Interaction, name: str) -> None:
    await interaction.response.send_message(name)


@topic.autocomplete("name")
async def topic_names(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    names = ["election", "economy", "energy", "weather"]
    return [app_commands.Choice(name=n, value=n) for n in names if n.startswith(current)]


def make_bot(**options: Any) -> EchoBot:
    bot = EchoBot(**options)
    standalone: list[app_commands.Command[Any, ..., Any]] = [echo, secret, slow, topic]
    for command in standalone:
        bot.tree.add_command(command)
    return bot


@pytest.fixture
async def bot(start_client: StartClient, world: World) -> EchoBot:
    return await start_client(make_bot())  # type: ignore[no-any-return]


async def test_slash_command_reply_with_embed_and_button(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    sync = fake_discord.requests_to("PUT /applications/*/commands")
    assert sorted(c["name"] for c in sync[0].json) == [
        "Quote",
        "corpus",
        "echo",
        "secret",
        "slow",
        "topic",
    ]

    exchange = await fake_discord.slash(world.member, world.channel, "echo", {"text": "hello"})
    reply = await exchange.callback()

    assert reply.callback_type == 4
    assert reply.embeds[0]["description"] == "hello"
    assert reply.body["data"]["allowed_mentions"] == {"parse": []}
    assert reply.message is not None and reply.message.custom_ids == ["echo:again", "echo:note"]
    assert not reply.ephemeral
    assert exchange.latency is not None and 0 < exchange.latency < 1
    assert fake_discord.unmatched_requests == []


async def test_ephemeral_reply_sets_flag(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    exchange = await fake_discord.slash(world.member, world.channel, "secret")
    reply = await exchange.callback()

    assert reply.ephemeral and reply.flags == MessageFlags.EPHEMERAL
    assert reply.message is not None and reply.message.ephemeral


async def test_defer_then_followups_and_edit_original(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    exchange = await fake_discord.slash(world.member, world.channel, "slow", {"n": 21})

    deferred = await exchange.callback()
    first = await exchange.wait_for("followup")
    edit = await exchange.wait_for("edit_original")
    extra = await exchange.wait_for("followup", index=1)

    assert deferred.callback_type == 5
    # The first follow-up after a "thinking" defer replaces the loading message: @original.
    assert first.message is deferred.message and edit.message is deferred.message
    assert edit.message is not None and edit.message.content == "done: 42"
    assert not edit.message.flags & MessageFlags.LOADING
    assert extra.ephemeral and extra.message is not None and extra.message is not edit.message
    assert first.request.query["wait"] == "1"


async def test_autocomplete_returns_choices(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    exchange = await fake_discord.autocomplete(
        world.member, world.channel, "topic", {"name": "e"}, focused="name"
    )
    reply = await exchange.callback()

    assert reply.callback_type == 8
    assert [c["value"] for c in reply.choices] == ["election", "economy", "energy"]


async def test_button_on_an_earlier_message_reaches_the_persistent_view(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    sent = await (
        await fake_discord.slash(world.admin, world.channel, "echo", {"text": "x"})
    ).callback()
    assert sent.message is not None

    click = await fake_discord.click(world.member, sent.message, "echo:again")
    reply = await click.callback()

    assert reply.callback_type == 4 and reply.content == "again!" and reply.ephemeral
    assert click.payload["data"] == {"custom_id": "echo:again", "component_type": 2}
    with pytest.raises(ValueError, match="no component"):
        await fake_discord.click(world.member, sent.message, "echo:missing")


async def test_modal_opened_by_a_button_and_submitted(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    sent = await (
        await fake_discord.slash(world.member, world.channel, "echo", {"text": "x"})
    ).callback()
    assert sent.message is not None
    opened = await fake_discord.click(world.member, sent.message, "echo:note")
    assert (await opened.callback()).callback_type == 9

    submitted = await fake_discord.submit_modal(world.member, opened, {"note:text": "remember"})

    assert (await submitted.callback()).content == "noted: remember"


async def test_message_context_menu(fake_discord: FakeDiscord, world: World, bot: EchoBot) -> None:
    said = await fake_discord.send_message(world.channel, world.admin, "The vote is on Tuesday.")

    exchange = await fake_discord.context_menu(world.member, said.message, "Quote")  # type: ignore[arg-type]
    reply = await exchange.callback()

    assert reply.content == "> The vote is on Tuesday."
    assert exchange.payload["data"]["type"] == 3


async def test_mention_gets_a_reply_and_content_follows_the_intent_rule(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    await fake_discord.send_message(world.channel, world.member, "no mention here")
    exchange = await fake_discord.send_message(
        world.channel, world.member, f"{fake_discord.bot_user.mention} when is the vote?"
    )
    reply = await exchange.reply()

    assert reply.kind == "message"
    assert reply.request.path == f"/channels/{world.channel.id}/messages"
    assert exchange.message is not None
    assert int(reply.body["message_reference"]["message_id"]) == exchange.message.id
    assert reply.body["allowed_mentions"] == {"parse": []}
    assert reply.message is not None and reply.message.mentions == []  # nobody pinged
    assert reply.content == f"you said: {fake_discord.bot_user.mention} when is the vote?"
    # Without the message_content intent, a message that does not mention the bot is empty.
    assert [m.content for m in bot.seen] == [
        "",
        f"{fake_discord.bot_user.mention} when is the vote?",
    ]


async def test_direct_message_has_content_without_the_intent(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    dm = fake_discord.dm_channel(world.member.user)

    exchange = await fake_discord.send_message(dm, world.member.user, "hello")

    assert (await exchange.reply()).content == "you said: hello"
    assert bot.seen[-1].content == "hello" and bot.seen[-1].guild is None


async def test_attachment_option_in_a_subcommand_is_readable(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    story = fake_discord.make_attachment("story.txt", b"Rain is expected on Tuesday.")

    exchange = await fake_discord.slash(world.admin, world.channel, "corpus add", {"file": story})
    reply = await exchange.callback()

    assert reply.content == "story.txt: 5 words"
    option = exchange.payload["data"]["options"][0]
    assert (
        option["type"] == 1 and option["options"][0]["type"] == 11
    )  # types from the synced schema
    assert fake_discord.unmatched_requests == []


async def test_bot_upload_is_parsed_from_multipart(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    channel = bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)

    await channel.send("the file", file=discord.File(__file__, filename="test.py"))

    request = await fake_discord.wait_for_request("POST /channels/*/messages")
    assert request.json["content"] == "the file"
    assert request.files[0].filename == "test.py" and b"FakeDiscord" in request.files[0].data
    stored = await fake_discord.wait_for_message(world.channel)
    assert stored.attachments[0].filename == "test.py"


async def test_op7_reconnect_resumes_and_delivers_an_event_exactly_once(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    await fake_discord.send_message(world.channel, world.member, "before")

    await fake_discord.send_reconnect()
    await fake_discord.send_message(world.channel, world.member, "during")
    await fake_discord.gateway.wait_for_resume()
    await fake_discord.send_message(world.channel, world.member, "after")
    await fake_discord.wait_until(lambda: len(bot.seen) >= 3)
    await asyncio.sleep(0.05)

    assert fake_discord.resume_count == 1 and fake_discord.identify_count == 1
    assert all(c.compressor is not None for c in fake_discord.gateway.connections)  # zlib-stream
    assert [m.id for m in bot.seen] == sorted({m.id for m in bot.seen})
    assert len(bot.seen) == 3


async def test_close_4000_resumes(fake_discord: FakeDiscord, world: World, bot: EchoBot) -> None:
    await fake_discord.close_gateway(4000)
    exchange = await fake_discord.slash(world.member, world.channel, "secret")

    assert (await exchange.callback()).content == "shh"
    assert fake_discord.resume_count == 1


async def test_op9_invalid_session_makes_the_client_identify_again(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    await fake_discord.invalidate_session(resumable=False)
    await fake_discord.gateway.wait_for_ready(2)

    exchange = await fake_discord.slash(world.member, world.channel, "secret")

    assert (await exchange.callback()).content == "shh"
    assert fake_discord.identify_count == 2 and fake_discord.resume_count == 0


async def test_zombie_connection_is_detected_and_resumed(
    fake_discord: FakeDiscord, world: World, start_client: StartClient
) -> None:
    fake_discord.gateway.heartbeat_interval = 0.1
    await start_client(make_bot(heartbeat_timeout=0.5))

    fake_discord.stop_heartbeat_acks()
    await fake_discord.gateway.wait_for_resume(timeout=3)

    assert fake_discord.identify_count == 1


async def test_429_on_send_is_retried(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    fault = fake_discord.fail_next("POST /channels/*/messages", status=429, retry_after=0.1)

    exchange = await fake_discord.send_message(
        world.channel, world.member, f"{fake_discord.bot_user.mention} hi"
    )
    await exchange.reply()

    posts = fake_discord.requests_to("POST /channels/*/messages")
    assert [p.status for p in posts] == [429, 200] and fault.hits == 1
    assert posts[1].received_at - posts[0].received_at >= 0.1
    assert len(fake_discord.channel_messages(world.channel)) == 2  # the mention and the reply


async def test_rate_limit_headers_make_the_client_pace_itself(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    fake_discord.set_rate_limit("POST /channels/*/messages", limit=2, per=0.3)
    channel = bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)

    await asyncio.gather(*(channel.send(str(i)) for i in range(5)))

    posts = fake_discord.requests_to("POST /channels/*/messages")
    assert [p.status for p in posts] == [200] * 5  # paced by the headers, never a 429
    assert posts[-1].received_at - posts[0].received_at >= 0.5


async def test_503_fails_fast_and_unknown_routes_are_recorded(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    fake_discord.fail_next("GET /channels/*", status=503)
    with pytest.raises(discord.DiscordServerError):
        await bot.fetch_channel(world.channel.id)
    with pytest.raises(discord.NotFound):
        await bot.fetch_guild_preview(world.guild.id)

    assert [r.path for r in fake_discord.unmatched_requests] == [
        f"/guilds/{world.guild.id}/preview"
    ]


async def test_thread_started_on_a_message_collects_replies(
    fake_discord: FakeDiscord, world: World, bot: EchoBot
) -> None:
    said = await fake_discord.send_message(world.channel, world.member, "start here")
    assert said.message is not None
    channel = bot.get_channel(world.channel.id)
    assert isinstance(channel, discord.TextChannel)

    message = await channel.fetch_message(said.message.id)
    thread = await message.create_thread(name="discussion")
    await thread.send("in the thread")
    await message.add_reaction("👍")

    kinds = [r.kind for r in await said.settle()]
    assert kinds == ["thread", "message", "reaction"]
    assert fake_discord.channels[thread.id].parent_id == world.channel.id
    assert said.message.reactions == {"👍": {fake_discord.bot_user.id}}


async def test_each_shard_gets_only_its_guilds_and_their_events(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    fake = fake_discord
    guilds = [fake.add_guild(f"on shard {n}", shard=(n, 2)) for n in (0, 1)]
    channels = [fake.add_channel(guild, "general") for guild in guilds]
    readers = [fake.add_member(guild, f"reader{n}") for n, guild in enumerate(guilds)]
    bots = [await start_client(make_bot(shard_id=n, shard_count=2)) for n in (0, 1)]
    assert [{g.id for g in bot.guilds} for bot in bots] == [{guilds[0].id}, {guilds[1].id}]
    assert sorted(fake.gateway.by_shard) == [0, 1]

    for n in (0, 1):
        said = await fake.send_message(
            channels[n], readers[n], f"{fake.bot_user.mention} hello from {n}"
        )
        reply = await said.wait_for("message")
        assert reply.content == f"you said: {fake.bot_user.mention} hello from {n}"
    assert [[m.guild and m.guild.id for m in bot.seen] for bot in bots] == [
        [guilds[0].id],
        [guilds[1].id],
    ]
    # A direct message has no guild: shard 0 gets it.
    dm = await fake.send_message(fake.dm_channel(readers[1].user), readers[1].user, "hi")
    await dm.wait_for("message")
    assert len(bots[0].seen) == 2 and len(bots[1].seen) == 1
