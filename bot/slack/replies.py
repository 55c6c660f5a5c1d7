"""Answers to a command or a click through its response URL."""

from __future__ import annotations

from typing import Protocol

from slack_bolt.context.respond.async_respond import AsyncRespond

from bot.slack import render


class Reply(Protocol):
    """Tell the person something: the bot's words, as blocks or (by default) one section."""

    async def __call__(self, text: str, blocks: render.Blocks | None = None) -> None: ...


def ephemeral(respond: AsyncRespond, *, replace: bool = False) -> Reply:
    """Replies only the person who acted sees; `replace` swaps the message they acted on."""

    async def reply(text: str, blocks: render.Blocks | None = None) -> None:
        await respond(
            text=render.plain(text),
            blocks=blocks or render.notice(text),
            response_type="ephemeral",
            replace_original=replace,
        )

    return reply
