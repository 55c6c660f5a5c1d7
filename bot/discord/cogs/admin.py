"""The operator's people look after the corpus: /reindex and /corpus list|add|remove|restore.

Every server reads the same corpus, so changing it takes the OPERATOR level (permissions.py).
The changes themselves are the engine's (StoryService.add_story, remove_story, restore_story):
an upload is validated before it touches the disk, written atomically, the text it replaces is
kept for /corpus restore, and if the reindex after it fails the folder is put back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.discord import render
from bot.discord.checks import check_access, requires
from bot.discord.errors import NO_MENTIONS
from bot.discord.permissions import Access
from bot.discord.views import Confirm
from bot.engine import CorpusChange, KeptCopy, ReindexReport, StoryExistsError
from bot.errors import CorpusError, StoryBotError
from bot.frontend import present

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

    @property
    def corpus_dir(self) -> Path:
        return self.bot.service.corpus_dir

    # -- reindex -------------------------------------------------------------------------------

    @app_commands.command(name="reindex")
    @app_commands.guild_only()
    @app_commands.default_permissions(administrator=True)
    @requires(Access.OPERATOR)
    async def reindex(self, interaction: discord.Interaction) -> None:
        """Rebuild the index from the corpus folder; the old one answers until it is done."""
        await interaction.response.send_message(
            "Reindexing the corpus… the current index keeps answering meanwhile.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        async with self.bot.service.corpus_lock:  # not while a corpus change is under way
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
        return present.previous_index_text(self.bot.service.build)

    # -- corpus --------------------------------------------------------------------------------

    @corpus.command(name="list")
    @requires(Access.ADMIN)
    async def corpus_list(self, interaction: discord.Interaction) -> None:
        """The story files in the corpus folder."""
        stories = self.bot.service.stories()
        files = await self.bot.service.story_files()
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
    @requires(Access.OPERATOR)
    async def corpus_add(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        """Add a story file, then reindex; replacing a story asks first and keeps its text."""
        limit = min(self.bot.config.max_upload_bytes, self.bot.settings.corpus.max_story_bytes)
        if file.size > limit:
            raise CorpusError(file.filename, f"is {file.size:,} bytes; the limit is {limit:,}")
        await interaction.response.defer(ephemeral=True, thinking=True)
        raw = await _download(file)
        if len(raw) > limit:
            raise CorpusError(file.filename, f"is {len(raw):,} bytes; the limit is {limit:,}")
        try:
            change = await self.bot.service.add_story(raw, file.filename)
        except StoryExistsError as exists:
            await self._confirm_replace(interaction, raw, file.filename, exists)
            return
        await self._edit(interaction, _change_text(change))

    async def _confirm_replace(
        self,
        interaction: discord.Interaction,
        raw: bytes,
        filename: str,
        exists: StoryExistsError,
    ) -> None:
        async def replace(click: discord.Interaction) -> None:
            await _confirmed(
                click,
                f"Replacing `{exists.file}` and reindexing…",
                lambda: self.bot.service.add_story(raw, filename, replace=True),
                "Nothing was replaced.",
            )

        view = Confirm(interaction.user.id, _operator_again, replace, label="Replace it")
        view.interaction = interaction
        old, new = exists.existing, exists.upload
        old_text = (
            f"{render.escape(old.meta.title or old.id)}, {len(old.passages)} paragraphs"
            if old is not None
            else "not indexed yet"
        )
        question = (
            f"`{exists.file}` already holds the story `{new.id}` ({old_text}). Replace it with "
            f"the upload ({render.escape(new.meta.title or new.id)}, "
            f"{len(new.passages)} paragraphs)? The current text is kept: "
            f"`/corpus restore story:{new.id}` brings it back."
        )
        await interaction.edit_original_response(
            content=render.content(question), view=view, allowed_mentions=NO_MENTIONS
        )

    @corpus.command(name="remove")
    @app_commands.describe(story="The story to remove (start typing its title or id)")
    @requires(Access.OPERATOR)
    async def corpus_remove(self, interaction: discord.Interaction, story: str) -> None:
        """Remove a story file from the corpus, after you confirm, then reindex."""
        found = next((s for s in self.bot.service.stories() if s.id == story), None)
        if found is None:
            raise StoryBotError(f"No indexed story has the id {story!r}; see /corpus list.")

        async def remove(click: discord.Interaction) -> None:
            await _confirmed(
                click,
                f"Removing `{found.source}` and reindexing…",
                lambda: self.bot.service.remove_story(found.id),
                "Nothing was removed.",
            )

        view = Confirm(interaction.user.id, _operator_again, remove)
        view.interaction = interaction
        title = render.escape(render.clip(found.meta.title or found.id, 256))
        await interaction.response.send_message(
            render.content(
                f"Remove `{found.source}` ({title}, {len(found.passages)} paragraphs) from the "
                "corpus? Its quotes will no longer be answered. Its text is kept: "
                f"`/corpus restore story:{found.id}` brings it back."
            ),
            view=view,
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @corpus_remove.autocomplete("story")
    async def story_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            await check_access(interaction, Access.OPERATOR)  # the operator's to edit
            stories = self.bot.service.stories()
        except (app_commands.CheckFailure, StoryBotError):
            return []
        return render.choices(
            ((f"{s.meta.title or s.id} ({s.source})", s.id, s.meta.outlet or "") for s in stories),
            current,
        )

    @corpus.command(name="restore")
    @app_commands.describe(story="The story whose earlier text to bring back (start typing)")
    @requires(Access.OPERATOR)
    async def corpus_restore(self, interaction: discord.Interaction, story: str) -> None:
        """Bring back the text a replacement or removal kept, then reindex."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            change = await self.bot.service.restore_story(story)
        except CorpusError as exc:
            await self._edit(interaction, _failed(exc, "Nothing was restored."))
            return
        await self._edit(interaction, _change_text(change))

    @corpus_restore.autocomplete("story")
    async def kept_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            await check_access(interaction, Access.OPERATOR)
        except (app_commands.CheckFailure, StoryBotError):
            return []
        newest: dict[str, KeptCopy] = {}
        for copy in await asyncio.to_thread(self.bot.service.kept_copies):
            newest.setdefault(copy.story_id, copy)
        return render.choices(
            (
                (f"{c.story_id} (kept {c.kept_at:%Y-%m-%d %H:%M} UTC)", c.story_id, "")
                for c in newest.values()
            ),
            current,
        )


async def _operator_again(click: discord.Interaction) -> None:
    """A confirmation is checked again on the click: the clicker's roles may have changed."""
    await check_access(click, Access.OPERATOR)


async def _confirmed(
    click: discord.Interaction,
    doing: str,
    change: Callable[[], Awaitable[CorpusChange]],
    undone: str,
) -> None:
    """Make a confirmed corpus change, showing first what is under way, then what changed."""
    await click.response.edit_message(content=doing, view=None, allowed_mentions=NO_MENTIONS)
    try:
        text = _change_text(await change())
    except CorpusError as exc:
        text = _failed(exc, undone)
    await click.edit_original_response(content=render.content(text), allowed_mentions=NO_MENTIONS)


async def _download(file: discord.Attachment) -> bytes:
    """The attachment's bytes; a failed download is said plainly (the admin can upload again)."""
    try:
        return await file.read()
    except discord.HTTPException as exc:
        problem = f"Discord answered {exc.status}"
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        problem = f"the connection failed ({type(exc).__name__})"
    log.warning("could not download the attachment %s: %s", file.filename, problem)
    raise StoryBotError(
        f"I could not download `{render.escape(file.filename)}` from Discord ({problem}). "
        "Nothing was changed; please upload it again."
    )


def _change_text(change: CorpusChange) -> str:
    return present.change_text(
        change, render.MARKUP, lambda story: f"/corpus restore story:{story}"
    )


def _failed(error: StoryBotError, after: str) -> str:
    return present.failed_text(error, after, render.MARKUP)
