"""Being paid is a gain: "is Marlow getting paid for this" asks what the deal brings Marlow,
which a story tells in the sentence framed for it ("For Marlow, the arrangement is
lucrative"), as "what does Marlow get out of it" is answered; not a passage about saving
money, which "paid" reaches by meaning."""

from __future__ import annotations

import pytest

from bot.engine.reasons import gain_asked_of
from bot.engine.search import Searcher
from tests.engine.stories import first_passage, searcher_for

DEPOT_STORY = "\n".join(
    [
        "The city of Marlow has agreed to take in neighbouring Dunmore's recycling at its"
        " depot, Mayor Ana Pike said Tuesday.",
        "Dunmore sees the deal as a way to save money on the cost of running a depot of its"
        " own, which it closed last year.",
        "For Marlow, the arrangement is lucrative. The city has received $2 million for"
        " taking the recycling, which Pike called a fair price.",
        "Residents of both towns have complained about the trucks on the depot road.",
    ]
)


@pytest.fixture(scope="module")
def depot() -> Searcher:
    return searcher_for("depot", DEPOT_STORY)


@pytest.mark.parametrize(
    "question",
    ["is marlow getting paid for this", "so marlow gettin paid or nah", "has marlow been paid yet"],
)
def test_being_paid_is_answered_by_what_it_brings_them(depot: Searcher, question: str) -> None:
    assert first_passage(depot, question).startswith("For Marlow, the arrangement")


def test_whose_pay_is_asked() -> None:
    assert gain_asked_of("is marlow getting paid for this") == "is marlow "
    assert gain_asked_of("who paid for the depot") is None
