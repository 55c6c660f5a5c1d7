""" "there" typed for "their" before what it owns ("what did there chair say"): read as "their"
(before: "The story doesn't quote there chair"), and left as it is where it means a place or
that something exists ("is there money for it", "about there being a vote")."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CLINIC_STORY = "\n".join(
    [
        "The Pell valley clinic will stop delivering babies at the end of the year, its board"
        " said Thursday, sending mothers to a hospital forty miles away.",
        "The board's chair, Irene Cobb, said the clinic could no longer staff a maternity ward."
        " “We lost our last two obstetricians this spring,” Cobb said.",
        "Midwife Tess Arlo said families would suffer. “A forty-mile drive in labor, in winter,"
        " is not a plan,” Arlo said.",
    ]
)


@pytest.fixture(scope="module")
def clinic() -> Searcher:
    return searcher_for("clinic", CLINIC_STORY)


def test_their_chair_is_asked(clinic: Searcher) -> None:
    answer = clinic.ask("what did there chair say")
    assert answer.answered
    assert answer.asked_speaker == "Irene Cobb"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("what did there chair say", "what did their chair say"),
        ("what did he say about there kids", "what did he say about their kids"),
        ("is there money for it", "is there money for it"),
        (
            "did he say anything about there being a vote",
            "did he say anything about there being a vote",
        ),
        ("what about there?", "what about there?"),
        ("did there used to be a ward", "did there used to be a ward"),
        ("were there any votes against", "were there any votes against"),
    ],
)
def test_read_as(typed: str, read: str) -> None:
    assert expand_shorthand(typed) == read
