"""A sum of money is no count: "how many ..." is answered by a passage holding a number of
things, not by one equally on topic whose only number is money ("$40 million"), on a story of
its own. Both passages hold the question's words; among them the one holding the kind of answer
asked comes first, and "$40 million" counts no riders."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, holds_kind
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A ferry line across a bay: its funding, its riders, its crews.
FERRY_STORY = "\n".join(
    [
        "The Westbay ferry line got $40 million.",
        "In its first month, through a wet and windy autumn that kept the boats half empty on "
        "some mornings, the Westbay ferry line carried 9,000 riders across the bay.",
        "Crews were trained over the winter at the old naval yard.",
        "Critics say the boats are too slow for commuters who work downtown.",
        "A second dock is planned on the north shore for next spring.",
        "The city council will review the schedule in the fall.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how many use the westbay ferry line?",
        "how many ride the westbay ferry line",
    ],
)
def test_a_passage_whose_only_number_is_money_is_no_count(ferry: Searcher, question: str) -> None:
    answer = ferry.ask(question)
    assert "9,000 riders" in answer.passages[0].text
    assert "$40 million" not in answer.passages[0].text


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("has received $40 million from the state", False),
        ("paid six million dollars for the boats", False),
        ("carried 9,000 riders for $2 each", True),
        ("a population of just 6 million", True),
        # an age, and a number word for people named already, a verb after it
        ("Marta Vance, 58, said on Monday", False),
        ("The two met in 2019 at a summit", False),
        ("the two countries signed a treaty", True),
    ],
)
def test_a_sum_of_money_an_age_or_the_two_met_count_nothing(text: str, held: bool) -> None:
    assert holds_kind(AnswerKind.COUNT, text) is held
