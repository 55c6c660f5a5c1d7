"""A question that offers its answer's alternatives ("who spoke first, X or Y?"), on a story of
its own: the answer is one of the people it names, so a passage naming someone is no sign of
it."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.mentions import Found
from bot.engine.models import Person
from bot.engine.question import QuestionKind, ReadQuestion
from bot.engine.search import Searcher
from bot.engine.search.reading import _OR_BETWEEN, offers_people
from tests.engine.stories import searcher_for

HEARING_STORY = "\n".join(
    [
        "The Millbrook planning board held a heated hearing Thursday on the new stadium.",
        (
            "Developer Priya Natarajan opened the hearing. “This stadium will bring jobs and "
            "visitors to every corner of town,” Natarajan said."
        ),
        (
            "“We cannot approve a plan we do not understand,” board chair Samuel Ortiz said "
            "in reply, adding that the traffic studies were incomplete."
        ),
        "Residents filled the hall, and many waited hours to speak.",
        "The board will vote on the stadium next month.",
        "Natarajan’s company has built two arenas in neighbouring states.",
        "Ortiz has chaired the board since 2016.",
        "A petition against the stadium gathered 3,000 signatures.",
        "The hall’s heating failed during the evening session.",
        "Local shops stayed open late for the crowd.",
        "The city clerk recorded the hearing for residents who could not attend.",
    ]
)


@pytest.fixture(scope="module")
def hearing() -> Searcher:
    return searcher_for("hearing", HEARING_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Who spoke first at the hearing, Natarajan or Ortiz?",
        "who opened the hearing: natarajan, or ortiz",
    ],
)
def test_naming_one_of_the_people_offered_is_no_sign_of_the_answer(
    hearing: Searcher, question: str
) -> None:
    signals = hearing.confidence_signals(question)
    assert signals is not None and signals.answer_type == 0.0


def test_who_without_alternatives_still_looks_for_a_person(hearing: Searcher) -> None:
    # "who" alone: whether the passage names someone the question does not is a sign either way
    signals = hearing.confidence_signals("Who spoke first at the hearing?")
    assert signals is not None and signals.answer_type != 0.0
    # people named with "and" are not offered as the answer
    signals = hearing.confidence_signals("Who spoke after Natarajan and Ortiz at the hearing?")
    assert signals is not None and signals.answer_type != 0.0


_PEOPLE = [Person(id=f"p{i}", name=f"Person {i}") for i in range(3)]


@st.composite
def _named_spans(draw: st.DrawFn) -> tuple[str, tuple[Found, ...]]:
    """A text of words and "or"s, and groups of people found at some of its words (a group of
    several: people sharing a surname), in no particular order."""
    words = draw(st.lists(st.sampled_from(["Ames", "or", ",", "and", "Bo"]), max_size=6))
    text, starts = "", []
    for word in words:
        text += " " if text else ""
        starts.append(len(text))
        text += word
    found = []
    for at in draw(st.sets(st.integers(0, max(len(words) - 1, 0)))) if words else ():
        people = draw(st.lists(st.sampled_from(_PEOPLE), unique_by=lambda p: p.id, max_size=3))
        found.append(Found(tuple(people), starts[at], starts[at] + len(words[at]), ()))
    return text, tuple(draw(st.permutations(found)))


@settings(max_examples=500)
@given(_named_spans())
def test_people_offered_are_read_a_span_at_a_time_as_a_person_at_a_time(
    named: tuple[str, tuple[Found, ...]],
) -> None:
    """`offers_people` compares each span's last person with the next span's first: the same
    as comparing every person found with the next, in the order of where they are named."""
    text, found = named
    read = ReadQuestion(QuestionKind.PLAIN, found=found)
    mentions = sorted(read.mentions, key=lambda mention: mention[1])
    every_person = any(
        first.id != second.id and _OR_BETWEEN.fullmatch(text, end, start) is not None
        for (first, _, end), (second, start, _) in itertools.pairwise(mentions)
    )
    assert offers_people(text, read) == every_person
