"""A "why" question's figure the passage holds for something else is not held: a count of
things ("why did 16,000 households ...") of a passage holding only an amount of dollars
("$16,000 a year"), and a figure something was brought to ("why did they raise it to $80") of
a passage telling it was brought from it ("from $80 to $120"). Either way the passage is still
shown first, rated low (before: high)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

RENT_STORY = "\n".join(
    [
        "The Fenwick housing board voted on Thursday to raise the monthly fee for a parking"
        " permit from $80 to $120, starting in June.",
        "Board chair Marta Quill said the fee had not changed in nine years. “The garage is"
        " falling apart and the fee pays for none of it,” Quill said.",
        "Tenants said the increase would cost a family with two cars nearly $16,000 a year in"
        " rent and fees together, and some said they would sell a car.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "why did they raise the parking fee to $80",
        "why would 16,000 tenants sell a car",
        "why does it cost 16,000 families more",
    ],
)
def test_a_figure_held_for_something_else_is_not_vouched_for(question: str) -> None:
    answer = searcher_for("rent", RENT_STORY).ask(question)
    assert answer.answered
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "question",
    [
        "why did they raise the parking fee to $120",
        "why would a family pay $16,000 a year in rent and fees",
    ],
)
def test_the_figure_held_as_asked_still_may_be_high(question: str) -> None:
    answer = searcher_for("rent", RENT_STORY).ask(question)
    assert answer.answered
    assert answer.passages
