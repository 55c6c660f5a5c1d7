"""What a reindex changed: the stories, passages and quotes one build has and another lacks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from bot.engine.models import Quote
from bot.engine.snapshot import IndexSnapshot


@dataclass(frozen=True)
class BuildChanges:
    stories_added: tuple[str, ...] = ()
    stories_removed: tuple[str, ...] = ()
    passages_added: int = 0  # distinct (story, text)
    passages_removed: int = 0
    quotes_added: int = 0  # distinct (story, text, speaker, kind)
    quotes_removed: int = 0


def build_changes(old: IndexSnapshot | None, new: IndexSnapshot) -> BuildChanges:
    """The changes from `old` to `new`, counted story by story (each counted thing names its
    story, so the whole builds' differences are the sum of the stories').

    A story analysed from the same file in both builds has the same passages in both, and the
    same quotes unless the merge across stories gave a speaker another id: only the others are
    compared (comparing every one of 100,000 passages and 62,000 quotes took a second).
    The speakers are compared from the quotes' arrays, so only the quotes of the stories
    compared are made (making all 62,000 to group them by story was a third of a second).
    """
    before = {a.story_id: a for a in old.analyses} if old else {}
    after = {a.story_id: a for a in new.analyses}
    quotes_after = _StoryQuotes(new)
    quotes_before = _StoryQuotes(old, quotes_after.counts)
    counts = [0, 0, 0, 0]  # passages added, removed; quotes added, removed
    for story_id in before.keys() | after.keys():
        was, now = before.get(story_id), after.get(story_id)
        same_file = was is not None and now is not None and was.key == now.key
        if not same_file:
            texts_before = set(was.passage_texts()) if was else set()
            texts_now = set(now.passage_texts()) if now else set()
            counts[0] += len(texts_now - texts_before)
            counts[1] += len(texts_before - texts_now)
        if not same_file or quotes_before.speakers(story_id) != quotes_after.speakers(story_id):
            quotes_was = {(q.text, q.speaker_id, q.kind) for q in quotes_before.of(story_id)}
            quotes_now = {(q.text, q.speaker_id, q.kind) for q in quotes_after.of(story_id)}
            counts[2] += len(quotes_now - quotes_was)
            counts[3] += len(quotes_was - quotes_now)
    return BuildChanges(
        stories_added=tuple(sorted(after.keys() - before.keys())),
        stories_removed=tuple(sorted(before.keys() - after.keys())),
        passages_added=counts[0],
        passages_removed=counts[1],
        quotes_added=counts[2],
        quotes_removed=counts[3],
    )


class _StoryQuotes:
    """A build's quotes by story: each story's speakers read from the quote shelf's arrays,
    its quotes made only when asked for.

    A build's quotes are its stories' own, story after story in the order of its analyses
    (`merge_attributions`), so story k's are the run after the first k stories' counts. Where
    the counts do not add up to the shelf's length, the quotes are all made and grouped.

    `known`: stories' quote counts by analysis key (the other build's `counts`): a story
    analysed from the same file has as many quotes, so its stored attribution is not decoded
    to count them again (2,000 decoded were a sixth of a second)."""

    def __init__(
        self, snapshot: IndexSnapshot | None, known: Mapping[str, int] | None = None
    ) -> None:
        self._runs: dict[str, tuple[int, int]] = {}
        self._grouped: dict[str, list[Quote]] | None = None
        self.counts: dict[str, int] = {}  # by analysis key
        if snapshot is None:
            self._grouped = {}
            return
        shelf = self._shelf = snapshot.quotes
        counts = [
            known[a.key] if known and a.key in known else len(a.attribution.quotes)
            for a in snapshot.analyses
        ]
        self.counts = {a.key: count for a, count in zip(snapshot.analyses, counts, strict=True)}
        if sum(counts) != len(shelf):
            self._grouped = _by_story(shelf)
            return
        ids = [a.story_id for a in snapshot.analyses]
        self._runs = {
            story: (end - count, end)
            for story, count, end in zip(ids, counts, accumulate(counts), strict=True)
        }
        # a speaker index of -1 (nobody we can tell) picks the None put last
        names = np.array([*shelf.speaker_ids, None], dtype=object)
        self._speaker_ids: list[str | None] = names[shelf.speakers].tolist()

    def speakers(self, story_id: str) -> list[str | None]:
        """The speaker ids of the story's quotes, in order."""
        if self._grouped is not None:
            return _speakers(self._grouped.get(story_id, []))
        start, end = self._runs.get(story_id, (0, 0))
        return self._speaker_ids[start:end]

    def of(self, story_id: str) -> Sequence[Quote]:
        if self._grouped is not None:
            return self._grouped.get(story_id, [])
        start, end = self._runs.get(story_id, (0, 0))
        return self._shelf[start:end]


def _by_story(quotes: Sequence[Quote]) -> dict[str, list[Quote]]:
    grouped: dict[str, list[Quote]] = {}
    for quote in quotes:
        grouped.setdefault(quote.story_id, []).append(quote)
    return grouped


def _speakers(quotes: Sequence[Quote]) -> list[str | None]:
    return [q.speaker_id for q in quotes]
