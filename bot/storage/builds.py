"""Index builds: a snapshot's stories, passages, people, quotes and BM25 index, saved atomically.

A new build's rows are written beside the active build's; one transaction then makes the new
build active and deletes the old build's rows. A failure anywhere (an exception, a killed
process) rolls all of it back, so the old build stays active and complete.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from bot.engine.index import FORMAT_VERSION, BM25Index
from bot.engine.memory import long_lived_objects
from bot.engine.models import (
    ParagraphRole,
    Passage,
    Person,
    Quote,
    QuoteKind,
    Span,
    SpeakerKind,
    Story,
    StoryMeta,
)
from bot.engine.passage_terms import PassageTerms
from bot.engine.semantic import Vectors
from bot.engine.snapshot import BuildRecord, IndexSnapshot
from bot.pausepoints import pause_point
from bot.storage.codec import from_json, from_timestamp, timestamp, to_json
from bot.storage.sql import Row, SqlConnection, Transaction

log = logging.getLogger(__name__)

BUILDS_CHANNEL = "storybot_index_builds"  # NOTIFY'd with the build's id when one is saved

# Child tables first: the order the old build's rows are deleted in.
_CONTENT_TABLES = ("quotes", "index_documents", "people", "passages", "stories")

_BUILD_COLUMNS = "id, version, corpus_hash, stories, passages, quotes, built_at, duration_ms"


class Builds:
    """Index builds in the database; implements the snapshot half of `IndexStore`."""

    def __init__(self, connection: SqlConnection) -> None:
        self._db = connection

    async def save_snapshot(self, snapshot: IndexSnapshot, duration_ms: float) -> BuildRecord:
        """Store a snapshot as the new active build, replacing the old one, all or nothing.

        The build's `version` is the BM25 index's format version: a build stored in another
        format is not loaded (`load_active_snapshot` returns None, so the caller rebuilds).
        """
        blob = await asyncio.to_thread(snapshot.index.to_bytes)
        terms_blob = await asyncio.to_thread(snapshot.passage_terms.to_bytes)
        vectors = snapshot.passage_vectors
        vectors_blob = None if vectors is None else vectors.astype("<f4", copy=False).tobytes()
        async with self._db.write() as tx:
            pause_point("save begun")  # a test's SIGKILL point: see bot/pausepoints.py
            build_id = await tx.insert(
                "INSERT INTO index_builds (version, corpus_hash, stories, passages, quotes,"
                " built_at, saved_at, duration_ms, bm25, passage_terms, passage_vectors, active)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    FORMAT_VERSION,
                    snapshot.corpus_hash,
                    len(snapshot.stories),
                    len(snapshot.passages),
                    len(snapshot.quotes),
                    timestamp(snapshot.built_at),
                    timestamp(dt.datetime.now(dt.UTC)),
                    duration_ms,
                    blob,
                    terms_blob,
                    vectors_blob,
                ),
            )
            await _insert_content(tx, build_id, snapshot)
            await _activate(tx, build_id)
            if self._db.dialect == "postgresql":  # other processes load it (delivered at COMMIT)
                await tx.execute("SELECT pg_notify(?, ?)", (BUILDS_CHANNEL, str(build_id)))
            row = await tx.fetchone(
                f"SELECT {_BUILD_COLUMNS} FROM index_builds WHERE id = ?", (build_id,)
            )
            pause_point("save written")
        pause_point("committed")
        assert row is not None
        return _record(row)

    async def active_build(self) -> BuildRecord | None:
        row = await self._db.fetchone(f"SELECT {_BUILD_COLUMNS} FROM index_builds WHERE active = 1")
        return _record(row) if row else None

    async def history(self, limit: int = 20) -> list[BuildRecord]:
        """The latest builds, newest first (the active one included)."""
        rows = await self._db.fetchall(
            f"SELECT {_BUILD_COLUMNS} FROM index_builds ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [_record(row) for row in rows]

    async def load_active_snapshot(self) -> IndexSnapshot | None:
        """The active build as a snapshot, or None when there is none or it must be rebuilt."""
        async with self._db.read() as tx:
            build = await tx.fetchone(
                "SELECT id, version, corpus_hash, built_at, bm25, passage_terms, passage_vectors"
                " FROM index_builds"
                " WHERE active = 1"
            )
            if build is None:
                return None
            if build["version"] != FORMAT_VERSION:
                log.info(
                    "the stored index has format %s, this storybot uses %s: it will be rebuilt",
                    build["version"],
                    FORMAT_VERSION,
                )
                return None
            content = await _read_content(tx, build["id"])
        try:
            index = await asyncio.to_thread(BM25Index.from_bytes, build["bm25"])
            if build["passage_terms"] is None:
                raise ValueError("it has no passage terms (built by an older storybot)")
            terms = await asyncio.to_thread(PassageTerms.from_bytes, build["passage_terms"])
            vectors = _vectors(build["passage_vectors"], len(terms))
        except ValueError as exc:  # a damaged blob is rebuilt from the corpus, not fatal
            log.warning("the stored index cannot be read (%s): it will be rebuilt", exc)
            return None
        stories, passages, people, quotes = content
        return IndexSnapshot(
            corpus_hash=build["corpus_hash"],
            stories=stories,
            passages=passages,
            people=people,
            quotes=quotes,
            index=index,
            passage_terms=terms,
            passage_vectors=vectors,
            built_at=from_timestamp(build["built_at"]),
        )


# -- writing ----------------------------------------------------------------------------------


async def _insert_content(tx: Transaction, build_id: int, snapshot: IndexSnapshot) -> None:
    await tx.executemany(
        "INSERT INTO stories (build_id, id, position, title, outlet, url, published, authors,"
        " contributors, source, body, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _story_rows(build_id, snapshot.stories),
    )
    await tx.executemany(
        'INSERT INTO passages (build_id, story_id, paragraph, text, start, "end", sentences,'
        " role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _passage_rows(build_id, snapshot.stories),
    )
    pause_point("save half-written")
    await tx.executemany(
        "INSERT INTO index_documents (build_id, doc, story_id, paragraph) VALUES (?, ?, ?, ?)",
        [(build_id, doc, p.story_id, p.paragraph) for doc, p in enumerate(snapshot.passages)],
    )
    await tx.executemany(
        "INSERT INTO people (build_id, id, position, name, kind, aliases, roles, stories)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _person_rows(build_id, snapshot.people),
    )
    await tx.executemany(
        'INSERT INTO quotes (build_id, position, story_id, paragraph, text, start, "end", kind,'
        " speaker_id, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _quote_rows(build_id, snapshot.quotes),
    )


async def _activate(tx: Transaction, build_id: int) -> None:
    """Make `build_id` the active build; every other build keeps only its history row."""
    for table in _CONTENT_TABLES:
        await tx.execute(f"DELETE FROM {table} WHERE build_id <> ?", (build_id,))
    await tx.execute(
        "UPDATE index_builds SET active = 0, bm25 = NULL, passage_terms = NULL,"
        " passage_vectors = NULL WHERE id <> ? AND"
        " (active = 1 OR bm25 IS NOT NULL)",
        (build_id,),
    )
    await tx.execute("UPDATE index_builds SET active = 1 WHERE id = ?", (build_id,))


def _story_rows(build_id: int, stories: Sequence[Story]) -> Iterator[tuple[Any, ...]]:
    for position, story in enumerate(stories):
        meta = story.meta
        yield (
            build_id,
            meta.id,
            position,
            meta.title,
            meta.outlet,
            meta.url,
            meta.published.isoformat() if meta.published else None,
            to_json(meta.authors),
            to_json(meta.contributors),
            story.source,
            story.body,
            story.content_hash,
        )


def _passage_rows(build_id: int, stories: Sequence[Story]) -> Iterator[tuple[Any, ...]]:
    for story in stories:
        for p in story.paragraphs:
            sentences = to_json([[s.start, s.end] for s in p.sentences])
            yield (
                build_id,
                p.story_id,
                p.paragraph,
                p.text,
                p.start,
                p.end,
                sentences,
                p.role.value,
            )


def _person_rows(build_id: int, people: Sequence[Person]) -> Iterator[tuple[Any, ...]]:
    for position, person in enumerate(people):
        yield (
            build_id,
            person.id,
            position,
            person.name,
            person.kind.value,
            to_json(person.aliases),
            to_json(person.roles),
            to_json(person.stories),
        )


def _quote_rows(build_id: int, quotes: Sequence[Quote]) -> Iterator[tuple[Any, ...]]:
    for position, q in enumerate(quotes):
        yield (
            build_id,
            position,
            q.story_id,
            q.paragraph,
            q.text,
            q.start,
            q.end,
            q.kind.value,
            q.speaker_id,
            q.cue,
        )


# -- reading ----------------------------------------------------------------------------------

_Content = tuple[tuple[Story, ...], tuple[Passage, ...], tuple[Person, ...], tuple[Quote, ...]]


async def _read_content(tx: Transaction, build_id: int) -> _Content:
    """The build's rows, read in the transaction, then made into the engine's objects in a
    thread: at 100,000 passages that takes seconds the event loop must not wait."""
    passages = await tx.fetchall(
        'SELECT story_id, paragraph, text, start, "end", sentences, role FROM passages'
        " WHERE build_id = ? ORDER BY story_id, paragraph",
        (build_id,),
    )
    stories = await tx.fetchall(
        "SELECT * FROM stories WHERE build_id = ? ORDER BY position", (build_id,)
    )
    documents = await tx.fetchall(
        "SELECT story_id, paragraph FROM index_documents WHERE build_id = ? ORDER BY doc",
        (build_id,),
    )
    people = await tx.fetchall(
        "SELECT * FROM people WHERE build_id = ? ORDER BY position", (build_id,)
    )
    quotes = await tx.fetchall(
        "SELECT * FROM quotes WHERE build_id = ? ORDER BY position", (build_id,)
    )
    return await asyncio.to_thread(_content, passages, stories, documents, people, quotes)


@long_lived_objects()
def _content(
    passage_rows: Sequence[Row],
    story_rows: Sequence[Row],
    document_rows: Sequence[Row],
    person_rows: Sequence[Row],
    quote_rows: Sequence[Row],
) -> _Content:
    paragraphs: dict[str, list[Passage]] = {}
    by_key: dict[tuple[str, int], Passage] = {}
    for row in passage_rows:
        passage = _passage(row)
        paragraphs.setdefault(passage.story_id, []).append(passage)
        by_key[passage.key] = passage
    stories = tuple(_story(row, paragraphs.get(row["id"], [])) for row in story_rows)
    documents = tuple(by_key[(row["story_id"], row["paragraph"])] for row in document_rows)
    return (
        stories,
        documents,
        tuple(_person(row) for row in person_rows),
        tuple(_quote(row) for row in quote_rows),
    )


def _vectors(blob: bytes | None, passages: int) -> Vectors | None:
    """The stored passage vectors (rows of float32), read in place; ValueError if damaged."""
    if blob is None or passages == 0:
        return None
    flat = np.frombuffer(blob, dtype="<f4")
    if len(flat) % passages:
        raise ValueError("damaged passage vectors: not one row per passage")
    return flat.astype(np.float32, copy=False).reshape(passages, -1)


def _record(row: Row) -> BuildRecord:
    return BuildRecord(
        id=row["id"],
        version=row["version"],
        corpus_hash=row["corpus_hash"],
        stories=row["stories"],
        passages=row["passages"],
        quotes=row["quotes"],
        built_at=from_timestamp(row["built_at"]),
        duration_ms=row["duration_ms"],
    )


# Rows are read back with `model_construct`: they were validated when the build was made and
# are read from the build's own tables, and validating 100,000 passages again at start-up cost
# most of it (2 s of a 3 s cold start).


def _passage(row: Row) -> Passage:
    return Passage.model_construct(
        story_id=row["story_id"],
        paragraph=row["paragraph"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        sentences=tuple(
            Span.model_construct(start=s, end=e) for s, e in from_json(row["sentences"])
        ),
        role=ParagraphRole(row["role"]),
    )


def _story(row: Row, paragraphs: list[Passage]) -> Story:
    meta = StoryMeta.model_construct(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=dt.date.fromisoformat(row["published"]) if row["published"] else None,
        authors=tuple(from_json(row["authors"])),
        contributors=tuple(from_json(row["contributors"])),
    )
    return Story.model_construct(
        meta=meta, source=row["source"], body=row["body"], paragraphs=tuple(paragraphs)
    )


def _person(row: Row) -> Person:
    return Person.model_construct(
        id=row["id"],
        name=row["name"],
        kind=SpeakerKind(row["kind"]),
        aliases=tuple(from_json(row["aliases"])),
        roles=tuple(from_json(row["roles"])),
        stories=tuple(from_json(row["stories"])),
    )


def _quote(row: Row) -> Quote:
    return Quote.model_construct(
        story_id=row["story_id"],
        paragraph=row["paragraph"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        kind=QuoteKind(row["kind"]),
        speaker_id=row["speaker_id"],
        cue=row["cue"],
    )
