""" "What kind of gang members are they sending to that prison?": "what kind of X" asks which
X, as "which X" does (`answer_types.names_asked_of`): the passage naming things of the kind
("Tren de Aragua and MS-13 gang members") goes first among those equally on topic. Read as
asking nothing of the kind, a passage telling of "alleged gang member migrants", naming no
gang, came first (fresh-73 p10)."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import names_asked_of
from tests.engine.stories import searcher_for

FESTIVAL_STORY = "\n".join(
    [
        "The city will host its first river festival in June, Mayor Lena Ortiz said on Monday.",
        "Organizers have booked local bands for the festival stage, and tickets for the stage"
        " sold out in a day.",
        "Organizers have also booked the Rusty Nails and Blue Harbor bands to close the"
        " festival stage.",
        "The festival is expected to bring 20,000 visitors to the riverfront.",
    ]
)
NAMING = "Organizers have also booked the Rusty Nails"


@pytest.fixture(scope="module")
def festival():  # type: ignore[no-untyped-def]
    return searcher_for("festival", FESTIVAL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage naming none first, high
        "what kind of bands are they booking for the festival stage?",
        # on main: the passage naming none first
        "What sort of bands will play the festival stage?",
        # on main: the passage naming none first, high
        "what kind of bands did organizers book?",
        # a guard: first on main too
        "which bands are they booking for the festival stage?",
    ],
)
def test_what_kind_of_things_asks_their_names(festival, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = festival.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(NAMING)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What kind of gang members are they sending?", ["gang", "members"]),
        ("what types of other gangs are there", ["gangs", "are"]),
        ("which gangs are they sending", ["gangs", "are"]),
        ("what kind of a deal is it", ["a", "deal"]),
    ],
)
def test_where_the_kind_stands(question: str, kind: list[str]) -> None:
    at = names_asked_of(question)
    assert [question[start:].split()[0] for start in at] == kind
