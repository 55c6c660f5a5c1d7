"""What one index build holds, and the storage the engine needs, described as a protocol.

The engine never imports a database: a front end hands the service an `IndexStore`
(storage/ implements it with SQLite) and the service reads and writes snapshots through it.
"""

from __future__ import annotations

import datetime as dt
import mmap
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.engine.index import BM25Index
from bot.engine.memory import release_mapping
from bot.engine.models import Person
from bot.engine.nearest import FilledIndex
from bot.engine.passage_terms import JoinedPassageTerms
from bot.engine.semantic import Vectors
from bot.engine.shelves import PassageShelf, QuoteShelf, StoryShelf
from bot.engine.shown import Reused, StoredShown
from bot.engine.story_analysis import StoryAnalysis


class IndexSnapshot(BaseModel):
    """Everything needed to answer questions, as built from one corpus.

    `passages[i]` is passage i of `index`; the index is stored as built, so loading it
    does not tokenise the corpus again.
    """

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    corpus_hash: str
    stories: StoryShelf
    passages: PassageShelf  # made when first asked for
    people: tuple[Person, ...]
    quotes: QuoteShelf  # each made when first asked for
    # each passage's shown form (citation, text, quotes), when read from a build's files
    # (`build_files`); None: an answer makes each from its story
    shown: StoredShown | None = None
    index: BM25Index
    passage_terms: JoinedPassageTerms  # passage i's tokens, worked out at index time
    # passage i's dense vector, worked out at index time (None: no embedding model installed)
    passage_vectors: Vectors | None = None
    # the nearest-neighbour index's learnt centres (nearest.trained_index), from
    # `semantic_exact_below` passages on: stored with the build, so a reindex or a new process
    # only adds the passages to them
    nearest_trained: bytes | None = None
    # a file of that index with this build's passages added (`nearest.write_filled_index`), when
    # the build was read from its files (`build_files`): searchers read it memory-mapped
    nearest_filled: Path | None = None
    # that index made by the process that made this build (`nearest.FilledIndex`; not
    # stored): its save writes it and its searcher answers from it
    nearest_made: FilledIndex | None = None
    # each story's own analysis, in story order: what the build is stored as, and what a
    # later build reuses for the stories whose file did not change
    analyses: tuple[StoryAnalysis, ...]
    built_at: dt.datetime
    # the files it is read from in place: its own, when read from a build's files
    # (`build_files`), or a previous build's, whose stories' analyses it reuses
    mapped_files: tuple[mmap.mmap, ...] = ()
    # made by a reindex from a build read from its files: that build's shown passages, and
    # which of its stories keep theirs (`shown.Reused`), copied when this build's files are
    # written rather than made again
    reused_shown: Reused | None = None
    # the sounds of the people's names (`name_sounds.NameSounds.stored`), when read from a
    # build's files; None: a searcher makes them from the people when a question first needs
    # them (a name dictated as several words)
    name_sounds: bytes | None = None

    def release_mapped_pages(self) -> None:
        """Let this process's pages of its files go: read again from them when touched again,
        so nothing changes but memory. A reindex has read (and copied) what it needed of the
        build it replaces (at 1,000,000 passages ~0.6 GB of its files) by the time it saves."""
        for mapping in self.mapped_files:
            release_mapping(mapping)


class BuildRecord(BaseModel):
    """One row of the build history."""

    model_config = ConfigDict(frozen=True)

    id: int
    version: int  # format of the stored index; a different one forces a rebuild
    corpus_hash: str
    stories: int
    passages: int
    quotes: int
    built_at: dt.datetime
    duration_ms: float


class QueryLogEntry(BaseModel):
    """One question, as logged: where it came from and how it went."""

    model_config = ConfigDict(frozen=True)

    at: dt.datetime
    source: str  # "cli", "discord", ...
    question: str
    answered: bool
    reason: str | None = None
    top_document: str | None = None
    top_paragraph: int | None = None
    latency_ms: float
    guild_id: int | None = None
    channel_id: int | None = None
    user_id: int | None = None


class IndexStore(Protocol):
    """Storage the engine service needs. Saving a snapshot must be atomic: all or nothing.

    Several processes may share one store: `reindexing()` is held by one of them at a time
    (raising ReindexBusyError at once in the others).
    """

    def reindexing(self) -> AbstractAsyncContextManager[None]: ...

    def local_folder(self) -> Path | None:
        """A folder of this machine the store keeps its files in (a build's, read at start),
        where the service may keep a small record of its own; None: no such folder."""
        ...

    async def load_active_snapshot(self) -> IndexSnapshot | None: ...

    async def active_build(self) -> BuildRecord | None: ...

    async def keep_analyses(self, stored: Sequence[tuple[str, bytes]]) -> None:
        """Store story analyses (each its key and `StoryAnalysis.to_bytes`) ahead of the save
        of the build that holds them, which then writes only those not stored; one no build
        holds is deleted by `drop_unused_analyses` (a failed build's) or when a build is next
        made active (a killed build's). Called while a build is made, `reindexing()` held."""
        ...

    async def drop_unused_analyses(self) -> None:
        """Delete the analyses no build holds (a failed build's, stored ahead of its save)."""
        ...

    async def save_snapshot(self, snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord: ...

    async def keep_build_files(
        self, snapshot: IndexSnapshot, *, read: bool = False
    ) -> IndexSnapshot | None:
        """Write the build just saved (`snapshot`) as the files a start reads in place, in
        `local_folder()`, atomically; with `read`, the build as read from them (its arrays
        memory-mapped, each passage's shown form stored). None when the store keeps no files,
        they cannot be written (a warning) or another build was saved since."""
        ...

    async def log_query(self, entry: QueryLogEntry) -> None: ...

    async def log_queries(self, entries: Sequence[QueryLogEntry]) -> None:
        """Log the entries in one transaction, in order: all or none."""
        ...
