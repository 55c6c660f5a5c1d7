""" "# of deportees in that prison rn?": a search-box query naming the kind of answer first,
before what it is of ("number of ...", "age of ...", "# of ..."). Only a kind noun last was
read ("the prison's deportee number"), so no count was asked: the passage holding the
question's words and no number came first (fresh-64 n02: "the ability to send deportees to
El Salvador's maximum-security prison", the count third), and on a story of our own one with
no count was rated high. Now the noun first is read as the kind asked
(`answer_types._NOUN_FIRST`), and chat's "#" before "of" as "number"
(`chat._NUMBER_SIGN`). "population", the count of a place's people, is such a noun too, first
or last (fresh-64 n06 "population of el salvador?": right, low; now high)."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind
from bot.engine.chat import expand_shorthand
from tests.engine.stories import searcher_for

PANTRY_STORY = "\n".join(
    [
        "The Eastside Food Pantry opened a second site on Saturday, run by volunteers from three"
        " churches.",
        "“Families in this neighborhood should never have to choose between rent and"
        " groceries,” founder Maria Okoye, 58, said.",
        "The pantry has served more than 1,200 families since it opened in 2019, according to"
        " its records.",
        "Families who visit the pantry can take home fresh produce, bread and canned goods.",
        "The city gave the pantry a grant of $40,000 last year.",
    ]
)


@pytest.fixture(scope="module")
def pantry():  # type: ignore[no-untyped-def]
    return searcher_for("pantry", PANTRY_STORY)


@pytest.mark.parametrize(
    "typed",
    ["number of families that visit the pantry so far?", "# of families visiting that pantry rn?"],
)
def test_a_count_asked_first_is_not_vouched_for_by_a_passage_without_one(
    pantry, typed: str
) -> None:  # type: ignore[no-untyped-def]
    # on main: high on "Families who visit the pantry can take home ...", no count there
    answer = pantry.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


def test_an_age_asked_first_is_answered(pantry) -> None:  # type: ignore[no-untyped-def]
    # on main: low
    answer = pantry.ask("age of the founder?")
    assert answer.confidence == "high"
    assert "Okoye, 58" in answer.passages[0].text


ISLAND_STORY = "\n".join(
    [
        "Ferry service to Marrow Island will end in the evenings from June, the county said.",
        "The island, with a population of about 4,200, has no bridge to the mainland.",
        "“People here have no other way to get to work,” resident Ana Lindqvist said.",
        "The county said the savings would pay for a new morning sailing.",
    ]
)


def test_a_population_named_last_is_a_count() -> None:
    # on main: low (no count read of "population" last, as of "number" it was)
    answer = searcher_for("island", ISLAND_STORY).ask("marrow island population?")
    assert answer.confidence == "high"
    assert "4,200" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("number of families served?", AnswerKind.COUNT),
        ("the total cost of the new site?", AnswerKind.AMOUNT),
        ("date of the opening?", AnswerKind.DATE),
        ("population of the county?", AnswerKind.COUNT),
        ("the county population?", AnswerKind.COUNT),
        ("why is the population falling", None),
        # not a query naming its kind first
        ("a number of families said so", None),
    ],
)
def test_the_kind_named_first(typed: str, kind: AnswerKind | None) -> None:
    assert expected_kind(typed) is kind


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("# of families?", "number of families?"),
        ("whats the #of families", "what's the number of families"),
        ("#MeToo and the pantry", "#MeToo and the pantry"),
    ],
)
def test_the_number_sign_before_of(typed: str, read: str) -> None:
    assert expand_shorthand(typed) == read
