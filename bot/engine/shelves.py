"""A build's stories and passages, in order, each made when first asked for.

A build read back from the database holds its stories as compact JSON (`StoryAnalysis`):
answering shows a few passages, and start-up needs none, so making all 100,000 passages' models
at start-up cost most of it (and most of its memory). The shelves read as sequences; a story's
passages are made together, the first time one of them is asked for.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar, overload

from bot.engine.models import Passage, Story
from bot.engine.story_analysis import StoryAnalysis

T = TypeVar("T")


class _Shelf(Sequence[T]):
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(self) != len(other):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


class StoryShelf(_Shelf[Story]):
    """A build's stories, in order."""

    def __init__(self, analyses: Sequence[StoryAnalysis]) -> None:
        self._analyses = tuple(analyses)
        self.by_id: Mapping[str, Story] = _StoriesById(self._analyses)

    def __len__(self) -> int:
        return len(self._analyses)

    @overload
    def __getitem__(self, index: int) -> Story: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Story, ...]: ...
    def __getitem__(self, index: int | slice) -> Story | tuple[Story, ...]:
        if isinstance(index, slice):
            return tuple(a.story for a in self._analyses[index])
        return self._analyses[index].story

    def ids(self) -> list[str]:
        """The stories' ids, in order, without making any story."""
        return [a.story_id for a in self._analyses]


class _StoriesById(Mapping[str, Story]):
    def __init__(self, analyses: tuple[StoryAnalysis, ...]) -> None:
        self._analyses = {a.story_id: a for a in analyses}

    def __getitem__(self, story_id: str) -> Story:
        return self._analyses[story_id].story

    def __iter__(self) -> Iterator[str]:
        return iter(self._analyses)

    def __len__(self) -> int:
        return len(self._analyses)


class PassageShelf(_Shelf[Passage]):
    """A build's passages (its stories' story passages, story by story): passage i of the
    index is `shelf[i]`."""

    def __init__(self, analyses: Sequence[StoryAnalysis]) -> None:
        self._analyses = tuple(analyses)
        self._ends = list(itertools.accumulate(len(a.passage_keys) for a in self._analyses))
        self._made: dict[int, tuple[Passage, ...]] = {}  # by story: its passages, once made

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> Passage: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Passage, ...]: ...
    def __getitem__(self, index: int | slice) -> Passage | tuple[Passage, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        story = bisect.bisect_right(self._ends, index)
        made = self._made.get(story)
        if made is None:
            made = self._made[story] = self._analyses[story].story.passages
        return made[index - (self._ends[story - 1] if story else 0)]

    def keys(self) -> Iterator[tuple[str, int]]:
        """Each passage's (story id, paragraph), in order, without making any passage."""
        for analysis in self._analyses:
            yield from analysis.passage_keys
