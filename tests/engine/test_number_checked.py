""" "El Salvador's population is like 8 million, right? what's the actual figure in the story": a
number the asker states for the noun of a kind (a population, a fee, a date), to be checked,
asks for the number the story gives, as "what is its population?" does. It asked for no kind of
answer, so the passage naming the place and holding "million" (an amount of money) came before
the one giving the population of "a central American nation" (fresh-66 n01: the population
third). Now the kind is read from the noun before the number stated, where no question word
asks something else."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

ISLAND_STORY = "\n".join(
    [
        "Governor Ada Lusk of Corvane signed a ferry deal with the mainland on Friday.",
        "While the leader of a small island territory with a population of just 40,000 would"
        " seem an unlikely partner, the deal suits both sides, economist Rui Tavares said.",
        "For Lusk, the deal pays well: the government of Corvane will receive $12 million from"
        " the mainland, which Lusk called “a fair price for Corvane.”",
        "The terminal is expected to open in 2027.",
        "Corvane's fishing fleet has shrunk for a decade, and its harbour needs dredging.",
    ]
)


@pytest.fixture(scope="module")
def island():  # type: ignore[no-untyped-def]
    return searcher_for("corvane", ISLAND_STORY)


def test_a_population_checked_is_not_an_amount(island) -> None:  # type: ignore[no-untyped-def]
    # on main: rated high on the $12 million passage
    answer = island.ask("corvane's population is about 1 million?")
    assert answer.answered, answer.reason
    assert "population of just 40,000" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "gives"),
    [
        # on main: the right passage first, low
        ("Corvane's population is like 100,000, right?", "population of just 40,000"),
        ("so the terminal's opening date is 2030?", "open in 2027"),
    ],
)
def test_a_number_checked_is_answered_by_the_storys(island, typed: str, gives: str) -> None:  # type: ignore[no-untyped-def]
    answer = island.ask(typed)
    assert answer.confidence == "high"
    assert gives in answer.passages[0].text


def test_a_number_stated_before_another_question_is_no_check(island) -> None:  # type: ignore[no-untyped-def]
    # a guard (as on main): "why" asks something else of the number
    answer = island.ask("the price was $12 million, why did lusk call it fair?")
    assert answer.answered, answer.reason
    assert "a fair price" in answer.passages[0].text
