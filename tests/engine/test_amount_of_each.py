""" "How much is the fee per boat" asks an amount of each one: a passage giving a total ("the
port has collected €2 million in fees from trawlers") is not its answer (before: rated high).
A passage giving an amount of each ("€400 a boat", "€50 per crate") still is."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Harbour minister Lena Okafor met the fishermen's union in Dunmore on Monday.",
        "For the port, the landing fee is lucrative: it has collected €2 million in fees "
        "from trawlers since spring, which Okafor called “a fair price for the quay.”",
        "Union leader Brendan Walsh said the catch dispute had cost members a season.",
    ]
)
RATE_STORY = HARBOUR_STORY + "\nThe storage fee is €50 per crate, Walsh said."


@pytest.mark.parametrize(
    "question", ["how much is the fee per trawler", "how much does the port get for each trawler"]
)
def test_a_total_is_no_amount_of_each(question: str) -> None:
    searcher = searcher_for("harbour-fees", HARBOUR_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"


def test_an_amount_of_each_is_answered() -> None:
    searcher = searcher_for("harbour-fees", RATE_STORY)
    answer = searcher.ask("how much is the storage fee per crate")
    assert answer.confidence == "high"
    assert "€50 per crate" in answer.passages[0].text
