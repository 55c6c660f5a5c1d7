""" "How big is the island population wise", "hw big is it even, like population?": its size
as the number of its people, a count (`answer_types._SIZE_IN_PEOPLE`), which the passage
giving its population holds; "how big" is how it asks, no topic word a passage must hold.
"How big is the harbour", with no word of people, asks no count. Chat's "hw" before the word
a "how" asks with is "how" (`chat._HOW_SHORT`); elsewhere it is homework."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind
from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
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


@pytest.fixture(scope="module")
def island() -> Searcher:
    return searcher_for("island", ISLAND_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how big is marrow island population wise",
        "hw big is marrow island even, like population? seems tiny lol",
    ],
)
def test_how_big_in_people_is_answered_by_the_population(island: Searcher, question: str) -> None:
    # before, "big" was a topic word no passage holds and no count was asked: rated low
    answer = island.ask(question)
    assert answer.confidence == "high"
    assert "population of just 2,400" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how big is the island population-wise", AnswerKind.COUNT),
        ("how small is it, like population?", AnswerKind.COUNT),
        ("how big is the harbour", None),
    ],
)
def test_a_size_is_a_count_only_in_people(question: str, kind: AnswerKind | None) -> None:
    assert expected_kind(question) is kind


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hw big is it", "how big is it"),
        ("hw many ferries are there", "how many ferries are there"),
        ("doing hw on this, what did calder say", "doing hw on this, what did calder say"),
    ],
)
def test_hw_is_how_only_before_what_a_how_asks_with(typed: str, read: str) -> None:
    assert expand_shorthand(typed) == read
