"""One story's analysis (the costly part of a build) and its stored form.

A build keeps each story's analysis under the key of the file it came from (its name and
bytes), so any later build, in this process or another, reuses it for a file that did not
change and works out only the new ones. The stored form is one blob per story: its facts and
attribution as JSON (orjson), its passages' tokens (`PassageTerms`) and dense vectors as they
are in memory, so reading one back decodes no text and validates nothing twice.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import struct
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import orjson
from isal.isal_zlib import crc32  # zlib.crc32's checksum, several times as fast

from bot.engine.memory import long_lived_objects
from bot.engine.models import (
    ParagraphRole,
    Passage,
    Person,
    Quote,
    QuoteKind,
    RoleOwner,
    Span,
    SpeakerKind,
    Story,
    StoryAttribution,
    StoryMeta,
)
from bot.engine.passage_terms import PassageTerms
from bot.engine.semantic import Vectors
from bot.engine.trusted import trusted as _trusted

__all__ = [
    "StoredParts",
    "StoredStory",
    "StoryAnalysis",
    "attribution_from_json",
    "attribution_to_json",
    "quote_facts_from_json",
    "quote_from_facts",
    "quotes_from_json",
    "quotes_to_json",
]

_MAGIC = b"STANALYS"
# 3: the story stored as `StoredStory` (each part decodes alone), not one JSON object; a blob
# of version 2 (an older build's) is still read, and stored again in the new form
_VERSION = 3
_READ_VERSIONS = (2, 3)
# magic, version, lengths of: the attribution's JSON, the story's JSON, the passage terms and
# the vectors; payload crc
_PREFIX = struct.Struct("<8sIIIQQI")


class StoryAnalysis:
    """What indexing works out of one story on its own: kept with the build, so a reindex
    redoes it only for the stories whose file changed.

    Read back from its stored form, the story itself (its text, paragraphs and sentences,
    most of a build's objects) stays compact JSON until something asks for it: answering
    needs the few passages it shows, and start-up none.
    """

    key: str  # the story file's name and bytes, hashed (`builder.file_key`)
    story_id: str
    # each story passage's dense vector (None: the embedding model is not installed)
    vectors: Vectors | None

    def __init__(
        self,
        *,
        key: str,
        story: Story,
        attribution: StoryAttribution,
        passage_terms: PassageTerms,
        vectors: Vectors | None = None,
    ) -> None:
        self.key = key
        self.story_id = story.id
        self._passage_keys: tuple[tuple[str, int], ...] | None = tuple(
            p.key for p in story.passages
        )
        self._paragraphs: Sequence[int] = ()
        self._attribution: StoryAttribution | None = attribution
        self._passage_terms: PassageTerms | None = passage_terms
        self.vectors = vectors
        self._story: Story | None = story
        self._story_json: bytes | memoryview | None = None
        self._deferred: StoredParts | None = None

    @classmethod
    def deferred(
        cls,
        key: str,
        story_id: str,
        paragraphs: Sequence[int],
        parts: StoredParts,
        vectors: Vectors | None,
    ) -> StoryAnalysis:
        """An analysis read from its stored parts (`stored_parts`, e.g. views of a
        memory-mapped file of the build) only when something asks for more than its key and
        passages: starting up from a build's files decodes none of its 2,000 stories. The
        parts must be sound (checked by whoever hands them over)."""
        made = cls.__new__(cls)
        made.key = key
        made.story_id = story_id
        made._passage_keys = None  # made when first asked for (100,000 tuples at start)
        made._paragraphs = paragraphs
        made.vectors = vectors
        made._attribution = None
        made._passage_terms = None
        made._story = None
        made._story_json = parts.told
        made._deferred = parts
        return made

    @property
    def passage_keys(self) -> tuple[tuple[str, int], ...]:
        """Each story passage's (story id, paragraph)."""
        keys = self._passage_keys
        if keys is None:
            keys = self._passage_keys = tuple((self.story_id, p) for p in self._paragraphs)
        return keys

    @property
    def passage_count(self) -> int:
        """How many story passages it has (`len(passage_keys)`, without making them)."""
        keys = self._passage_keys
        return len(self._paragraphs) if keys is None else len(keys)

    @property
    def attribution(self) -> StoryAttribution:
        """Its own people and quotes, ids not yet merged."""
        if self._attribution is None:  # two threads may both decode it: either one kept
            assert self._deferred is not None
            with long_lived_objects():  # kept as long as the build, as a story is
                self._attribution = attribution_from_json(self._deferred.said)
        return self._attribution

    @property
    def passage_terms(self) -> PassageTerms:
        """Each story passage's tokens and whether it holds a number."""
        if self._passage_terms is None:
            assert self._deferred is not None
            # in place: the parts were checked when handed over (`deferred`)
            self._passage_terms = PassageTerms.from_bytes(self._deferred.terms, checked=True)
        return self._passage_terms

    @property
    def story(self) -> Story:
        story = self._story
        if story is None:  # two threads may both make it: the same story, either one kept
            stored = self._stored_story()
            if stored is None:  # made meanwhile by another thread
                assert self._story is not None
                return self._story
            # Made while answering, and kept as long as the build: frozen, or collections
            # walk every story made so far (a full one took 50-240 ms of a question)
            with long_lived_objects():
                story = _story(stored.facts())
            self._story = story
            self._story_json = self._stored = None
        return story

    def told_passages(self) -> tuple[StoryMeta, str, list[tuple[int, int, int, str]]]:
        """The story's metadata and body, and each story passage's paragraph, start, end and
        text, in order: from its stored form when the story is not made yet, neither making
        nor keeping it (a build's files show every passage of every story once,
        `shown.write_shown`: the stories kept were a million passages' models at 1,000,000)."""
        told = self._story_json  # None once the story is made (`story` sets that last)
        if told is None:
            story = self.story
            passages = [(p.paragraph, p.start, p.end, p.text) for p in story.passages]
            return story.meta, story.body, passages
        stored = self._stored
        facts = (stored if stored is not None else _read_told(told)).facts()
        body: str = facts["body"]
        return (
            _meta(facts["meta"]),
            body,
            [
                (paragraph, start, end, body[start:end] if text is None else text)
                for paragraph, start, end, role, _, text in facts["paragraphs"]
                if _ROLES[role] is ParagraphRole.STORY
            ],
        )

    def passage_texts(self) -> list[str]:
        """Each story passage's text, in order, without making the story when it is not made
        yet: a reindex's report compares the texts of every story that changed (at a whole
        build, every story; making them all held a million passages' models at 1,000,000)."""
        told = self._story_json  # None once the story is made (`story` sets that last)
        if told is None:
            return [p.text for p in self.story.passages]
        facts = _read_told(told).facts()
        body: str = facts["body"]
        return [
            body[start:end] if text is None else text
            for _, start, end, role, _, text in facts["paragraphs"]
            if _ROLES[role] is ParagraphRole.STORY
        ]

    # An answer shows a passage or two of a story and its metadata: those are made alone from
    # the stored story until the whole story is asked for. Making a story's 50 passages and
    # their sentences to show one was most of showing it (0.2 ms); decoding the whole stored
    # story to show one was some 20-60 µs a story (`StoredStory` decodes each part alone).
    _stored: StoredStory | _JsonStory | None = None
    _passages_made: dict[int, Passage] | None = None
    _meta_made: StoryMeta | None = None
    _body_made: str | None = None

    def passage(self, index: int) -> Passage:
        """The story passage of `passage_keys[index]`."""
        made = self._passages_made
        if made is None:
            made = self._passages_made = {}
        passage = made.get(index)
        if passage is None:
            stored = None if self._story is not None else self._stored_story()
            if stored is None:
                passage = self.story.passages[index]
            else:
                keys = self._passage_keys  # not made for one passage (50 tuples a story)
                paragraph = self._paragraphs[index] if keys is None else keys[index][1]
                number, start, end, role, offsets, text = stored.paragraph(paragraph)
                if text is None:
                    text = self.text(start, end)
                with long_lived_objects():  # kept as long as the build, as a story is
                    passage = _made_paragraph(
                        self.story_id, number, start, end, role, offsets, text
                    )
            made[index] = passage
        return passage

    @property
    def meta(self) -> StoryMeta:
        """The story's metadata (made alone until the story is)."""
        stored = None if self._story is not None else self._stored_story()
        if stored is None:
            return self.story.meta
        if self._meta_made is None:
            self._meta_made = _meta(stored.meta())
        return self._meta_made

    @property
    def body(self) -> str:
        """The story's body, exactly as in its file."""
        body = self._body_made
        if body is None:
            stored = None if self._story is not None else self._stored_story()
            body = self._body_made = self.story.body if stored is None else stored.body()
        return body

    def text(self, start: int, end: int) -> str:
        """`body[start:end]`, without decoding the whole body when it can (an ASCII body
        stored in the new form: an answer checks its passages and quotes against their
        story's words, and decoding each shown story's body touched all of its pages)."""
        body = self._body_made
        if body is None:
            stored = None if self._story is not None else self._stored_story()
            if stored is not None and stored.sliced_alone:
                return stored.text(start, end)
            # a body of other characters (most news: curly quotes) is decoded once and kept,
            # not once for each passage and quote checked against it
            body = self.body
        return body[start:end]

    def _stored_story(self) -> StoredStory | _JsonStory | None:
        """The stored story, read once and kept until the story is made (None from then on)."""
        stored = self._stored
        if stored is None:
            told = self._story_json
            if told is None:
                return None
            stored = self._stored = _read_told(told)
        return stored

    @property
    def terms(self) -> tuple[tuple[str, ...], ...]:
        """Each story passage's index terms, in order (made on each call: a build reads them
        once, and kept they were some 200 bytes a passage for the build's life)."""
        return self.passage_terms.every_passage_s_terms()

    def with_vectors(self, vectors: Vectors | None) -> StoryAnalysis:
        """This analysis with its vectors held elsewhere (a view of a build's matrix of every
        passage's vector, so that they are held once); what it has worked out is kept."""
        moved = copy.copy(self)
        moved.vectors = vectors
        return moved

    # -- stored form ------------------------------------------------------------------------------

    def stored_parts(self) -> StoredParts:
        """Its stored form's parts but the vectors: its own people and quotes as JSON, its
        story as JSON, its passages' terms (`deferred` reads them back)."""
        deferred = self._deferred
        if deferred is not None and bytes(deferred.told[: len(_TOLD_MAGIC)]) == _TOLD_MAGIC:
            # Read back from a build's files, by this version (its key says so): the bytes
            # encoding it again gives, without decoding and encoding every reused story's
            # attribution and terms when a reindex writes its files (~0.1 s at 100,000
            # passages).
            return deferred
        said = orjson.dumps(_attribution_facts(self, self.vectors))
        # a story read back and never asked for is stored as it was read (one of an older
        # build's, the whole story's JSON, in the form each part decodes alone)
        read = self._story_json
        if read is None:
            told = _told_bytes(_story_facts(self.story))
        elif bytes(read[: len(_TOLD_MAGIC)]) == _TOLD_MAGIC:
            told = bytes(read)
        else:
            told = _told_bytes(orjson.loads(read))
        return StoredParts(said, told, self.passage_terms.to_bytes())

    def to_bytes(self) -> bytes:
        said, told, terms = self.stored_parts()
        vectors = b"" if self.vectors is None else self.vectors.astype("<f4", copy=False).tobytes()
        payload = b"".join((said, told, terms, vectors))
        lengths = (len(said), len(told), len(terms), len(vectors))
        return _PREFIX.pack(_MAGIC, _VERSION, *lengths, crc32(payload)) + payload

    @classmethod
    def from_bytes(cls, key: str, data: bytes, *, own_vectors: bool = False) -> StoryAnalysis:
        """Read `to_bytes` output back; ValueError when it is damaged or of another version.

        The vectors are a view of `data` (which they keep alive) unless `own_vectors`: then
        a copy, so that `data` can go at once."""
        try:
            return cls._from_bytes(key, memoryview(data).cast("B"), own_vectors)
        except ValueError:
            raise
        except Exception as exc:  # any structural surprise means damaged data
            raise ValueError(f"damaged story analysis: {exc}") from exc

    @classmethod
    def _from_bytes(cls, key: str, data: memoryview, own_vectors: bool) -> StoryAnalysis:
        magic, version, *lengths, crc = _PREFIX.unpack_from(data)
        if magic != _MAGIC or version not in _READ_VERSIONS:
            raise ValueError("not a story analysis of this version")
        payload = data[_PREFIX.size :]
        if len(payload) != sum(lengths):
            raise ValueError("damaged story analysis: wrong length")
        if crc32(payload) != crc:
            raise ValueError("damaged story analysis: checksum mismatch")
        ends = list(itertools.accumulate(lengths))
        said = orjson.loads(payload[: ends[0]])
        # copies, so that the blob is not kept alive: the caller copies the vectors
        # (`with_vectors`), and the blob is mostly vectors
        terms = PassageTerms.from_bytes(payload[ends[1] : ends[2]], copy=True)
        vectors = None
        if said["vector_width"] is not None:
            flat = np.frombuffer(payload, dtype="<f4", offset=ends[2])
            vectors = flat.astype(np.float32, copy=own_vectors).reshape(-1, said["vector_width"])
            if len(vectors) != len(terms):
                raise ValueError("damaged story analysis: not one vector per passage")
        story_id: str = said["story_id"]
        made = cls.__new__(cls)
        made.key = key
        made.story_id = story_id
        made._passage_keys = tuple((story_id, paragraph) for paragraph in said["passages"])
        made._paragraphs = ()
        made._attribution = _attribution(said)
        made._passage_terms = terms
        made.vectors = vectors
        made._story = None
        made._story_json = told = bytes(payload[ends[0] : ends[1]])
        if version == _VERSION:
            made._stored = StoredStory(told)  # checks its table of parts
        made._deferred = None
        if len(made.passage_keys) != len(terms):
            raise ValueError("damaged story analysis: not one term list per passage")
        return made


class StoredParts(NamedTuple):
    """A story analysis's stored form but its vectors (bytes, or views of a larger buffer)."""

    said: bytes | memoryview  # its own people and quotes (`attribution_to_json`)
    told: bytes | memoryview  # the story (`StoredStory`; an older build's: JSON)
    terms: bytes | memoryview  # `PassageTerms.to_bytes`


def attribution_to_json(attribution: StoryAttribution) -> bytes:
    """People and quotes in the compact form a story analysis stores them in."""
    return orjson.dumps(_attribution_lists(attribution))


def quotes_to_json(quotes: Sequence[Quote]) -> bytes:
    """Quotes in the compact form a story analysis stores them in."""
    return orjson.dumps(_quote_lists(quotes))


def quotes_from_json(data: bytes | memoryview) -> tuple[Quote, ...]:
    """`quotes_to_json` read back."""
    return _quotes(orjson.loads(data))


def attribution_from_json(data: bytes | memoryview) -> StoryAttribution:
    """`attribution_to_json` (or a stored analysis's attribution facts) read back."""
    return _attribution(orjson.loads(data))


# The JSON keeps each model's fields in a list, in the order below: a story of 50 paragraphs
# is some 100 lists, read back without validation (the values were validated when the story
# was parsed, and this blob is the build's own).


def _attribution_facts(analysis: StoryAnalysis, vectors: Vectors | None) -> dict[str, Any]:
    return {
        "story_id": analysis.story_id,
        "passages": [paragraph for _, paragraph in analysis.passage_keys],
        **_attribution_lists(analysis.attribution),
        "vector_width": None if vectors is None else int(vectors.shape[1]),
    }


def _attribution_lists(attribution: StoryAttribution) -> dict[str, Any]:
    return {
        "people": [
            [
                p.id,
                p.name,
                p.kind.value,
                p.aliases,
                p.roles,
                p.stories,
                p.called,
                [[o.story_id, o.words, o.beside, o.at, o.held, o.named] for o in p.owners],
            ]
            for p in attribution.people
        ],
        "quotes": _quote_lists(attribution.quotes),
    }


def _quote_lists(quotes: Sequence[Quote]) -> list[list[Any]]:
    return [
        [q.story_id, q.paragraph, q.text, q.start, q.end, q.kind.value, q.speaker_id, q.cue]
        for q in quotes
    ]


def _story_facts(story: Story) -> dict[str, Any]:
    meta = story.meta
    body = story.body
    return {
        "meta": [
            meta.id,
            meta.title,
            meta.outlet,
            meta.url,
            meta.published.isoformat() if meta.published else None,
            meta.authors,
            meta.contributors,
        ],
        "source": story.source,
        "body": body,
        "paragraphs": [
            [
                p.paragraph,
                p.start,
                p.end,
                p.role.value,
                [offset for s in p.sentences for offset in (s.start, s.end)],
                # the text is the body's slice (parse_story), so it is stored only otherwise
                None if body[p.start : p.end] == p.text else p.text,
            ]
            for p in story.paragraphs
        ],
    }


class StoredStory:
    """A story in the stored form whose parts decode alone: what an answer shows of a story
    (a paragraph or two, its metadata and body) without decoding the rest of it.

    The form: `_TOLD_PREFIX` (magic, how many paragraphs, the head's length, the body's length
    in bytes and in characters), each paragraph's record's end (uint32, from the first
    record's start), the head (JSON: the metadata and source), each paragraph's record (JSON,
    as `_story_facts` lists it), then the body (UTF-8). What an answer reads of a story (its
    head and a record) lies together at its start; the body last, and an ASCII one (as long
    in bytes as in characters) is sliced where it lies without decoding the rest of it.
    """

    __slots__ = ("_ascii", "_body_at", "_data", "_ends", "_head_at", "_records_at")

    def __init__(self, data: bytes | memoryview) -> None:
        """ValueError when `data` is not of this form or its table does not fit it."""
        if len(data) < _TOLD_PREFIX.size:
            raise ValueError("damaged stored story: too short")
        magic, count, head, body, characters = _TOLD_PREFIX.unpack_from(data)
        if magic != _TOLD_MAGIC:
            raise ValueError("not a stored story of this form")
        table = _TOLD_PREFIX.size
        if table + 4 * count > len(data):
            raise ValueError("damaged stored story: wrong length")
        self._data = memoryview(data).cast("B")
        self._ends: tuple[int, ...] = struct.unpack_from(f"<{count}I", data, table)
        self._head_at = table + 4 * count
        self._records_at = self._head_at + head
        self._body_at = self._records_at + (self._ends[-1] if count else 0)
        if self._body_at + body != len(data) or list(self._ends) != sorted(self._ends):
            raise ValueError("damaged stored story: wrong length")
        self._ascii = bool(body == characters)

    def meta(self) -> list[Any]:
        """The metadata's facts (`_meta` makes them a StoryMeta)."""
        meta: list[Any] = orjson.loads(self._data[self._head_at : self._records_at])[0]
        return meta

    def body(self) -> str:
        return str(self._data[self._body_at :], "utf-8")

    @property
    def sliced_alone(self) -> bool:
        """Whether `text` decodes only the characters asked for (an ASCII body)."""
        return self._ascii

    def text(self, start: int, end: int) -> str:
        """`body()[start:end]`: of an ASCII body, only those bytes decoded."""
        if self._ascii and start >= 0 and end >= 0:
            return str(self._data[self._body_at :][start:end], "ascii")
        return self.body()[start:end]

    def paragraph(self, paragraph: int) -> list[Any]:
        """The record of the paragraph numbered `paragraph` (`_paragraph`'s arguments after
        the story id and body)."""
        # paragraphs are numbered from 1, in order: found where it should stand, else looked for
        at = paragraph - 1
        if 0 <= at < len(self._ends):
            record = self._record(at)
            if record[0] == paragraph:
                return record
        for at in range(len(self._ends)):
            record = self._record(at)
            if record[0] == paragraph:
                return record
        raise KeyError(paragraph)

    def facts(self) -> dict[str, Any]:
        """The whole story's facts, as `_story_facts` gives them."""
        meta, source = orjson.loads(self._data[self._head_at : self._records_at])
        return {
            "meta": meta,
            "source": source,
            "body": self.body(),
            "paragraphs": [self._record(at) for at in range(len(self._ends))],
        }

    def _record(self, at: int) -> list[Any]:
        start = self._records_at + (self._ends[at - 1] if at else 0)
        record: list[Any] = orjson.loads(self._data[start : self._records_at + self._ends[at]])
        return record


class _JsonStory:
    """A story stored by an older build (one JSON object), read as `StoredStory` is: the
    whole of it decoded at once, until a rebuild stores it again in the new form."""

    def __init__(self, data: bytes | memoryview) -> None:
        self._facts: dict[str, Any] = orjson.loads(data)

    def meta(self) -> list[Any]:
        meta: list[Any] = self._facts["meta"]
        return meta

    def body(self) -> str:
        body: str = self._facts["body"]
        return body

    sliced_alone = True  # its body is decoded already

    def text(self, start: int, end: int) -> str:
        return self.body()[start:end]

    def paragraph(self, paragraph: int) -> list[Any]:
        paragraphs: list[list[Any]] = self._facts["paragraphs"]
        at = paragraph - 1
        if not (0 <= at < len(paragraphs) and paragraphs[at][0] == paragraph):
            at = next(i for i, facts in enumerate(paragraphs) if facts[0] == paragraph)
        return paragraphs[at]

    def facts(self) -> dict[str, Any]:
        return self._facts


def _read_told(told: bytes | memoryview) -> StoredStory | _JsonStory:
    """A stored story, in either form (`StoredStory`, or an older build's JSON)."""
    if bytes(told[: len(_TOLD_MAGIC)]) == _TOLD_MAGIC:
        return StoredStory(told)
    return _JsonStory(told)


def _told_bytes(facts: dict[str, Any]) -> bytes:
    """A story's facts (`_story_facts`) in the form `StoredStory` reads."""
    head = orjson.dumps([facts["meta"], facts["source"]])
    text: str = facts["body"]
    body = text.encode("utf-8")
    records = [orjson.dumps(record) for record in facts["paragraphs"]]
    ends = list(itertools.accumulate(len(record) for record in records))
    return b"".join(
        (
            _TOLD_PREFIX.pack(_TOLD_MAGIC, len(records), len(head), len(body), len(text)),
            struct.pack(f"<{len(ends)}I", *ends),
            head,
            *records,
            body,
        )
    )


_TOLD_MAGIC = b"STORY\x00\x01\x00"  # a story's JSON starts with "{"
_TOLD_PREFIX = struct.Struct("<8sIIII")


def _story(facts: dict[str, Any]) -> Story:
    story_id = facts["meta"][0]
    body: str = facts["body"]
    paragraphs = tuple(_paragraph(story_id, body, *entry) for entry in facts["paragraphs"])
    return _trusted(
        Story,
        {
            "meta": _meta(facts["meta"]),
            "source": facts["source"],
            "body": body,
            "paragraphs": paragraphs,
        },
    )


def _meta(facts: list[Any]) -> StoryMeta:
    story_id, title, outlet, url, published, authors, contributors = facts
    return _trusted(
        StoryMeta,
        {
            "id": story_id,
            "title": title,
            "outlet": outlet,
            "url": url,
            "published": dt.date.fromisoformat(published) if published else None,
            "authors": tuple(authors),
            "contributors": tuple(contributors),
        },
    )


def _paragraph(
    story_id: str,
    body: str,
    paragraph: int,
    start: int,
    end: int,
    role: str,
    offsets: list[int],
    text: str | None,
) -> Passage:
    own = body[start:end] if text is None else text
    return _made_paragraph(story_id, paragraph, start, end, role, offsets, own)


def _made_paragraph(
    story_id: str, paragraph: int, start: int, end: int, role: str, offsets: list[int], text: str
) -> Passage:
    return _trusted(
        Passage,
        {
            "story_id": story_id,
            "paragraph": paragraph,
            "text": text,
            "start": start,
            "end": end,
            "sentences": tuple(
                _trusted(Span, {"start": offsets[i], "end": offsets[i + 1]})
                for i in range(0, len(offsets), 2)
            ),
            "role": _ROLES[role],
        },
    )


def _attribution(facts: dict[str, Any]) -> StoryAttribution:
    people = tuple(
        _trusted(
            Person,
            {
                "id": person_id,
                "name": name,
                "kind": SpeakerKind(kind),
                "aliases": tuple(aliases),
                "roles": tuple(roles),
                "stories": tuple(stories),
                # an older build's people have no nouns they are called by, nor owners
                "called": tuple(later[0]) if later else (),
                "owners": tuple(
                    _trusted(
                        RoleOwner,
                        {
                            "story_id": story,
                            "words": words,
                            "beside": beside,
                            "at": at,
                            "held": held,
                            "named": named,
                        },
                    )
                    for story, words, beside, at, held, named in (
                        later[1] if len(later) > 1 else ()
                    )
                ),
            },
        )
        for person_id, name, kind, aliases, roles, stories, *later in facts["people"]
    )
    quotes = _quotes(facts["quotes"])
    return _trusted(StoryAttribution, {"people": people, "quotes": quotes})


def _quotes(lists: list[list[Any]]) -> tuple[Quote, ...]:
    return tuple(quote_from_facts(facts) for facts in lists)


def quote_facts_from_json(data: bytes | memoryview) -> list[list[Any]]:
    """`quotes_to_json` read back as each quote's facts, for `quote_from_facts` to make the
    ones asked for (an answer shows a quote or two of a run of 16)."""
    facts: list[list[Any]] = orjson.loads(data)
    return facts


QUOTE_KIND_AT = 5  # where a quote's facts (`quote_facts_from_json`) hold its kind's value


def quote_from_facts(facts: list[Any]) -> Quote:
    """One quote of `quote_facts_from_json`'s."""
    quote_story, paragraph, text, start, end, kind, speaker_id, cue = facts
    return _trusted(
        Quote,
        {
            "story_id": quote_story,
            "paragraph": paragraph,
            "text": text,
            "start": start,
            "end": end,
            "kind": _QUOTE_KINDS[kind],
            "speaker_id": speaker_id,
            "cue": cue,
        },
    )


_ROLES = {role.value: role for role in ParagraphRole}
_QUOTE_KINDS = {kind.value: kind for kind in QuoteKind}
