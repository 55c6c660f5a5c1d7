"""Stories -> an IndexSnapshot: attribution, index documents and the BM25 index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.engine.attribution import attribute_corpus
from bot.engine.index import BM25Index
from bot.engine.models import Passage, Person, Quote, Story
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import terms

# Bump when tokenisation, attribution or the document layout changes: a stored index of another
# version is rebuilt at start-up instead of being served with stale terms.
INDEX_FORMAT_VERSION = 1

Progress = Callable[[str, int, int], None]


def build_snapshot(
    stories: Sequence[Story], corpus_hash: str, progress: Progress | None = None
) -> IndexSnapshot:
    """Attribute quotes and index every story passage. Pure: touches no files."""
    attribution = attribute_corpus(stories)
    passages = tuple(p for story in stories for p in story.passages)
    people = {p.id: p for p in attribution.people}
    quotes_by_passage: dict[tuple[str, int], list[Quote]] = {}
    for quote in attribution.quotes:
        quotes_by_passage.setdefault((quote.story_id, quote.paragraph), []).append(quote)

    documents: list[list[str]] = []
    for count, passage in enumerate(passages, start=1):
        documents.append(document_terms(passage, quotes_by_passage.get(passage.key, []), people))
        if progress and (count % 1000 == 0 or count == len(passages)):
            progress("tokenising", count, len(passages))

    def index_progress(done: int, total: int) -> None:
        if progress:
            progress("indexing", done, total)

    index = BM25Index.build(documents, progress=index_progress)
    return IndexSnapshot(
        corpus_hash=corpus_hash,
        stories=tuple(stories),
        passages=passages,
        people=attribution.people,
        quotes=attribution.quotes,
        index=index,
        built_at=dt.datetime.now(dt.UTC),
    )


def index_documents(snapshot: IndexSnapshot) -> list[list[str]]:
    """The terms each passage of `snapshot` was indexed with (for benchmarks and checks)."""
    people = {p.id: p for p in snapshot.people}
    quotes: dict[tuple[str, int], list[Quote]] = {}
    for quote in snapshot.quotes:
        quotes.setdefault((quote.story_id, quote.paragraph), []).append(quote)
    return [document_terms(p, quotes.get(p.key, []), people) for p in snapshot.passages]


def document_terms(
    passage: Passage, quotes: Sequence[Quote], people: dict[str, Person]
) -> list[str]:
    """A passage's terms, plus the names and roles of the people it quotes.

    So "what did the professor say" reaches a paragraph that quotes the professor only as "he".
    Only words the passage lacks are added: a name it already says is not counted twice.
    """
    document = terms(passage.text)
    present = set(document)
    for speaker_id in dict.fromkeys(q.speaker_id for q in quotes if q.speaker_id):
        person = people[speaker_id]
        for label in (person.name, *person.roles):
            for term in terms(label):
                if term not in present:
                    document.append(term)
                    present.add(term)
    return document


def corpus_hash(fingerprint: str) -> str:
    """The hash a build is stored under: the corpus files' fingerprint and the index format."""
    return f"v{INDEX_FORMAT_VERSION}:{fingerprint}"
