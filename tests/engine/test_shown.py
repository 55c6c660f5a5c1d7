"""Every passage's shown form as a build's files store it (bot/engine/shown.py): read back, each
passage is what the engine makes of it from its story, passages and quotes that are not
exactly their story's words included."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from bot.engine.attribution import StoryAttribution
from bot.engine.builder import assemble_snapshot
from bot.engine.index import BM25Index
from bot.engine.models import Passage, Person, Quote, QuoteKind, Span, Story, StoryMeta
from bot.engine.passage_terms import PassageTerms
from bot.engine.search import Searcher
from bot.engine.shown import StoredShown, write_shown
from bot.engine.snapshot import IndexSnapshot
from bot.engine.story_analysis import StoryAnalysis
from bot.engine.text import tokens


def stored(snapshot: IndexSnapshot, group: int = 2) -> StoredShown:
    """`snapshot`'s shown passages written as a build's files hold them, and read back."""
    out = io.BytesIO()
    released: list[int] = []
    write_shown(
        out,
        snapshot.analyses,
        snapshot.quotes,
        snapshot.people,
        group=group,
        between=lambda: released.append(1),
    )
    assert len(released) == len(snapshot.analyses) // group
    return StoredShown(memoryview(out.getvalue()))


def test_each_stored_passage_is_the_one_made_from_its_story(
    story_snapshot: IndexSnapshot,
) -> None:
    shown = stored(story_snapshot)
    made = Searcher(story_snapshot)
    assert len(shown) == len(story_snapshot.passages)
    every = [shown.get(number) for number in range(len(shown))]
    assert every == [made._made_shown(number) for number in range(len(shown))]
    assert sum(len(passage.quotes) for passage in every if passage) > 20
    with pytest.raises(IndexError):
        shown.get(len(shown))


def _story_with_words_not_its_own() -> IndexSnapshot:
    """A story whose second passage's text is not its body's, and a quote of the first whose
    text is not its body's either, beside one that is."""
    body = '"We will," said Jane Doe. "Soon."\n\nThe bridge opens in May.'
    meta = StoryMeta(id="odd", title="Odd “one”", outlet="The Daily")
    passages = (
        Passage(
            story_id="odd",
            paragraph=1,
            text=body[:33],
            start=0,
            end=33,
            sentences=(Span(start=0, end=33),),
        ),
        Passage(
            story_id="odd",
            paragraph=2,
            text="The bridge opens in June.",
            start=35,
            end=59,
            sentences=(Span(start=35, end=59),),
        ),
    )
    story = Story(meta=meta, source="odd.txt", body=body, paragraphs=passages)
    jane = Person(id="jane-doe", name="Jane Doe", aliases=("Jane Doe",), stories=("odd",))
    said = [
        Quote(
            story_id="odd",
            paragraph=1,
            text='"We will,"',
            start=0,
            end=10,
            kind=QuoteKind.DIRECT,
            speaker_id="jane-doe",
        ),
        Quote(
            story_id="odd",
            paragraph=1,
            text='"Later."',  # the body says "Soon."
            start=26,
            end=33,
            kind=QuoteKind.DIRECT,
            speaker_id=None,
        ),
    ]
    analysis = StoryAnalysis(
        key="odd",
        story=story,
        attribution=StoryAttribution(people=(jane,), quotes=tuple(said)),
        passage_terms=PassageTerms.build([(tokens(p.text), False) for p in passages]),
    )
    index = BM25Index.build([tokens(p.text) for p in passages])
    return assemble_snapshot([analysis], index, "v1:odd", dt.datetime(2024, 5, 1, tzinfo=dt.UTC))


def test_words_not_the_story_s_own_are_never_stored_to_be_shown() -> None:
    snapshot = _story_with_words_not_its_own()
    shown = stored(snapshot, group=1)
    first, second = shown.get(0), shown.get(1)
    assert first is not None and second is None
    assert [(q.text, q.speaker) for q in first.quotes] == [('"We will,"', "Jane Doe")]
    assert first.title == "Odd “one”" and first.outlet == "The Daily"
    made = Searcher(snapshot)
    assert [first, second] == [made._made_shown(0), made._made_shown(1)]


def test_a_file_not_of_shown_passages_or_cut_short_is_refused(
    story_snapshot: IndexSnapshot,
) -> None:
    out = io.BytesIO()
    write_shown(
        out,
        story_snapshot.analyses,
        story_snapshot.quotes,
        story_snapshot.people,
        group=100,
        between=lambda: None,
    )
    data = out.getvalue()
    for damaged in (data[:-8], data[:20], b"NOTSHOWN" + data[8:], data + b"\0" * 8):
        with pytest.raises(ValueError):
            StoredShown(memoryview(damaged))
