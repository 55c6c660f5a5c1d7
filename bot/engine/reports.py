"""What the service hands back besides answers: quotes as listed, what a reindex or a
corpus change did, where a question came from, and the errors of changing the corpus."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.build_changes import BuildChanges, build_changes
from bot.engine.corpus_files import KeptCopy
from bot.engine.models import QuoteKind, Story
from bot.engine.snapshot import BuildRecord, IndexSnapshot
from bot.errors import StoryBotError


class QuoteView(BaseModel):
    """One quote as listed by `storybot quotes` and `/quotes`."""

    model_config = ConfigDict(frozen=True)

    story_id: str = Field(serialization_alias="document")  # the documented JSON key
    paragraph: int
    text: str
    speaker: str | None
    kind: QuoteKind


class ReindexReport(BaseModel):
    """What a reindex changed."""

    model_config = ConfigDict(frozen=True)

    build: BuildRecord
    unchanged: bool  # the corpus was as indexed: nothing was rebuilt
    stories_added: tuple[str, ...] = ()
    stories_removed: tuple[str, ...] = ()
    passages_added: int = 0
    passages_removed: int = 0
    quotes_added: int = 0
    quotes_removed: int = 0


@dataclass(frozen=True)
class CorpusChange:
    """What `add_story`, `remove_story` or `restore_story` did: the story file changed, the
    text it replaced (kept aside, so `restore_story` can bring it back) and the reindex."""

    verb: str  # "added", "replaced", "removed", "restored"
    file: str  # the story file's name in the corpus folder
    story: Story | None  # the story now in that file (None after a removal)
    kept: KeptCopy | None  # where the text it replaced or removed was kept
    report: ReindexReport


class StoryExistsError(StoryBotError):
    """An upload has the id of a story already in the corpus: replacing it needs a yes."""

    def __init__(self, upload: Story, existing: Story | None, file: str) -> None:
        self.upload = upload
        self.existing = existing
        self.file = file
        super().__init__(f"{file} already holds the story {upload.id!r}; replace it?")


class NothingKeptError(StoryBotError):
    def __init__(self, story_id: str) -> None:
        super().__init__(
            f"No earlier text of {story_id!r} is kept, so there is nothing to restore."
        )


@dataclass(frozen=True)
class AskSource:
    """Where a question came from, for the query log."""

    name: str = "cli"
    guild_id: int | None = None
    channel_id: int | None = None
    user_id: int | None = None


def reindex_report(
    old: IndexSnapshot | None,
    new: IndexSnapshot,
    build: BuildRecord,
    changes: BuildChanges | None = None,
) -> ReindexReport:
    """What a reindex from `old` to `new` did; `changes`: `build_changes(old, new)`, when
    the caller has worked them out already."""
    if changes is None:
        changes = build_changes(old, new)
    return ReindexReport(
        build=build,
        unchanged=old is not None and old.corpus_hash == new.corpus_hash,
        stories_added=changes.stories_added,
        stories_removed=changes.stories_removed,
        passages_added=changes.passages_added,
        passages_removed=changes.passages_removed,
        quotes_added=changes.quotes_added,
        quotes_removed=changes.quotes_removed,
    )
