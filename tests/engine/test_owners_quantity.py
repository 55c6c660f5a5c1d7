""" "whats marrow islands population", "what is the board's fee": a quantity asked of an owner
typed before it, as "the population of" asks it (`answer_types._WHOSE`), chat's possessive
without its apostrophe too. The question expects a count (an amount of a fee), which the
passage giving the island's population holds; read as a plain question it expected none."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind
from tests.engine.stories import searcher_for

ISLAND_STORY = "\n".join(
    [
        "The ferry to Marrow Island will stop running in May, the shipping board said Monday.",
        "Though the island, with a population of just 2,400, would seem too small to matter to"
        " the board, its fishermen land a tenth of the region's catch.",
        "“We cannot keep losing money on the crossing,” board chair Ines Calder said.",
        "Islanders said they would fight the decision at the next board meeting in June.",
        "The board has run the ferry since 1961 and lost money on it for a decade.",
        "Marrow Island's harbour was rebuilt in 2015 after a storm.",
    ]
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("whats marrow islands population", AnswerKind.COUNT),
        ("what's Marrow Island's population?", AnswerKind.COUNT),
        ("what is the board's fee for the crossing", AnswerKind.AMOUNT),
    ],
)
def test_an_owners_quantity_is_asked_as_the_quantity(question: str, kind: AnswerKind) -> None:
    assert expected_kind(question) is kind


def test_an_owners_population_is_answered_by_the_count() -> None:
    searcher = searcher_for("island", ISLAND_STORY)
    answer = searcher.ask("whats marrow islands population")
    assert answer.confidence == "high"
    assert "population of just 2,400" in answer.passages[0].text
