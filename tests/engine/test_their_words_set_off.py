""" "the mayor's take on the libraries — what did she say": words set off before a question
that points back at them by a pronoun may name someone's words (an owner and a noun of speech:
a take, comments, a view), and then "she" is the owner, as "the mayor's take on the libraries?"
alone asks her words. On main the whole was read as the description of someone unknown and
refused ("The story doesn't quote the mayor's take on the libraries."), and "bukele's take on
garcia — what did he say" was refused as Garcia's words (found reading 9read67's set)."""

from __future__ import annotations

import pytest

from tests.engine.stories import CITY_BUDGET, searcher_for


@pytest.fixture(scope="module")
def budget():  # type: ignore[no-untyped-def]
    return searcher_for("budget", CITY_BUDGET)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each refused
        "the mayor's take on the libraries — what did she say",
        "Ortiz's take on the libraries: what did she say",
        # a guard, as on main
        "the mayor's view of the library budget - what did she actually say?",
    ],
)
def test_the_owner_of_the_words_set_off_is_whom_the_pronoun_means(budget, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = budget.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Lena Ortiz"
    assert "keeps every library open" in answer.passages[0].text


def test_someone_elses_words_named_as_an_owners_are_not_theirs(budget) -> None:  # type: ignore[no-untyped-def]
    # on main: refused, "The story doesn't quote brandt's take on ortiz's budget."
    answer = budget.ask("brandt's take on ortiz's budget — what did he say")
    assert answer.asked_speaker == "Paul Brandt"
    assert "borrowing against our children" in answer.passages[0].text


def test_the_words_of_someone_never_quoted_set_off_are_refused(budget) -> None:  # type: ignore[no-untyped-def]
    # a guard (on main refused too, naming the whole)
    answer = budget.ask("the governor's take on the libraries — what did she say")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the governor."
