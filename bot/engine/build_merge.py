"""A reindex's BM25 index merged from the build in use's (index/merge.py): the passages of the
stories whose terms are the same keep their postings, the others are indexed afresh.

A passage's index terms are its own terms (fixed by its story's file: `StoryAnalysis.key`)
and the names and roles of the people it quotes (`builder.with_speakers`), which the merge
of people across stories may change in a story whose file did not: a speaker renamed by the
merge, or given another story's role. So a story is kept only when its file is the same and
each of its quotes' speakers has the same name and roles in both builds; every other story's
passages are indexed afresh.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate

import numpy as np

from bot.engine.index import BM25Index
from bot.engine.models import Person, Quote, quotes_by_passage
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis

WithSpeakers = Callable[[Sequence[str], Sequence[Quote]], Sequence[str]]

# Merging costs about the kept postings' array work plus the fresh passages' terms; with
# more than this share of the passages fresh, a whole build is as quick.
_MOST_FRESH_SHARE = 0.5


def kept_stories(
    previous: IndexSnapshot,
    analyses: Sequence[StoryAnalysis],
    quotes: Sequence[Quote],
    people: Mapping[str, Person],
) -> list[int] | None:
    """Where each story of `analyses` (in story order; `quotes`, their merged quotes in the
    same order, naming `people`) stands among `previous`'s stories when kept: its file the
    same and each of its quotes' speakers of the same name and roles in both builds (-1: not
    kept). None when `previous`'s stories and quotes do not add up. What a kept story's
    passages are indexed by and show is `previous`'s (its shown passages are copied when the
    build's files are written: `shown.Reused`)."""
    old = previous.analyses
    if len(previous.index) != sum(a.passage_count for a in old):
        return None
    new_counts = [len(a.attribution.quotes) for a in analyses]
    known = {a.key: count for a, count in zip(analyses, new_counts, strict=True)}
    # a kept story's count read from its new analysis: `known.get(key, default)` would decode
    # every old story's attribution again to make the default (0.5 GB at 1,000,000 passages)
    old_counts = [known[a.key] if a.key in known else len(a.attribution.quotes) for a in old]
    if sum(new_counts) != len(quotes) or sum(old_counts) != len(previous.quotes):
        return None
    old_speakers = _speaker_ids(previous)
    new_speakers = [q.speaker_id for q in quotes]
    old_labels = {p.id: (p.name, *p.roles) for p in previous.people}
    new_labels = {p.id: (p.name, *p.roles) for p in people.values()}
    relabelled = {i for i, label in new_labels.items() if old_labels.get(i) != label}
    relabelled |= old_labels.keys() - new_labels.keys()

    old_story = {a.key: i for i, a in enumerate(old)}
    old_quote_ends = list(accumulate(old_counts))
    new_quote_starts = [0, *accumulate(new_counts)]
    places = []
    for j, analysis in enumerate(analyses):
        i = old_story.get(analysis.key)
        if i is not None:
            said = new_speakers[new_quote_starts[j] : new_quote_starts[j + 1]]
            was = old_speakers[old_quote_ends[i] - old_counts[i] : old_quote_ends[i]]
            same = (was == said and relabelled.isdisjoint(said)) or [
                old_labels.get(s) if s else None for s in was
            ] == [new_labels.get(s) if s else None for s in said]
            if same:
                places.append(i)
                continue
        places.append(-1)
    return places


def merged_index(
    previous: IndexSnapshot,
    analyses: Sequence[StoryAnalysis],
    quotes: Sequence[Quote],
    people: Mapping[str, Person],
    with_speakers: WithSpeakers,
    parameters: tuple[float, float, float],
    *,
    places: Sequence[int] | None = None,
) -> BM25Index | None:
    """The index of `analyses` (in story order; `quotes`, their merged quotes in the same
    order, naming `people`), merged from `previous`'s; None where a whole build is needed
    (the previous index is of other parameters, or its stories and quotes do not add up).
    `places`: `kept_stories(previous, analyses, quotes, people)`, when worked out already."""
    if previous.index.parameters != parameters:
        return None
    if places is None:
        places = kept_stories(previous, analyses, quotes, people)
    if places is None:
        return None
    old = previous.analyses
    old_passage_ends = list(accumulate(a.passage_count for a in old))
    kept = np.full(len(previous.index), -1, dtype=np.int64)
    fresh_stories: list[int] = []
    new_starts = [0, *accumulate(a.passage_count for a in analyses)]
    new_quote_starts = [0, *accumulate(len(a.attribution.quotes) for a in analyses)]
    for j, i in enumerate(places):
        if i >= 0:
            start = old_passage_ends[i] - old[i].passage_count
            kept[start : old_passage_ends[i]] = np.arange(new_starts[j], new_starts[j + 1])
        else:
            fresh_stories.append(j)

    made: dict[int, list[Sequence[str]]] = {}

    def story_terms(j: int) -> list[Sequence[str]]:
        """Story j's passages' index terms, as a whole build makes them."""
        if j in made:
            return made[j]
        analysis = analyses[j]
        quoted = quotes_by_passage(quotes[new_quote_starts[j] : new_quote_starts[j + 1]])
        made[j] = [
            with_speakers(own, quoted[key]) if key in quoted else own
            for key, own in zip(analysis.passage_keys, analysis.terms, strict=True)
        ]
        return made[j]

    fresh: dict[int, Sequence[str]] = {}
    for j in fresh_stories:
        fresh.update(enumerate(story_terms(j), start=new_starts[j]))
    if len(fresh) > _MOST_FRESH_SHARE * new_starts[-1]:
        return None

    def terms_at(p: int) -> Sequence[str]:
        j = bisect.bisect_right(new_starts, p) - 1
        return story_terms(j)[p - new_starts[j]]

    return previous.index.merged(kept, fresh, terms_at)


def _speaker_ids(snapshot: IndexSnapshot) -> list[str | None]:
    """Each quote's speaker id, in order, read from the quote shelf's arrays (no quote made)."""
    shelf = snapshot.quotes
    names = np.array([*shelf.speaker_ids, None], dtype=object)  # -1 (nobody) picks the None
    speakers: list[str | None] = names[shelf.speakers].tolist()
    return speakers
