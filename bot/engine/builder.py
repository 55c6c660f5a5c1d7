"""Stories -> an IndexSnapshot: attribution, index documents and the BM25 index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.engine.attribution import StoryAttribution, attribute_story, merge_attributions
from bot.engine.index import BM25Index
from bot.engine.models import Passage, Person, Quote, Story
from bot.engine.passage_terms import PassageTerms
from bot.engine.question import holds_number
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import terms, tokens

# Bump when tokenisation, attribution or the document layout changes: a stored index of another
# version is rebuilt at start-up instead of being served with stale terms.
# 2: each passage's tokens stored with the build (PassageTerms).
INDEX_FORMAT_VERSION = 2

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class StoryAnalysis:
    """What indexing works out of one story on its own (the costly part of a build): kept
    with the build, so a reindex redoes it only for the stories whose file changed."""

    story: Story
    attribution: StoryAttribution  # its own people and quotes, ids not yet merged
    terms: tuple[tuple[str, ...], ...]  # each story passage's index terms, in order
    passage_terms: PassageTerms  # each story passage's tokens and whether it holds a number


def analyse_story(story: Story) -> StoryAnalysis:
    """Attribute `story`'s quotes and tokenise its passages. Pure, and for one story only."""
    found = [(tokens(p.text), holds_number(p.text)) for p in story.passages]
    return StoryAnalysis(
        story=story,
        attribution=attribute_story(story),
        terms=tuple(tuple(t.term for t in words) for words, _ in found),
        passage_terms=PassageTerms.build(found),
    )


def build_snapshot(
    stories: Sequence[Story], corpus_hash: str, progress: Progress | None = None
) -> IndexSnapshot:
    """Attribute quotes and index every story passage. Pure: touches no files."""
    analyses: list[StoryAnalysis] = []
    done = 0
    total = sum(len(s.passages) for s in stories)
    for story in stories:
        analyses.append(analyse_story(story))
        done += len(story.passages)
        if progress:
            progress("tokenising", done, total)
    return snapshot_of(analyses, corpus_hash, progress)


def snapshot_of(
    analyses: Sequence[StoryAnalysis], corpus_hash: str, progress: Progress | None = None
) -> IndexSnapshot:
    """The snapshot of stories already analysed (in story order): people merged across
    stories, each passage's terms with the names and roles of the people it quotes, BM25."""
    stories = tuple(a.story for a in analyses)
    attribution = merge_attributions([a.attribution for a in analyses])
    passages = tuple(p for story in stories for p in story.passages)
    people = {p.id: p for p in attribution.people}
    quotes_by_passage: dict[tuple[str, int], list[Quote]] = {}
    for quote in attribution.quotes:
        quotes_by_passage.setdefault((quote.story_id, quote.paragraph), []).append(quote)

    documents: list[Sequence[str]] = []
    for analysis in analyses:
        for passage, own in zip(analysis.story.passages, analysis.terms, strict=True):
            quotes = quotes_by_passage.get(passage.key)
            documents.append(with_speakers(own, quotes, people) if quotes else own)

    def index_progress(done: int, total: int) -> None:
        if progress:
            progress("indexing", done, total)

    index = BM25Index.build(documents, progress=index_progress)
    return IndexSnapshot(
        corpus_hash=corpus_hash,
        stories=stories,
        passages=passages,
        people=attribution.people,
        quotes=attribution.quotes,
        index=index,
        passage_terms=PassageTerms.concatenate([a.passage_terms for a in analyses]),
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
    return with_speakers(terms(passage.text), quotes, people)


def with_speakers(
    own: Sequence[str], quotes: Sequence[Quote], people: dict[str, Person]
) -> list[str]:
    """A passage's own terms, plus the names and roles of the people it quotes (those it
    lacks)."""
    document = list(own)
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
