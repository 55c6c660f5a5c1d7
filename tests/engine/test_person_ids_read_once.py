"""13p50h: a tuple of people's ids read once (`SearcherBase._ids_of`: a question's people, and
the tuple of a surname or role `MentionFinder` keeps, read by some five checks a question), and
whether a question's speaker span names several people read until a second id
(`question._names_several_speakers`): each an id through pydantic's attribute hook."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import question
from bot.engine.mentions import Found
from bot.engine.models import Person
from bot.engine.question import QuestionKind, ReadQuestion
from bot.engine.search import base
from bot.engine.search.base import SearcherBase
from tests.engine.test_index import FAST


def _person(person_id: str) -> Person:
    return Person(id=person_id, name=f"Someone {person_id}")


def _ids_of(holder: Any, people: Any) -> frozenset[str]:
    return SearcherBase._ids_of(holder, people)


def _holder() -> Any:
    return SimpleNamespace(_ids_of_tuple={})


def test_a_tuples_ids_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same tuple asked again gives its ids without reading one; another tuple of the same
    people, and a list, are read afresh, with the same ids."""
    people = (*(_person(f"p{i}") for i in range(30)), _person("p3"))
    reads: list[str] = []
    real = base.PERSON_ID

    def counted(person: Person) -> str:
        reads.append(person.id)
        return real(person)  # type: ignore[no-any-return]

    monkeypatch.setattr(base, "PERSON_ID", counted)
    holder = _holder()
    want = frozenset(p.id for p in people)
    assert _ids_of(holder, people) == want
    assert len(reads) == len(people)
    assert _ids_of(holder, people) is _ids_of(holder, people)
    assert len(reads) == len(people)  # not read again
    copy = tuple(list(people))
    assert copy is not people
    assert _ids_of(holder, copy) == want
    assert len(reads) == 2 * len(people)
    assert _ids_of(holder, list(people)) == want
    assert _ids_of(holder, list(people)) == want
    assert len(reads) == 4 * len(people)  # a list is never kept
    assert _ids_of(holder, ()) == frozenset()


def test_a_tuple_kept_is_not_mistaken_for_another_of_its_id() -> None:
    """The tuple is kept with its ids, so no other tuple can take its id while it is; a full
    cache starts over, and gives the same ids."""
    holder = _holder()
    for round_ in range(3):
        for i in range(base.SPEAKERS_CACHE_SIZE + 5):
            people = (_person(f"a{i}"), _person(f"b{i}-{round_}"))
            assert _ids_of(holder, people) == {f"a{i}", f"b{i}-{round_}"}
            assert _ids_of(holder, people) == {f"a{i}", f"b{i}-{round_}"}
    assert len(holder._ids_of_tuple) <= base.SPEAKERS_CACHE_SIZE


_IDS = st.sampled_from(["a", "b", "c", "d"])


@st.composite
def _readings(draw: st.DrawFn) -> tuple[ReadQuestion, tuple[int, int]]:
    found = []
    for _ in range(draw(st.integers(0, 5))):
        start = draw(st.integers(0, 30))
        by_name = tuple(_person(i) for i in draw(st.lists(_IDS, max_size=5)))
        others = tuple(_person(i) for i in draw(st.lists(_IDS, max_size=3)))
        found.append(Found(by_name + others, start, start + 4, by_name))
    first = draw(st.integers(0, 30))
    return ReadQuestion(QuestionKind.SPEAKER, found=tuple(found)), (
        first,
        first + draw(st.integers(0, 30)),
    )


@FAST
@given(_readings())
def test_several_speakers_named_as_the_ids_counted_whole(
    reading: tuple[ReadQuestion, tuple[int, int]],
) -> None:
    """Read until a second id: True exactly where the ids named by name within the span,
    counted whole (as before), are two or more; the same id twice is one person."""
    read, speaker = reading
    whole = {
        person.id
        for group in read.found
        if speaker[0] <= group.start < speaker[1]
        for person in group.by_name
    }
    assert question._names_several_speakers(read, speaker) == (len(whole) > 1)
