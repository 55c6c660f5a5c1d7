"""An amount asked with a word measuring it typed before its noun: "what's the per-inmate
cost", "the annual cost", "the total cost", "the average fee" ask an amount as "what's the
cost" does (fresh-76 u04: "What's the per-inmate annual cost of housing someone in the
Salvadoran prison versus a US facility?" was read as asking no kind of answer, and the
passage telling of "the cost of housing inmates", with no amount at all, was rated high).
"per-inmate", hyphenated, asks an amount of each one as "per inmate" does: a total is not its
answer ("how much is the per-deportee fee" of "$6 million for taking deportees", high)."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind, rate_asked
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

JAIL_STORY = "\n".join(
    [
        "Marlow County moved 400 of its inmates to a private jail run by Keystone Corrections"
        " last spring.",
        "The county has paid Keystone $3 million for holding its inmates, a figure Sheriff Dana"
        " Pruitt called “a bargain for taxpayers.”",
        "The county board sees the deal as a way to save money on the cost of housing inmates.",
        "Critics say the jail is understaffed.",
    ]
)


@pytest.fixture(scope="module")
def jail() -> Searcher:
    return searcher_for("jail", JAIL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "What's the per-inmate annual cost of housing someone?",
        "what's the annual cost of the jail",
        "what is the average fee they charge",
        "whats the total cost of the deal",
    ],
)
def test_a_measured_amount_is_an_amount(question: str) -> None:
    assert expected_kind(question) is AnswerKind.AMOUNT


def test_per_hyphenated_asks_of_each() -> None:
    assert rate_asked("what's the per-inmate fee")
    assert rate_asked("how much is the per-deportee payment")
    assert not rate_asked("what's the per-cent share")  # a guard: as "per cent"


@pytest.mark.parametrize(
    "question",
    [
        # on main: high on the total
        "how much is the per-prisoner payment to keystone",
        # on main: high on the passage holding no amount
        "What's the per-inmate cost of housing someone at the jail versus the county's own?",
        "what's the total cost of the deal",
    ],
)
def test_no_total_nor_passage_without_an_amount_is_rated_high(
    jail: Searcher, question: str
) -> None:
    assert jail.ask(question).confidence == "low"


def test_the_total_asked_is_answered(jail: Searcher) -> None:
    # a guard, as on main
    answer = jail.ask("how much has the county paid keystone?")
    assert answer.confidence == "high"
    assert "$3 million" in answer.passages[0].text
