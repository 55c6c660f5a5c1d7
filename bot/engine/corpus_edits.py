"""Changing the corpus for a person, from any front end: add or replace, remove and restore a
story file, each followed by a reindex, and the folder put back when the reindex fails. The
files themselves (atomic writes, kept copies) are `CorpusFiles`'s."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.engine.corpus import parse_story
from bot.engine.corpus_files import CorpusFiles, KeptCopy
from bot.engine.models import Story
from bot.engine.reports import CorpusChange, NothingKeptError, ReindexReport, StoryExistsError
from bot.engine.snapshot import IndexSnapshot
from bot.errors import CorpusError, StoryBotError

if TYPE_CHECKING:
    from bot.engine.build_stop import Progress


class CorpusEditing:
    """The corpus changes of `StoryService` (a mixin: the service holds the state and
    reindexes)."""

    corpus_dir: Path
    corpus_lock: asyncio.Lock  # one corpus change (and its reindex) at a time
    files: CorpusFiles
    _clock: Callable[[], dt.datetime]
    _snapshot: IndexSnapshot | None

    async def reindex(
        self,
        progress: Progress | None = None,
        *,
        from_scratch: bool = False,
        empty_ok: bool = False,
    ) -> ReindexReport:
        raise NotImplementedError  # StoryService.reindex

    async def add_story(self, raw: bytes, filename: str, *, replace: bool = False) -> CorpusChange:
        """Add an uploaded story file as `<id>.txt`, then reindex.

        Raises CorpusError for a bad file (nothing touched), StoryExistsError when the id is
        already in the corpus and `replace` is false. A replaced text is kept aside first
        (`restore_story` brings it back). If the reindex fails the folder is put back.
        """
        upload = await asyncio.to_thread(parse_story, raw, source=filename)
        async with self.corpus_lock:
            target = self._target_for(upload, filename)
            previous = await asyncio.to_thread(self.files.read, target)
            if previous is not None and not replace:
                existing = next((s for s in self._indexed() if s.id == upload.id), None)
                raise StoryExistsError(upload, existing, target.name)
            kept = None
            if previous is not None:
                kept = await asyncio.to_thread(self.files.keep, upload.id, previous, self._clock())
            await asyncio.to_thread(self.files.write, target, raw)
            report = await self._reindex_or_put_back(
                target, previous, kept, "the upload was not kept"
            )
        verb = "replaced" if previous is not None else "added"
        return CorpusChange(verb, target.name, upload, kept, report)

    async def remove_story(self, story_id: str) -> CorpusChange:
        """Remove a story's file (its text kept aside for `restore_story`), then reindex."""
        async with self.corpus_lock:
            found = next((s for s in self._indexed() if s.id == story_id), None)
            if found is None:
                raise StoryBotError(f"No indexed story has the id {story_id!r}.")
            path = self.corpus_dir / found.source
            previous = await asyncio.to_thread(self.files.read, path)
            if previous is None:
                raise StoryBotError(f"{found.source} is no longer in the corpus folder; reindex.")
            kept = await asyncio.to_thread(self.files.keep, story_id, previous, self._clock())
            await asyncio.to_thread(path.unlink)
            # the last story too: a person removing it means it (a build that finds no story
            # file on its own is refused: most often a wrong path)
            report = await self._reindex_or_put_back(
                path, previous, kept, "nothing was removed", empty_ok=True
            )
        return CorpusChange("removed", found.source, None, kept, report)

    async def restore_story(self, story_id: str) -> CorpusChange:
        """Bring back the newest kept text of a story (replaced or removed), then reindex;
        the text it replaces, if any, is kept aside in turn."""
        async with self.corpus_lock:
            copies = await asyncio.to_thread(self.files.copies, story_id)
            if not copies:
                raise NothingKeptError(story_id)
            chosen = copies[0]
            raw = await asyncio.to_thread(self.files.read, chosen.path)
            if raw is None:
                raise NothingKeptError(story_id)
            story = await asyncio.to_thread(parse_story, raw, source=chosen.path.name)
            target = self._target_for(story, chosen.path.name)
            previous = await asyncio.to_thread(self.files.read, target)
            kept = None
            if previous is not None:
                kept = await asyncio.to_thread(self.files.keep, story_id, previous, self._clock())
            await asyncio.to_thread(self.files.write, target, raw)
            report = await self._reindex_or_put_back(target, previous, kept, "nothing was restored")
            await asyncio.to_thread(self.files.forget, chosen)
        return CorpusChange("restored", target.name, story, kept, report)

    def kept_copies(self) -> list[KeptCopy]:
        """The texts kept aside by replacements and removals, newest first."""
        return self.files.copies()

    def _indexed(self) -> Sequence[Story]:
        return self._snapshot.stories if self._snapshot else ()

    def _target_for(self, story: Story, filename: str) -> Path:
        """`<id>.txt` in the corpus folder; refuses an id another file already uses."""
        target = self.files.path_for(story.id)
        for indexed in self._indexed():
            if indexed.id == story.id and indexed.source != target.name:
                raise CorpusError(
                    filename, f"uses the id {story.id!r}, already used by {indexed.source}"
                )
            if indexed.source == target.name and indexed.id != story.id:
                raise CorpusError(
                    filename, f"would replace {indexed.source}, which holds {indexed.id!r}"
                )
        return target

    async def _reindex_or_put_back(
        self,
        target: Path,
        previous: bytes | None,
        kept: KeptCopy | None,
        undone: str,
        *,
        empty_ok: bool = False,
    ) -> ReindexReport:
        try:
            return await self.reindex(empty_ok=empty_ok)
        except BaseException as exc:
            await asyncio.to_thread(self.files.put_back, target, previous)
            if kept is not None:
                await asyncio.to_thread(self.files.forget, kept)
            if isinstance(exc, CorpusError):
                raise CorpusError(exc.path, f"{exc.problem}; {undone}") from exc
            raise
