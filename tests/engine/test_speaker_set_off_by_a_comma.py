"""A speaker question naming someone twice, a role and then their name set off by commas
("what did the county public health department director, Dr. Soto, say about ..."), is
read as asking for that person's words, however many words the two namings take together;
each is few enough words to name someone, and neither is a clause. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CLINIC_STORY = "\n".join(
    [
        "The Harlan County board met on Tuesday to hear about the winter flu season.",
        "County public health department director Maria Soto said free flu shots would be"
        " offered at every library through February.",
        "“We want every family to get a shot before the holidays,” Soto told the board.",
        "Board member Ray Cole asked how the county would pay for the clinics.",
        "“The state grant covers all of it,” said treasurer Alan Pryce.",
        "The board will meet again in January.",
    ]
)


@pytest.fixture(scope="module")
def clinic() -> Searcher:
    return searcher_for("clinic", CLINIC_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "What did the county public health department director, Dr. Soto, say about flu shots?",
        "Hi all. What did the county's public health director, Ms. Maria Soto, say about the"
        " flu shots?",
    ],
)
def test_a_role_and_a_name_set_off_are_one_speaker(clinic: Searcher, question: str) -> None:
    # before: too many words for a speaker, read as a plain question (no one's words asked)
    answer = clinic.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Maria Soto"
    assert "Soto" in answer.passages[0].text


def test_a_clause_set_off_is_no_speaker(clinic: Searcher) -> None:
    # three parts set off: no apposition of two namings
    answer = clinic.ask(
        "What did the board, after the long meeting on Tuesday night, and the treasurer say?"
    )
    assert answer.asked_speaker != "Maria Soto"
