"""Storage tests: a real SQLite file in a temporary folder."""

from __future__ import annotations

import datetime as dt

import numpy as np

from bot.engine.attribution import StoryAttribution
from bot.engine.builder import assemble_snapshot
from bot.engine.index import BM25Index
from bot.engine.models import (
    ParagraphRole,
    Passage,
    Person,
    Quote,
    QuoteKind,
    Span,
    Story,
    StoryMeta,
)
from bot.engine.passage_terms import PassageTerms
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis
from bot.engine.text import tokens

BUILT_AT = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)


def _story(meta: StoryMeta, source: str, paragraphs: list[tuple[str, ParagraphRole]]) -> Story:
    body = "\n\n".join(text for text, _ in paragraphs)
    passages = []
    start = 0
    for number, (text, role) in enumerate(paragraphs, start=1):
        end = start + len(text)
        sentences = (Span(start=start, end=end),)
        passages.append(
            Passage(
                story_id=meta.id,
                paragraph=number,
                text=text,
                start=start,
                end=end,
                sentences=sentences,
                role=role,
            )
        )
        start = end + 2
    return Story(meta=meta, source=source, body=body, paragraphs=tuple(passages))


def make_snapshot(
    corpus_hash: str = "v1:one", *, extra_word: str = "", vectors: bool = False
) -> IndexSnapshot:
    """Two stories (one with a credit line), one person, two quotes, a three-document index;
    `extra_word` changes the first story only, `vectors` gives each passage a vector."""
    alpha = _story(
        StoryMeta(
            id="alpha",
            title="Alpha “story”",
            outlet="The Daily",
            url="https://example.org/alpha",
            published=dt.date(2024, 4, 30),
            authors=("Ann Writer",),
            contributors=("Bo Helper",),
        ),
        "alpha.txt",
        [
            (f'"We will build it," said Jane Doe. {extra_word}'.strip(), ParagraphRole.STORY),
            ("The bridge opens in May.", ParagraphRole.STORY),
            ("Bo Helper contributed to this story.", ParagraphRole.CREDIT),
        ],
    )
    beta = _story(StoryMeta(id="beta"), "beta.txt", [('Some said "no."', ParagraphRole.STORY)])
    jane = Person(
        id="jane-doe",
        name="Jane Doe",
        aliases=("Jane Doe", "Doe"),
        roles=("mayor",),
        stories=("alpha",),
    )
    quotes = (
        Quote(
            story_id="alpha",
            paragraph=1,
            text='"We will build it,"',
            start=0,
            end=19,
            kind=QuoteKind.DIRECT,
            speaker_id="jane-doe",
            cue="said-after",
        ),
        Quote(
            story_id="beta",
            paragraph=1,
            text='"no."',
            start=10,
            end=15,
            kind=QuoteKind.PARTIAL,
            speaker_id=None,
        ),
    )
    index = BM25Index.build([["build", "jane", "doe"], ["bridge", "may"], ["no"]])
    analyses = [
        _analysis(alpha, StoryAttribution(people=(jane,), quotes=quotes[:1]), vectors),
        _analysis(beta, StoryAttribution(people=(), quotes=quotes[1:]), vectors),
    ]
    return assemble_snapshot(analyses, index, corpus_hash, BUILT_AT)


def _analysis(story: Story, attribution: StoryAttribution, vectors: bool) -> StoryAnalysis:
    passages = story.passages
    return StoryAnalysis(
        key="story:" + story.content_hash,
        story=story,
        attribution=attribution,
        passage_terms=PassageTerms.build([(tokens(p.text), "2" in p.text) for p in passages]),
        vectors=np.full((len(passages), 4), len(story.body) / 7, dtype=np.float32)
        if vectors
        else None,
    )
