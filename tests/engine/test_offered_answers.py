"""A question that offers its answer's alternatives ("who spoke first, X or Y?"), on a story of
its own: the answer is one of the people it names, so a passage naming someone is no sign of
it."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
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
