"""Slack's limits are met by trimming and paging, never left for Slack to refuse: 50 blocks,
3,000 characters a section, 40,000 a message, 75 a button or option, 100 options."""

from __future__ import annotations

from typing import Any

from bot.engine.corpus import story_file_text
from tests.fakeslack import Request
from tests.slack.slackworld import SlackWorld, shown, slack_world, text_of

__all__ = ["slack_world"]

FIRST = ["Ada", "Bea", "Cal", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim"]
LAST = [
    "Arden",
    "Brook",
    "Crane",
    "Drake",
    "Ellis",
    "Frost",
    "Grant",
    "Hayes",
    "Irwin",
    "Joyce",
    "Knox",
]


def _check(request: Request) -> None:
    blocks = request.blocks
    assert len(blocks) <= 50, request.method
    assert len(str(request.body.get("text") or "")) <= 40_000
    assert sum(len(str(b)) for b in blocks) <= 40_000
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        for element in block.get("elements", []):
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= 75
            if element.get("type") == "static_select":
                assert len(element["options"]) <= 100
                assert all(len(o["text"]["text"]) <= 75 for o in element["options"])


def _view_options(request: Request) -> list[dict[str, Any]]:
    view = request.body["view"]
    return list(view["blocks"][0]["element"]["options"])


async def test_long_passages_and_many_speakers_fit(slack_world: SlackWorld) -> None:
    world = slack_world
    people = [f"{first} {last}" for first in FIRST for last in LAST][:120]
    paragraphs = [
        f"“Harbour plan number {n} is fine,” {name} said." for n, name in enumerate(people)
    ]
    long_one = (
        "“The harbour " + "tides and ledgers and harbour dues " * 300 + "are ruinous,” "
        "Ada Arden said about the harbour plan."
    )
    (world.corpus / "harbour.txt").write_text(
        story_file_text(
            {"id": "harbour", "title": "Harbour " * 31}, "\n".join([long_one, *paragraphs]) + "\n"
        ),
        encoding="utf-8",
    )
    await world.start_bot()
    answer = await world.answer(
        await world.mention(world.member, "what did Ada Arden say about harbour dues and tides?")
    )
    _check(answer)
    assert "…" in text_of(answer)  # the 10,000-character paragraph was trimmed, marked
    listing = await world.response(await world.slash(world.member, "/quotes"))
    _check(listing)
    [picker] = [e for b in listing.blocks if b["type"] == "actions" for e in b["elements"]]
    assert len(picker["options"]) == 100  # 121 people quoted: the most quoted 100
    chosen = await world.click(
        world.member, listing, "storybot:quotes:speaker", selected="ada-arden"
    )
    _check(await world.response(chosen))
    report = await world.click(world.member, answer, "storybot:misquote")
    opened = await world.fake.next_call("views.open", report.start)
    assert all(len(o["text"]["text"]) <= 75 for o in _view_options(opened))
    for request in world.fake.requests:
        if request.method in ("chat.postMessage", "respond", "chat.postEphemeral"):
            _check(request)


async def test_a_long_quotation_is_cut_at_a_sentence_end_and_said_to_be_cut(
    slack_world: SlackWorld,
) -> None:
    """A passage too long for its section, one long quotation: cut where a sentence ends, not
    mid-sentence ("“We have to fund the …"), verbatim up to the cut, and the quotation left
    open is said to be cut."""
    world = slack_world
    said = " ".join(
        f"Ferry crossing {n} needs a new pier, and the pier costs money that ends here."
        for n in range(60)
    )
    paragraph = f"“{said}” Ada Arden said about the ferries."
    (world.corpus / "ferries.txt").write_text(
        story_file_text({"id": "ferries", "title": "Ferries"}, paragraph + "\n"), encoding="utf-8"
    )
    await world.start_bot()
    answer = await world.answer(
        await world.mention(world.member, "what did Ada Arden say about the ferry crossing?")
    )
    text = shown(text_of(answer))
    end = text.index(" … [quotation cut]")
    start = text.rindex("“Ferry crossing 0", 0, end)
    assert paragraph.startswith(text[start:end])  # verbatim up to the cut
    assert text[start:end].endswith("money that ends here.")  # at a sentence's end
