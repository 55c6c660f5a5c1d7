"""A build's stories and passages, in order, each made when first asked for.

A build read back from the database holds its stories as compact JSON (`StoryAnalysis`):
answering shows a few passages, and start-up needs none, so making all 100,000 passages' models
at start-up cost most of it (and most of its memory). The shelves read as sequences; a story's
passages are made one by one, the first time each is asked for, and its metadata and body
are read without making it (what an answer shows of it).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, TypeVar, overload

import numpy as np
import numpy.typing as npt

from bot.engine.memory import long_lived_objects
from bot.engine.models import Passage, Quote, QuoteKind, Story, StoryMeta
from bot.engine.story_analysis import (
    QUOTE_KIND_AT,
    StoryAnalysis,
    quote_facts_from_json,
    quote_from_facts,
    quotes_to_json,
)

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
        self.by_id = _StoriesById(self._analyses)

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

    def meta(self, story_id: str) -> StoryMeta:
        """A story's metadata, without making the story (KeyError: no such story)."""
        return self.by_id.analysis(story_id).meta

    def body(self, story_id: str) -> str:
        """A story's body, without making the story (KeyError: no such story)."""
        return self.by_id.analysis(story_id).body

    def text(self, story_id: str, start: int, end: int) -> str:
        """`body(story_id)[start:end]`, without decoding the whole body when it can."""
        return self.by_id.analysis(story_id).text(start, end)


class _StoriesById(Mapping[str, Story]):
    def __init__(self, analyses: tuple[StoryAnalysis, ...]) -> None:
        self._analyses = {a.story_id: a for a in analyses}

    def __getitem__(self, story_id: str) -> Story:
        return self._analyses[story_id].story

    def analysis(self, story_id: str) -> StoryAnalysis:
        return self._analyses[story_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._analyses)

    def __len__(self) -> int:
        return len(self._analyses)


class PassageShelf(_Shelf[Passage]):
    """A build's passages (its stories' story passages, story by story): passage i of the
    index is `shelf[i]`."""

    def __init__(self, analyses: Sequence[StoryAnalysis]) -> None:
        self._analyses = tuple(analyses)
        self._ends = list(itertools.accumulate(a.passage_count for a in self._analyses))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> Passage: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Passage, ...]: ...
    def __getitem__(self, index: int | slice) -> Passage | tuple[Passage, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        index = _position(index, len(self))
        story = bisect.bisect_right(self._ends, index)
        # made alone, not with the rest of its story: an answer shows one or two of them
        return self._analyses[story].passage(index - (self._ends[story - 1] if story else 0))

    def keys(self) -> Iterator[tuple[str, int]]:
        """Each passage's (story id, paragraph), in order, without making any passage."""
        for analysis in self._analyses:
            yield from analysis.passage_keys

    @cached_property
    def places(self) -> Mapping[tuple[str, int], int]:
        """Each passage's place by its (story id, paragraph), without making any passage."""
        return _Places(self._analyses, self._ends)


class _Places(Mapping[tuple[str, int], int]):
    """Passages' places by (story id, paragraph), a story's worked out when first looked up:
    a dict of every passage's was 0.2 s and some 100 MB of a start at 1,000,000 passages."""

    def __init__(self, analyses: tuple[StoryAnalysis, ...], ends: list[int]) -> None:
        self._analyses = analyses
        self._ends = ends
        self._stories = {a.story_id: i for i, a in enumerate(analyses)}
        self._made: dict[int, dict[int, int]] = {}  # by story: paragraph -> place

    def __getitem__(self, key: tuple[str, int]) -> int:
        story_id, paragraph = key
        story = self._stories[story_id]
        made = self._made.get(story)
        if made is None:
            first = self._ends[story - 1] if story else 0
            keys = self._analyses[story].passage_keys
            made = self._made[story] = {p: first + i for i, (_, p) in enumerate(keys)}
        return made[paragraph]

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for analysis in self._analyses:
            yield from analysis.passage_keys

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0


class QuoteShelf(_Shelf[Quote]):
    """A build's quotes, in order, with each one's passage (its place in the index; -1 for a
    paragraph the index does not hold) and speaker as arrays.

    The searcher's tables read the arrays; a quote itself is made only when something asks
    for it (an answer shows its passage's few). Made from quotes in memory (`of`), or from a
    build's files (`stored`), where each run of `QUOTES_PER_PIECE` quotes is JSON until one
    of them is asked for: making all 62,000 of a 100,000-passage build at start was a tenth
    of a second and some 40 MB. A run is decoded once, and of its quotes only those asked
    for are made (making all 16 to show a passage's one or two was some 20 µs)."""

    def __init__(
        self,
        passages: npt.NDArray[np.int32],
        speakers: npt.NDArray[np.int32],
        speaker_ids: Sequence[str],
        pieces: Sequence[bytes | memoryview] | None = None,
        made: Sequence[Quote] | None = None,
        direct: npt.NDArray[np.bool_] | None = None,
    ) -> None:
        """Use `of` or `stored`."""
        self.passages = passages
        self.speakers = speakers  # an index into speaker_ids; -1: nobody we can tell
        self.speaker_ids = tuple(speaker_ids)
        self._pieces = pieces
        self._all: Sequence[Quote] = made if made is not None else ()  # `of`'s quotes
        self._read: dict[int, list[list[Any]]] = {}  # by piece: its quotes' facts, once read
        self._made: dict[int, Quote] = {}  # by index: a stored quote, once made
        # whether each quote is a direct quotation (None: a build's files written before
        # they held it, whose quotes' kinds are read of their JSON)
        self._direct = direct
        # the quotes by passage: passage p's are _order[_bounds[p] : _bounds[p + 1]], in order
        self._order = np.argsort(passages, kind="stable")
        self._bounds = quote_bounds(passages[self._order])

    @classmethod
    def of(cls, quotes: Sequence[Quote], passage_at: Mapping[tuple[str, int], int]) -> QuoteShelf:
        """The shelf of `quotes` (in memory); `passage_at`: each indexed passage's place by
        (story id, paragraph)."""
        ids: dict[str, int] = {}
        passages = np.fromiter(
            (passage_at.get((q.story_id, q.paragraph), -1) for q in quotes),
            dtype=np.int32,
            count=len(quotes),
        )
        speakers = np.fromiter(
            (ids.setdefault(q.speaker_id, len(ids)) if q.speaker_id else -1 for q in quotes),
            dtype=np.int32,
            count=len(quotes),
        )
        direct = np.fromiter(
            (q.kind is QuoteKind.DIRECT for q in quotes), dtype=np.bool_, count=len(quotes)
        )
        return cls(passages, speakers, list(ids), made=tuple(quotes), direct=direct)

    @classmethod
    def stored(
        cls,
        passages: npt.NDArray[np.int32],
        speakers: npt.NDArray[np.int32],
        speaker_ids: Sequence[str],
        pieces: Sequence[bytes | memoryview],
        direct: npt.NDArray[np.bool_] | None = None,
    ) -> QuoteShelf:
        """The shelf of a build's files: the arrays, and the quotes' JSON (`to_pieces`);
        `direct`: `direct_quotes()` (None: read of each quote's JSON when asked for)."""
        if len(pieces) != -(-len(passages) // QUOTES_PER_PIECE) or len(speakers) != len(passages):
            raise ValueError("the quotes' arrays and pieces do not match")
        if direct is not None and len(direct) != len(passages):
            raise ValueError("the quotes' kinds do not match them")
        return cls(passages, speakers, speaker_ids, pieces=pieces, direct=direct)

    def direct_quotes(self) -> npt.NDArray[np.bool_]:
        """Whether each quote is a direct quotation (`QuoteKind.DIRECT`): what a build's files
        store beside the quotes' speakers."""
        if self._direct is not None:
            return self._direct
        kinds = (self._kind(index) == QuoteKind.DIRECT for index in range(len(self)))
        return np.fromiter(kinds, dtype=np.bool_, count=len(self))

    def to_pieces(self) -> list[bytes]:
        """The quotes' JSON, `QUOTES_PER_PIECE` at a time (what `stored` reads)."""
        return [
            quotes_to_json(self[start : start + QUOTES_PER_PIECE])
            for start in range(0, len(self), QUOTES_PER_PIECE)
        ]

    def __len__(self) -> int:
        return len(self.passages)

    @overload
    def __getitem__(self, index: int) -> Quote: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...
    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        index = _position(index, len(self))
        if self._pieces is None:
            return self._all[index]
        quote = self._made.get(index)
        if quote is None:  # two threads may both make it: the same quote, either one kept
            piece, at = divmod(index, QUOTES_PER_PIECE)
            facts = self._read.get(piece)
            if facts is None:
                facts = self._read[piece] = quote_facts_from_json(self._pieces[piece])
            with long_lived_objects():  # kept as long as the build
                quote = self._made[index] = quote_from_facts(facts[at])
        return quote

    def __iter__(self) -> Iterator[Quote]:
        for index in range(len(self)):
            yield self[index]

    def of_passage(self, passage: int) -> tuple[Quote, ...]:
        """The quotes in passage `passage` (its place in the index), in order."""
        if not 0 <= passage < len(self._bounds) - 1:
            return ()
        low, high = int(self._bounds[passage]), int(self._bounds[passage + 1])
        return tuple(self[i] for i in self._order[low:high].tolist())

    def speakers_of_passage(self, passage: int) -> frozenset[str]:
        """The ids of the speakers of passage `passage`'s quotes (those with one), read of the
        arrays: no quote made."""
        if not 0 <= passage < len(self._bounds) - 1:
            return frozenset()
        at = self._order[int(self._bounds[passage]) : int(self._bounds[passage + 1])]
        ids = self.speaker_ids
        return frozenset(ids[s] for s in self.speakers[at].tolist() if s >= 0)

    def quoting_no_one(self, passages: Sequence[int]) -> set[int]:
        """Those of `passages` holding no quotation of anyone's, marked or reported: the
        story's own words. Read of the arrays, no quote made."""
        bounds = self._bounds
        last = len(bounds) - 1
        return {p for p in passages if 0 <= p < last and int(bounds[p]) == int(bounds[p + 1])}

    def speaker_numbers(self, speaker_ids: Iterable[str]) -> frozenset[int]:
        """The numbers in `speakers` of those of `speaker_ids` quoted on the shelf."""
        number = self._speaker_numbers
        return frozenset(number[s] for s in speaker_ids if s in number)

    def quoting_directly(self, passages: Sequence[int], wanted: Collection[int]) -> set[int]:
        """Those of `passages` holding a direct quotation (`QuoteKind.DIRECT`) of one of the
        speakers numbered `wanted` (`speaker_numbers`): read of the arrays, no quote made
        (making every quote of a speaker question's 20 candidates, mostly first seen, was a
        third of its time at 100,000 passages)."""
        if not wanted:
            return set()
        if self._direct is not None:
            return self._quoting_directly(passages, wanted, self._direct)
        bounds, order, speakers, last = (
            self._bounds,
            self._order,
            self.speakers,
            len(self._bounds) - 1,
        )
        found: set[int] = set()
        for passage in passages:
            if not 0 <= passage < last:
                continue
            at = order[int(bounds[passage]) : int(bounds[passage + 1])]
            for index, speaker in zip(at.tolist(), speakers[at].tolist(), strict=True):
                if speaker in wanted and self._kind(index) == QuoteKind.DIRECT:
                    found.add(passage)
                    break
        return found

    def _quoting_directly(
        self, passages: Sequence[int], wanted: Collection[int], direct: npt.NDArray[np.bool_]
    ) -> set[int]:
        """`quoting_directly` of the speakers numbered `wanted`, read of the arrays alone: each
        passage's run of quotes gathered at once (as `_PassagesQuoting.of_group` does)."""
        places = np.asarray(passages, dtype=np.int64)
        places = places[(places >= 0) & (places < len(self._bounds) - 1)]
        starts, ends = self._bounds[places], self._bounds[places + 1]
        lengths = ends - starts
        # run i's positions are starts[i] ... ends[i] - 1, one after the other
        first = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        quotes = self._order[first + np.arange(len(first), dtype=np.int64)]
        said = direct[quotes]  # the direct quotations among them, then whose (np.isin of a
        # few dozen was some 60 µs)
        speakers = self.speakers[quotes[said]].tolist()
        holding = np.repeat(places, lengths)[said].tolist()
        return {p for p, speaker in zip(holding, speakers, strict=True) if speaker in wanted}

    @cached_property
    def _speaker_numbers(self) -> dict[str, int]:
        """Each speaker id's number in `speakers`."""
        return {speaker_id: i for i, speaker_id in enumerate(self.speaker_ids)}

    def _kind(self, index: int) -> str:
        """The kind of quote `index` (a `QuoteKind` value), without making the quote."""
        if self._pieces is None:
            return self._all[index].kind
        piece, at = divmod(index, QUOTES_PER_PIECE)
        facts = self._read.get(piece)
        if facts is None:
            facts = self._read[piece] = quote_facts_from_json(self._pieces[piece])
        return str(facts[at][QUOTE_KIND_AT])

    def of_passages(self, start: int, end: int) -> list[tuple[Quote, ...]]:
        """`of_passage` of each passage from `start` to `end` (excluded), found at once (a
        build's files show every passage's quotes)."""
        last = len(self._bounds) - 1
        bounds = self._bounds[min(start, last) : min(end, last) + 1].tolist()
        order = self._order[bounds[0] : bounds[-1]].tolist() if bounds else []
        base = bounds[0] if bounds else 0
        quote = self._all.__getitem__ if self._pieces is None else self.__getitem__  # in memory
        found = [
            tuple(map(quote, order[low - base : high - base]))
            for low, high in itertools.pairwise(bounds)
        ]
        return found + [()] * (end - start - len(found))


def quote_bounds(ordered: npt.NDArray[np.int32]) -> npt.NDArray[np.int64]:
    """Where each value from 0 to the largest starts in `ordered` (sorted), and its end: the
    rows of value v are [bounds[v], bounds[v + 1]). Worked out at once: numpy's searchsorted
    for one Python int in an int32 array converts the whole array (some 50 µs a call)."""
    top = int(ordered[-1]) + 1 if len(ordered) else 0
    return np.searchsorted(ordered, np.arange(top + 1, dtype=ordered.dtype)).astype(np.int64)


QUOTES_PER_PIECE = 16


def _position(index: int, length: int) -> int:
    """`index` of a sequence of `length` items as a position from its start (a negative one
    counts from its end), or IndexError as a tuple would raise."""
    position = index + length if index < 0 else index
    if not 0 <= position < length:
        raise IndexError(index)
    return position
