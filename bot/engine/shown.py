"""What an answer shows of a passage (its citation, text and quotes), and that of every
passage stored with a build.

A passage shown for the first time was made from its story's stored form (its record, body
and metadata) and its quotes' stored run, each a page or more the question had not touched:
~60 µs a passage, ~0.15 ms of a question's first pass at 100,000 passages. A build's files
hold every passage's shown form instead (`write_shown`, one record of a few hundred bytes a
passage, checked against its story's words once, when written), read by passage number when
an answer shows it (`StoredShown`). A build without them (one read from the database, one
just built, the files of an older storybot) makes each from its story as before: the same
`ShownPassage` either way.

The file: `_PREFIX` (magic, how many passages and stories), each passage's record (JSON: its
paragraph, text and quotes; `null` for a passage never shown, whose text is not its story's),
each story's record (JSON: the metadata a citation shows), then, aligned to 8 bytes, each
passage record's end, each story record's end (uint64, from the first of its kind) and each
story's passages' end (uint64: how many passages the stories up to it have). A record says
nothing of where its story stands among the others, so a reindex copies the records of the
stories it keeps from the build it replaces (`Reused`), byte for byte what making them again
writes (at 100,000 passages ~0.35 s of CPU a reindex, most of writing its files).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import struct
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt
import orjson

from bot.engine.answer import AnswerQuote
from bot.engine.caches import remember
from bot.engine.models import Person, Quote, QuoteKind
from bot.engine.shelves import QuoteShelf
from bot.engine.story_analysis import StoryAnalysis
from bot.engine.trusted import trusted

__all__ = [
    "Reused",
    "ShownPassage",
    "StoredShown",
    "shown_quote",
    "shown_quote_facts",
    "write_shown",
]

# 2: a passage's record no longer holds its story's place (the table of stories' passages does)
_MAGIC = b"STSHOWN\x02"
_PREFIX = struct.Struct("<8sQQ")
_END = np.dtype("<u8")
_STORIES_KEPT = 10_000  # a bound on the story records a reader keeps decoded


@dataclass(frozen=True, slots=True)
class ShownPassage:
    """A passage as answers show it, but its rank, score and highlights (the question's)."""

    story_id: str
    title: str | None
    paragraph: int
    text: str  # verbatim from the story
    quotes: tuple[AnswerQuote, ...]
    outlet: str | None
    url: str | None
    published: dt.date | None


def shown_quote_facts(
    quote: Quote, passage_start: int, people: Mapping[str, Person]
) -> tuple[str, str | None, str, int, int]:
    """What answers show of a quote of a passage starting at `passage_start`, as stored: its
    text, its speaker's full name (None when the story does not tell), its kind, and its
    offsets in the passage (`shown_quote` makes the AnswerQuote)."""
    speaker = people.get(quote.speaker_id) if quote.speaker_id else None
    name = speaker.name if speaker else None
    start, end = quote.start - passage_start, quote.end - passage_start
    return quote.text, name, quote.kind.value, start, end


def shown_quote(facts: Sequence[Any]) -> AnswerQuote:
    """The AnswerQuote of `shown_quote_facts`'s values (or those stored)."""
    text, speaker, kind, start, end = facts
    # made from values of the right types (`trusted`): validating them again was most of
    # making it
    return trusted(
        AnswerQuote,
        {"text": text, "speaker": speaker, "kind": _KINDS[kind], "start": start, "end": end},
    )


# -- writing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reused:
    """The shown passages of the build a reindex replaces, as its files hold them, and where
    each story of the new build stands among its stories when its shown passages are the
    same (`build_merge.kept_stories`: its file and its quotes' speakers' names the same;
    -1: made again)."""

    shown: StoredShown
    places: Sequence[int]


def write_shown(
    out: BinaryIO,
    analyses: Sequence[StoryAnalysis],
    quotes: QuoteShelf,
    people: Sequence[Person],
    *,
    group: int,
    between: Callable[[], None],
    reused: Reused | None = None,
) -> None:
    """Write every passage's shown form (the passages of `analyses`, in order; `quotes` and
    `people` the build's) to `out`, as `StoredShown` reads it: each passage as the engine
    makes it from its story (`Rendering._made_shown`), each story read once and none kept
    (`StoryAnalysis.told_passages`), or the records of a story `reused` keeps copied as they
    are; `between` is called after every `group` stories (to let go of the pages they were
    read from)."""
    by_id = {person.id: person for person in people}
    counts = [analysis.passage_count for analysis in analyses]
    passages = sum(counts)
    out.write(_PREFIX.pack(_MAGIC, passages, len(analyses)))
    passage_ends = np.empty(passages, dtype=_END)
    heads: list[bytes] = []
    written = first = 0
    for place, analysis in enumerate(analyses):
        # A running bot's reindex writes this on a thread beside its event loop: the loop
        # gets the interpreter between stories rather than waiting out the thread's switch
        # interval at each turn (stalls of 100-150 ms under asks at 100,000 passages).
        time.sleep(0)
        kept = reused.places[place] if reused is not None else -1
        if kept >= 0:
            assert reused is not None
            head, records, ends = reused.shown.story_records(kept)
            if len(ends) != counts[place]:
                raise ValueError(f"story {analysis.story_id}'s passages do not match its records")
            heads.append(bytes(head))
            out.write(records)
            passage_ends[first : first + len(ends)] = ends + np.uint64(written)
            written, first = written + len(records), first + len(ends)
        else:
            said = quotes.of_passages(first, first + counts[place])
            made_head, made = _made_records(analysis, said, by_id)
            heads.append(made_head)
            made_ends = list(itertools.accumulate(map(len, made), initial=written))
            passage_ends[first : first + len(made)] = made_ends[1:]
            out.write(b"".join(made))
            written, first = made_ends[-1], first + len(made)
        if (place + 1) % group == 0:
            between()
    out.write(b"".join(heads))
    story_ends = np.cumsum([len(head) for head in heads], dtype=_END)
    out.write(bytes(-(_PREFIX.size + written + _last(story_ends)) % 8))  # the tables aligned
    out.write(passage_ends.tobytes())
    out.write(story_ends.tobytes())
    out.write(np.cumsum(counts, dtype=_END).tobytes())


def _made_records(
    analysis: StoryAnalysis, said: Sequence[Sequence[Quote]], by_id: Mapping[str, Person]
) -> tuple[bytes, list[bytes]]:
    """A story's record and its passages' (`said`: each passage's quotes, of the build)."""
    meta, body, own = analysis.told_passages()
    published = meta.published.isoformat() if meta.published else None
    head = orjson.dumps([meta.id, meta.title, meta.outlet, meta.url, published])
    if len(own) != analysis.passage_count:
        raise ValueError(f"story {meta.id}'s passages do not match its analysis")
    records = []
    # a passage's quotes are its story's (QuoteShelf.of places them by story id)
    for (paragraph, start, end, text), quotes in zip(own, said, strict=True):
        if body[start:end] != text:
            records.append(b"null")  # never shown: not exactly the story's words
            continue
        shown = [
            shown_quote_facts(quote, start, by_id)
            for quote in quotes
            if body[quote.start : quote.end] == quote.text
        ]
        records.append(orjson.dumps([paragraph, text, shown]))
    return head, records


# -- reading ----------------------------------------------------------------------------------


class StoredShown:
    """Every passage's shown form, as `write_shown` wrote it (e.g. a memory-mapped file of a
    build), each read when asked for."""

    def __init__(self, data: memoryview) -> None:
        """ValueError when `data` is not of this form or its tables do not fit it (its
        bytes are the build's own, checked by whoever hands them over)."""
        if len(data) < _PREFIX.size:
            raise ValueError("the shown passages are cut short")
        magic, passages, stories = _PREFIX.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("not a file of shown passages of this form")
        tables = _END.itemsize * (passages + 2 * stories)
        if len(data) < _PREFIX.size + tables:
            raise ValueError("the shown passages are cut short")
        at = len(data) - tables
        self._passage_ends: npt.NDArray[np.uint64] = np.frombuffer(
            data, dtype=_END, count=passages, offset=at
        )
        at += _END.itemsize * passages
        self._story_ends: npt.NDArray[np.uint64] = np.frombuffer(
            data, dtype=_END, count=stories, offset=at
        )
        # how many passages the stories up to each have: where a passage's story stands
        self._story_passages: npt.NDArray[np.uint64] = np.frombuffer(
            data, dtype=_END, count=stories, offset=at + _END.itemsize * stories
        )
        self._passages_at = _PREFIX.size
        self._stories_at = _PREFIX.size + _last(self._passage_ends)
        records_end = self._stories_at + _last(self._story_ends)
        if records_end + (-records_end % 8) != len(data) - tables:
            raise ValueError("the shown passages do not fill their file")
        if _last(self._story_passages) != passages:
            raise ValueError("the shown passages are not their stories'")
        self._data = data
        self._heads: dict[int, tuple[str, str | None, str | None, str | None, dt.date | None]] = {}
        # the same read a Python int at a time, in place: a numpy scalar a look-up and
        # `np.searchsorted` were ~3 µs of each passage first shown
        self._passage_end_at = _as_ints(self._passage_ends)
        self._story_passages_at = _as_ints(self._story_passages)

    def __len__(self) -> int:
        return len(self._passage_ends)

    def get(self, number: int) -> ShownPassage | None:
        """Passage `number`'s shown form; None for a passage never shown (its text is not
        exactly its story's)."""
        if not 0 <= number < len(self._passage_ends):
            raise IndexError(number)
        ends = self._passage_end_at
        low = self._passages_at + (int(ends[number - 1]) if number else 0)
        high = self._passages_at + int(ends[number])
        record = orjson.loads(self._data[low:high])
        if record is None:
            return None
        paragraph, text, quotes = record
        place = bisect.bisect_right(self._story_passages_at, number)  # its story's
        story_id, title, outlet, url, published = self._head(place)
        return ShownPassage(
            story_id=story_id,
            title=title,
            paragraph=paragraph,
            text=text,
            quotes=tuple(map(shown_quote, quotes)),
            outlet=outlet,
            url=url,
            published=published,
        )

    def story_records(self, place: int) -> tuple[memoryview, memoryview, npt.NDArray[np.uint64]]:
        """The story at `place`'s record, its passages' records (together, as written) and
        each one's end in them."""
        first = int(self._story_passages[place - 1]) if place else 0
        last = int(self._story_passages[place])
        base = int(self._passage_ends[first - 1]) if first else 0
        ends = self._passage_ends[first:last] - np.uint64(base)
        low = self._passages_at + base
        records = self._data[low : low + (int(ends[-1]) if len(ends) else 0)]
        head_low = self._stories_at + (int(self._story_ends[place - 1]) if place else 0)
        head = self._data[head_low : self._stories_at + int(self._story_ends[place])]
        return head, records, ends

    def _head(self, place: int) -> tuple[str, str | None, str | None, str | None, dt.date | None]:
        head = self._heads.get(place)
        if head is None:
            low = self._stories_at + (int(self._story_ends[place - 1]) if place else 0)
            high = self._stories_at + int(self._story_ends[place])
            facts: list[Any] = orjson.loads(self._data[low:high])
            story_id, title, outlet, url, published = facts
            day = dt.date.fromisoformat(published) if published else None
            head = remember(self._heads, place, (story_id, title, outlet, url, day), _STORIES_KEPT)
        return head


_KINDS = {kind.value: kind for kind in QuoteKind}


def _as_ints(array: npt.NDArray[np.uint64]) -> Sequence[int]:
    """A table of the file (little-endian) as Python ints, read in place; numpy's own
    scalars where the machine's order is not little-endian."""
    if sys.byteorder != "little":
        return array  # type: ignore[return-value]  # compared and made ints alike
    return array.view(np.dtype("=u8")).data


def _last(ends: npt.NDArray[np.uint64]) -> int:
    return int(ends[-1]) if len(ends) else 0
