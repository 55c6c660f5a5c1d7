""" "And Trump on April 7 re the cost of sending ppl to Bukele? need the quote": "X on Y?" asks
for X's words on Y (`_asks_x_on`) after a word joining it to what came before too ("and", "so",
"but", "also", "ok"), as it does with none; "and" was read as part of whose words were asked,
a function word no name holds, so the question asked no one's and the right passage, first,
was rated low (fresh-67 s06)."""

from __future__ import annotations

import pytest

from tests.engine.stories import CITY_BUDGET, searcher_for


@pytest.fixture(scope="module")
def budget():  # type: ignore[no-untyped-def]
    return searcher_for("budget", CITY_BUDGET)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: no one's words asked; first, low
        "And Brandt on the borrowing? need the quote",
        "but brandt on the borrowing??",
        # guards, as on main ("so" opening a message is read past already)
        "so brandt on borrowing for the budget?",
        "Brandt on the borrowing?",
    ],
)
def test_their_words_after_a_joining_word(budget, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = budget.ask(typed)
    assert answer.asked_speaker == "Paul Brandt"
    assert answer.confidence == "high"
    assert "borrowing against our children" in answer.passages[0].text


def test_two_people_joined_are_no_one_asked(budget) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "and" between two names is no opening
    answer = budget.ask("and brandt and ortiz on the budget?")
    assert answer.asked_speaker is None
