"""Admins look after the corpus: /reindex and /corpus list|add|remove.

A corpus change is made so that a failure leaves the corpus and the index as they were: an
upload is validated before it touches the disk, written to a hidden temporary file and renamed
into place; if the reindex after it fails, the previous file (or none) is put back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import check_access, requires
from bot.discord.errors import NO_MENTIONS
from bot.discord.permissions import Access
from bot.discord.views import Confirm
from bot.engine.corpus import STORY_SUFFIX, corpus_files, parse_story
from bot.engine.models import Story
from bot.engine.service import ReindexReport
from bot.errors import CorpusError, StoryBotError

if TYPE_CHECKING:
    from bot.discord.app import StoryBot

log = logging.getLogger(__name__)

ADMIN_HINT = discord.Permissions(administrator=True)
PROGRESS_EVERY = 1.0  # seconds between edits of the progress reply


class AdminCog(commands.Cog):
    """The corpus and its index."""

    corpus = app_commands.Group(
        name="corpus",
        description="The story files the bot answers from (admins)",
        guild_only=True,
        default_permissions=ADMIN_HINT,  # a hint only: the bot checks again
    )

    def __init__(self, bot: StoryBot) -> None:
        self.bot = bot
        self._corpus_lock = asyncio.Lock()  # one corpus change (and its reindex) at a time

    @property
    def corpus_dir(self) -> Path:
        return self.bot.service.corpus_dir

    # -- reindex -------------------------------------------------------------------------------

    @app_commands.command(name="reindex")
    @app_commands.guild_only()
    @app_commands.default_permissions(administrator=True)
    @requires(Access.ADMIN)
    async def reindex(self, interaction: discord.Interaction) -> None:
        """Rebuild the index from the corpus folder; the old one answers until it is done."""
        await interaction.response.send_message(
            "Reindexing the corpus… the current index keeps answering meanwhile.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        async with self._corpus_lock:
            try:
                report = await self._reindex_with_progress(interaction)
            except StoryBotError as exc:  # a bad story file, the database locked or full
                await self._edit(interaction, _failed(exc, self._old_index_text()))
                return
        await self._edit(interaction, render.reindex_report_text(report))

    async def _reindex_with_progress(self, interaction: discord.Interaction) -> ReindexReport:
        loop = asyncio.get_running_loop()
        latest: list[tuple[str, int, int]] = []

        def progress(stage: str, done: int, total: int) -> None:  # called from a worker thread
            loop.call_soon_threadsafe(latest.append, (stage, done, total))

        async def show() -> None:
            shown = None
            while True:
                await asyncio.sleep(PROGRESS_EVERY)
                if latest and latest[-1] != shown:
                    shown = latest[-1]
                    await self._edit(interaction, render.progress_text(*shown))

        pump = asyncio.create_task(show())
        try:
            return await self.bot.service.reindex(progress=progress)
        finally:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError, discord.HTTPException):
                await pump

    async def _edit(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.edit_original_response(
            content=render.content(text), allowed_mentions=NO_MENTIONS
        )

    def _old_index_text(self) -> str:
        build = self.bot.service.build
        if build is None:
            return "There is no index yet."
        return (
            f"The previous index ({render.counted(build.stories, 'story', 'stories')}, "
            f"{render.counted(build.passages, 'passage')}) still answers."
        )

    # -- corpus --------------------------------------------------------------------------------

    @corpus.command(name="list")
    @requires(Access.ADMIN)
    async def corpus_list(self, interaction: discord.Interaction) -> None:
        """The story files in the corpus folder."""
        stories = self.bot.service.stories()
        files = await asyncio.to_thread(corpus_files, self.corpus_dir)
        embed = render.corpus_embed(stories)
        indexed = {s.source for s in stories}
        waiting = [p.name for p in files if p.name not in indexed]
        if waiting:
            embed.add_field(
                name="Not indexed yet",
                value=render.clip(", ".join(f"`{n}`" for n in waiting), render.FIELD_VALUE_LIMIT),
            )
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    @corpus.command(name="add")
    @app_commands.describe(file="A story file: a TOML header between +++ lines, then the text")
    @requires(Access.ADMIN)
    async def corpus_add(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """Add (or replace) a story file, then reindex."""
        limit = min(self.bot.config.max_upload_bytes, self.bot.settings.corpus.max_story_bytes)
        if file.size > limit:
            raise CorpusError(file.filename, f"is {file.size:,} bytes; the limit is {limit:,}")
        await interaction.response.defer(ephemeral=True, thinking=True)
        raw = await file.read()
        if len(raw) > limit:
            raise CorpusError(file.filename, f"is {len(raw):,} bytes; the limit is {limit:,}")
        story = await asyncio.to_thread(parse_story, raw, source=file.filename)
        async with self._corpus_lock:
            target = self._target_for(story, file.filename)
            previous = await asyncio.to_thread(_read_if_exists, target)
            await asyncio.to_thread(_write_atomically, target, raw)
            try:
                report = await self.bot.service.reindex()
            except Exception as exc:
                await asyncio.to_thread(_restore, target, previous)
                if isinstance(exc, CorpusError):
                    raise CorpusError(exc.path, exc.problem + "; the upload was not kept") from exc
                raise
        verb = "Replaced" if previous is not None else "Added"
        text = f"{verb} `{target.name}` ({render.escape(story.meta.title or story.id)}).\n"
        await self._edit(interaction, text + render.reindex_report_text(report))

    def _target_for(self, story: Story, filename: str) -> Path:
        """`<id>.txt` in the corpus folder; refuses an id another file already uses."""
        target = self.corpus_dir / f"{story.id}{STORY_SUFFIX}"
        for indexed in self.bot.service.stories():
            if indexed.id == story.id and indexed.source != target.name:
                raise CorpusError(
                    filename, f"uses the id {story.id!r}, already used by {indexed.source}"
                )
            if indexed.source == target.name and indexed.id != story.id:
                raise CorpusError(
                    filename, f"would replace {indexed.source}, which holds {indexed.id!r}"
                )
        return target

    @corpus.command(name="remove")
    @app_commands.describe(story="The story to remove (start typing its title or id)")
    @requires(Access.ADMIN)
    async def corpus_remove(self, interaction: discord.Interaction, story: str) -> None:
        """Remove a story file from the corpus, after you confirm, then reindex."""
        found = next((s for s in self.bot.service.stories() if s.id == story), None)
        if found is None:
            raise StoryBotError(f"No indexed story has the id {story!r}; see /corpus list.")

        async def admin_again(click: discord.Interaction) -> None:
            await check_access(click, Access.ADMIN)

        async def remove(click: discord.Interaction) -> None:
            await click.response.edit_message(
                content=f"Removing `{found.source}` and reindexing…",
                view=None,
                allowed_mentions=NO_MENTIONS,
            )
            text = await self._remove(found)
            await click.edit_original_response(
                content=render.content(text), allowed_mentions=NO_MENTIONS
            )

        view = Confirm(interaction.user.id, admin_again, remove)
        view.interaction = interaction
        title = render.escape(found.meta.title or found.id)
        await interaction.response.send_message(
            f"Remove `{found.source}` ({title}, {len(found.passages)} paragraphs) from the "
            "corpus? Its quotes will no longer be answered.",
            view=view,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @corpus_remove.autocomplete("story")
    async def story_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            await check_access(interaction, Access.ADMIN)  # the corpus is for admins to edit
            stories = self.bot.service.stories()
        except (app_commands.CheckFailure, StoryBotError):
            return []
        return render.choices(
            ((f"{s.meta.title or s.id} ({s.source})", s.id, s.meta.outlet or "") for s in stories),
            current,
        )

    async def _remove(self, story: Story) -> str:
        async with self._corpus_lock:
            path = self.corpus_dir / story.source
            previous = await asyncio.to_thread(_read_if_exists, path)
            if previous is None:
                return f"`{story.source}` is no longer in the corpus folder; run /reindex."
            await asyncio.to_thread(path.unlink)
            try:
                report = await self.bot.service.reindex()
            except CorpusError as exc:
                await asyncio.to_thread(_restore, path, previous)
                return _failed(exc, "Nothing was removed.")
            except Exception:
                await asyncio.to_thread(_restore, path, previous)
                raise
        return f"Removed `{story.source}`.\n" + render.reindex_report_text(report)


def _failed(error: StoryBotError, after: str) -> str:
    if isinstance(error, CorpusError):
        return f"Reindex failed: `{error.path.name}`: {render.escape(error.problem)}.\n{after}"
    return f"Reindex failed: {render.escape(str(error))}\n{after}"


def _read_if_exists(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target under a hidden name (the loader skips it), then rename."""
    temporary = target.with_name(f".{target.name}.upload")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _restore(target: Path, previous: bytes | None) -> None:
    if previous is None:
        target.unlink(missing_ok=True)
    else:
        _write_atomically(target, previous)
