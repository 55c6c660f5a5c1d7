"""No member can flood a channel through the bot: every public reply they can cause (answers,
hints for empty mentions, /quotes, /story, the context menu) counts against one per-member
limit, by default a burst of 3 then one every 10 s. Refusals are ephemeral for interactions,
and one public notice per wait for mentions. The bot's clock is one the test moves, so the
test does not depend on how fast the machine is."""

from __future__ import annotations

from collections.abc import Hashable

from bot.ratelimit import RateLimiter, Verdict
from tests.discord.botworld import GARCIA, BotWorld, bot_world, message_bodies, reply_text

__all__ = ["bot_world"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Recording(RateLimiter):
    """The bot's limiter, keeping each verdict so the test knows every event was counted."""

    def __init__(self, clock: Clock) -> None:
        super().__init__(clock)
        self.verdicts: list[tuple[Hashable, Verdict]] = []

    def hit(self, key: Hashable, *, interval: float, burst: int) -> Verdict:
        verdict = super().hit(key, interval=interval, burst=burst)
        self.verdicts.append((key, verdict))
        return verdict


async def _defaults(world: BotWorld) -> tuple[Clock, Recording]:
    await world.database.guild_settings.reset(world.guild.id)  # 3 at once, then one per 10 s
    clock = Clock()
    world.bot.cooldowns = limiter = Recording(clock)
    return clock, limiter


def _public_messages(world: BotWorld, start: int) -> list[dict[str, object]]:
    """Messages the bot posted in the channel (not interaction responses) since `start`."""
    return [
        body
        for request, body in message_bodies(world.fake, start)
        if request.method == "POST" and request.path.startswith("/channels/")
    ]


async def test_a_flood_of_mentions_gets_the_burst_and_one_notice(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    clock, limiter = await _defaults(world)
    start = len(fake.requests)
    flood = ["", "", "", "", GARCIA, "", GARCIA, "", "", "", GARCIA, "", "", "", "", "", "", ""]
    for text in flood:
        await world.mention(world.member, text)
    await fake.wait_until(lambda: len(limiter.verdicts) == len(flood), timeout=10)
    allowed = [v for _, v in limiter.verdicts if v.allowed]
    notices = [v for _, v in limiter.verdicts if v.notify]
    assert (len(allowed), len(notices)) == (3, 1)
    await fake.wait_until(lambda: len(_public_messages(world, start)) >= 4, timeout=10)
    public = [reply_text_of(body) for body in _public_messages(world, start)]
    assert len(public) == 4, public  # 3 hints, 1 notice: not 18 messages
    assert sum("please wait" in text for text in public) == 1

    # Ten seconds later one more question is answered, and a new wait gets a new notice.
    clock.now += 10
    before = len(limiter.verdicts)
    for _ in range(3):
        await world.mention(world.member, GARCIA)
    await fake.wait_until(lambda: len(limiter.verdicts) == before + 3, timeout=10)
    assert [v.allowed for _, v in limiter.verdicts[before:]] == [True, False, False]
    await fake.wait_until(lambda: len(_public_messages(world, start)) >= 6, timeout=10)
    texts = [reply_text_of(body) for body in _public_messages(world, start)]
    assert len(texts) == 6
    assert (
        sum("Nayib Bukele" in t for t in texts[4:])
        == sum("please wait" in t for t in texts[4:])
        == 1
    )


def reply_text_of(body: dict[str, object]) -> str:
    embeds = body.get("embeds") or []
    assert isinstance(embeds, list)
    return " ".join(str(e.get("description", "")) for e in embeds) + str(body.get("content", ""))


async def test_every_public_reply_counts_and_refusals_are_private(bot_world: BotWorld) -> None:
    world = bot_world
    fake = world.fake
    clock, limiter = await _defaults(world)
    asked = [
        await world.slash(world.member, "ask", {"question": GARCIA}),
        await world.slash(world.member, "story", {}),
        await world.slash(world.member, "quotes", {"speaker": "Nayib Bukele"}),
    ]
    for exchange in asked:
        assert not (await exchange.callback()).ephemeral
    posted = await fake.send_message(world.general, world.moderator, GARCIA)
    assert posted.message is not None
    refused = [
        await world.slash(world.member, "ask", {"question": GARCIA}),
        await world.slash(world.member, "story", {}),
        await world.slash(world.member, "quotes", {"speaker": "Nayib Bukele"}),
        await fake.context_menu(world.member, posted.message, "Ask the story"),
    ]
    for exchange in refused:
        reply = await exchange.callback()
        assert reply.ephemeral and "please wait 10 more seconds" in reply_text(reply)
    # A mention after the burst is refused too (the member already had their notices in private).
    await world.mention(world.member, GARCIA)
    await fake.wait_until(lambda: len(limiter.verdicts) == 8, timeout=10)
    assert limiter.verdicts[-1][1] == Verdict(allowed=False, retry_after=10, notify=False)
    # Another member and another server are counted apart.
    other = await world.slash(world.admin, "ask", {"question": GARCIA})
    assert not (await other.callback()).ephemeral
    clock.now += 10
    again = await world.slash(world.member, "story", {})
    assert not (await again.callback()).ephemeral


async def test_a_moderator_sets_the_burst_and_the_wait(bot_world: BotWorld) -> None:
    world = bot_world
    await _defaults(world)
    set_it = await world.slash(world.moderator, "botconfig cooldown", {"seconds": 30, "burst": 1})
    assert "ask 1 question at once, then one every 30 s" in reply_text(await set_it.callback())
    first = await world.slash(world.member, "ask", {"question": GARCIA})
    assert not (await first.callback()).ephemeral
    second = await (await world.slash(world.member, "ask", {"question": GARCIA})).callback()
    assert second.ephemeral and "wait 30 more seconds" in reply_text(second)
