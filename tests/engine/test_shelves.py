"""A build's quotes on a shelf: each quote's passage and speaker as arrays, a quote made when
asked for; the same quotes whether held in memory or read from a build's files."""

from __future__ import annotations

import numpy as np
import pytest

from bot.engine import shelves
from bot.engine.models import QuoteKind, quotes_by_passage
from bot.engine.shelves import QuoteShelf
from bot.engine.snapshot import IndexSnapshot


def test_quotes_read_from_their_pieces_are_the_quotes_with_the_same_arrays(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shelves, "QUOTES_PER_PIECE", 4)  # several pieces of the story's quotes
    held = story_snapshot.quotes
    quotes = tuple(held)
    assert len(quotes) > 8
    stored = QuoteShelf.stored(held.passages, held.speakers, held.speaker_ids, held.to_pieces())
    assert stored._made == {} and stored._read == {}  # nothing made until asked for
    # its piece read, and of the piece only the quote asked for made
    assert stored[5] == quotes[5] and list(stored._read) == [1] and list(stored._made) == [5]
    assert tuple(stored) == quotes and stored[-1] == quotes[-1] and stored[2:7] == quotes[2:7]
    with pytest.raises(IndexError):
        stored[len(quotes)]
    with pytest.raises(ValueError):
        QuoteShelf.stored(held.passages, held.speakers, held.speaker_ids, held.to_pieces()[1:])


def test_each_quote_knows_its_passage_and_speaker(story_snapshot: IndexSnapshot) -> None:
    held = story_snapshot.quotes
    places = story_snapshot.passages.places
    for quote, passage, speaker in zip(held, held.passages, held.speakers, strict=True):
        assert passage == places.get((quote.story_id, quote.paragraph), -1)
        assert (held.speaker_ids[speaker] if speaker >= 0 else None) == quote.speaker_id
    grouped = quotes_by_passage(held)
    for key, place in places.items():
        assert held.of_passage(place) == tuple(grouped.get(key, ()))
    assert held.passages.dtype == held.speakers.dtype == np.int32


def test_the_quotes_of_a_run_of_passages_are_each_passage_s_own(
    story_snapshot: IndexSnapshot,
) -> None:
    held = story_snapshot.quotes
    count = len(story_snapshot.passages)
    last_quoted = int(held.passages.max())
    assert 0 < last_quoted < count - 1  # passages after the last quoted one
    for start, end in ((0, count), (3, 11), (last_quoted, count + 2), (count + 1, count + 4)):
        assert held.of_passages(start, end) == [held.of_passage(p) for p in range(start, end)]
    nobody = QuoteShelf.of((), {})
    assert nobody.of_passages(0, 3) == [(), (), ()]


def test_passages_are_indexed_as_a_tuple_of_them_would_be(story_snapshot: IndexSnapshot) -> None:
    shelf = story_snapshot.passages
    every = tuple(shelf)
    assert shelf[-1] == every[-1] and shelf[-len(every)] == every[0]
    assert shelf[3:9] == every[3:9] and shelf[::-5] == every[::-5]
    for outside in (len(every), -len(every) - 1):
        with pytest.raises(IndexError):
            shelf[outside]


def test_a_passage_s_speakers_and_direct_quotes_read_without_making_its_quotes(
    story_snapshot: IndexSnapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shelves, "QUOTES_PER_PIECE", 4)
    held = story_snapshot.quotes
    pieces = held.to_pieces()
    stored = QuoteShelf.stored(held.passages, held.speakers, held.speaker_ids, pieces)
    # with the kinds stored beside them (a build's files since they hold them)
    kinds_stored = QuoteShelf.stored(
        held.passages, held.speakers, held.speaker_ids, pieces, held.direct_quotes()
    )
    assert stored.direct_quotes().tolist() == [q.kind is QuoteKind.DIRECT for q in held]
    assert kinds_stored.direct_quotes().tolist() == held.direct_quotes().tolist()
    count = len(story_snapshot.passages)
    people = sorted({q.speaker_id for q in held if q.speaker_id})
    assert len(people) > 2
    kinds = {q.kind for q in held}
    assert QuoteKind.DIRECT in kinds and len(kinds) > 1  # some quotes are not direct
    groups = [people[:1], people[1:3], people, ["nobody-quoted"], []]
    for shelf in (held, kinds_stored, stored):
        for passage in (-1, *range(count + 1)):
            quotes = held.of_passage(passage)
            said = frozenset(q.speaker_id for q in quotes if q.speaker_id)
            assert shelf.speakers_of_passage(passage) == said
        for group in groups:
            directly = {
                p
                for p in range(-1, count + 1)
                if any(
                    q.kind is QuoteKind.DIRECT and q.speaker_id in group for q in held.of_passage(p)
                )
            }
            numbers = shelf.speaker_numbers(group)
            assert shelf.quoting_directly(range(-1, count + 1), numbers) == directly
    assert stored._made == kinds_stored._made == {}  # no quote made
    assert kinds_stored._read == {}  # nor any quote's JSON read
