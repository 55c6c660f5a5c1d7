""" "What did Okafor say it would cost to run the district's own buses instead of
contracting?": a question weighing one course's cost against another's ("instead of", "vs")
asks how they compare, which a multiple answers ("would cost three times more than
contracting"), as "how much more" does; "how much would it cost a year" still asks an amount
a multiple is not."""

from __future__ import annotations

from tests.engine.stories import searcher_for

RATIO = (
    "Superintendent Ray Okafor told the board on Monday that running the district's own buses"
    " would cost three times more than contracting with Metro Transit, and said the savings"
    " would pay for two new teachers."
)
BUS_STORY = "\n".join(
    [
        "The Linden school board voted on Monday to keep its bus contract with Metro Transit for"
        " five more years.",
        "Parents had asked the district to buy its own fleet after a winter of late pickups.",
        RATIO,
        "“Our drivers know these roads,” Metro Transit manager Elena Brandt said.",
        "The board will review the contract again in 2029.",
    ]
)


def test_a_cost_instead_of_another_is_answered_by_a_multiple() -> None:
    searcher = searcher_for("buses", BUS_STORY)
    answer = searcher.ask(
        "What did Okafor say it would cost to run the district's own buses instead of contracting?"
    )
    assert answer.confidence == "high"
    assert answer.passages[0].text == RATIO


def test_an_amount_a_year_is_not() -> None:
    searcher = searcher_for("buses", BUS_STORY)
    answer = searcher.ask("how much would the district's own buses cost a year")
    assert answer.confidence != "high"
