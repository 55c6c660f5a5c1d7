"""A story whose header fills every field to its limit, with Markdown in every field, and long
paragraphs: every message a member can cause (and the admins' corpus messages) stays within
Discord's limits, so it can be delivered; the header's address never becomes Markdown.
Against the local Discord, with the real client."""

from __future__ import annotations

import re
from typing import Any

from bot.engine.corpus import (
    MAX_AUTHORS,
    MAX_CONTRIBUTORS,
    NAME_MAX_CHARS,
    OUTLET_MAX_CHARS,
    TITLE_MAX_CHARS,
    URL_MAX_CHARS,
    story_file_text,
)
from tests.discord.botworld import BotWorld, bot_world, button, message_bodies, reply_text

__all__ = ["bot_world"]

MARKDOWN = "*_~`|>[]()<>@#-\\"


def _filled(limit: int, seed: str) -> str:
    text = (seed + " " + MARKDOWN + " ") * (limit // (len(seed) + len(MARKDOWN) + 2) + 1)
    return text[:limit].strip() + "x" * (limit - len(text[:limit].strip()))


def _url() -> str:
    start = "https://news.example/story?"
    planted = ")**x**[Free_Nitro](https://evil.example/"
    return (start + planted * 20)[:URL_MAX_CHARS]


def _story() -> str:
    meta: dict[str, object] = {
        "id": "b" * 100,
        "title": _filled(TITLE_MAX_CHARS, "Title"),
        "outlet": _filled(OUTLET_MAX_CHARS, "Outlet"),
        "url": _url(),
        "published": "2025-05-02",
        "authors": [_filled(NAME_MAX_CHARS, f"Author {n}") for n in range(MAX_AUTHORS)],
        "contributors": [_filled(NAME_MAX_CHARS, f"Helper {n}") for n in range(MAX_CONTRIBUTORS)],
    }
    words = "the bridge over the river will carry trains and *people* and <@1> every day"
    paragraphs = [
        f"\u201c{' '.join([words] * 25)} number {n},\u201d Ada Lovelace said about the bridge."
        for n in range(8)
    ]
    text = story_file_text(meta, "\n\n".join(paragraphs) + "\n")
    return text.replace('published = "2025-05-02"', "published = 2025-05-02")


LIMITS = {"title": 256, "description": 4096, "footer": 2048, "author": 256}


def _problems(body: dict[str, Any]) -> list[str]:
    """Where a message body breaks one of Discord's documented limits."""
    found = []
    if len(body.get("content") or "") > 2000:
        found.append(f"content of {len(body['content'])}")
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        found.append(f"{len(embeds)} embeds")
    total = 0
    for embed in embeds:
        title, description = embed.get("title") or "", embed.get("description") or ""
        footer = (embed.get("footer") or {}).get("text") or ""
        author = (embed.get("author") or {}).get("name") or ""
        fields = embed.get("fields") or []
        for name, text in (("title", title), ("description", description), ("footer", footer),
                           ("author", author)):  # fmt: skip
            if len(text) > LIMITS[name]:
                found.append(f"embed {name} of {len(text)}")
        if len(fields) > 25:
            found.append(f"{len(fields)} fields")
        for field in fields:
            if len(field["name"]) > 256 or len(field["value"]) > 1024:
                found.append(f"field of {len(field['name'])}/{len(field['value'])}")
        total += len(title) + len(description) + len(footer) + len(author)
        total += sum(len(f["name"]) + len(f["value"]) for f in fields)
    if total > 6000:
        found.append(f"embeds of {total} in all")
    for row in body.get("components") or []:
        for item in row.get("components", []):
            if len(item.get("label") or "") > 80 or len(item.get("placeholder") or "") > 150:
                found.append(f"component {item}")
            for option in item.get("options") or []:
                if len(option["label"]) > 100 or len(option["value"]) > 100:
                    found.append(f"select option {option}")
    return found


def _links(body: dict[str, Any]) -> list[str]:
    """The address of every Markdown link in the message's text."""
    texts = [body.get("content") or ""]
    for embed in body.get("embeds") or []:
        texts += [embed.get("description") or ""]
        texts += [f["value"] for f in embed.get("fields") or []]
    return [m for text in texts for m in re.findall(r"(?<!\\)\]\(([^)]*)\)", text)]


async def test_every_message_fits_discords_limits_with_every_header_field_full(
    bot_world: BotWorld,
) -> None:
    world = bot_world
    fake = world.fake
    (world.corpus / "full.txt").write_text(_story(), encoding="utf-8")
    report = await world.service.reindex()
    assert report.stories_added == ("b" * 100,)
    await world.database.guild_settings.update(world.guild.id, log_channel_id=world.log.id)
    question = "what did Lovelace say about the bridge over the river? " + "trains " * 130
    start = len(fake.requests)

    # /ask and a mention, with every button under the answer.
    answer = await world.answer_of(await world.slash(world.member, "ask", {"question": question}))
    assert "Ada Lovelace" in reply_text(
        (
            await world.replied(
                await world.mention(world.member, "what did Lovelace say about the bridge?")
            )
        )[0]
    )
    context = await fake.click(world.member, answer, button(answer, "context"))
    assert "Paragraph" in reply_text(await context.callback())
    vote = await fake.click(world.member, answer, button(answer, "vote:up"))
    assert "Thanks" in reply_text(await vote.callback())
    report_click = await fake.click(world.member, answer, button(answer, "misquote"))
    await report_click.callback()
    chooser = report_click.original
    assert chooser is not None
    [select_id] = chooser.custom_ids
    chosen = await fake.select(world.member, chooser, select_id, ["0"])
    assert "moderators have your report" in reply_text(await chosen.callback())
    await fake.wait_until(
        lambda: any(r.path.startswith(f"/channels/{world.log.id}/") for r in fake.requests)
    )

    # /quotes (every page), /story, autocomplete.
    quotes = await world.slash(world.member, "quotes", {"speaker": "Ada Lovelace"})
    await quotes.callback()
    pages = quotes.original
    assert pages is not None
    if pages.custom_ids:
        turned = await fake.click(world.member, pages, pages.custom_ids[1])
        await turned.callback()
    story = reply_text(await (await world.slash(world.member, "story", {})).callback())
    assert "2 stories indexed" in story
    people = await fake.autocomplete(
        world.member, world.general, "quotes", {"speaker": ""}, "speaker"
    )
    assert all(len(c["name"]) <= 100 for c in (await people.callback()).choices)

    # The admins' corpus messages.
    listing = await (await world.slash(world.admin, "corpus list", {})).callback()
    assert "full.txt" in reply_text(listing)
    removal = await world.slash(world.admin, "corpus remove", {"story": "b" * 100})
    assert "Remove `full.txt`" in reply_text(await removal.callback())
    stories = await fake.autocomplete(
        world.admin, world.general, "corpus remove", {"story": ""}, "story"
    )
    assert all(
        len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in (await stories.callback()).choices
    )

    bodies = message_bodies(fake, start)
    assert len(bodies) >= 12
    for request, body in bodies:
        assert _problems(body) == [], (request, _problems(body))
        for address in _links(body):  # the header's address is one link, inert
            assert not re.search(r"[\s()\[\]<>*]", address), address
            assert address.startswith(("https://", "http://")), address
        for text in [body.get("content") or ""] + [
            e.get("description") or "" for e in body.get("embeds") or []
        ]:
            assert "[Free_Nitro]" not in text.replace("\\[", "").replace("\\]", ""), text
