"""Where the question's words cannot tell passages apart, on a story of its own: a story all
about one person, asked for her age, her start or a count, by her name alone."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# Every paragraph names Velde, so her name tells none apart; one holds her age, among words
# about the weather, further in meaning from "how old is Velde" than her life and work are.
ORCHARD_STORY = "\n".join(
    [
        "Orchard owner Marta Velde has spent a lifetime growing apples on the hill farm.",
        "Velde grew up among the trees her grandparents planted before the war.",
        "Neighbours say Velde knows every tree on the slope by heart.",
        (
            "“Frost came early, the bees were late and the blossom suffered,” Velde, 71, "
            "said of the spring weather and its toll on the crop."
        ),
        "Velde now sells her cider at markets across the valley.",
        "Velde hired 14 pickers for this autumn's harvest.",
        "In her youth Velde dreamed of leaving the farm for the city.",
        "Velde's children and grandchildren help her with the pruning.",
        "Velde took over the farm from her father in 1983.",
        "Velde worries that younger people no longer want to work the land.",
    ]
)


@pytest.fixture(scope="module")
def orchard() -> Searcher:
    return searcher_for("orchard", ORCHARD_STORY)


def _first(searcher: Searcher, question: str) -> str:
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    return answer.passages[0].text


@pytest.mark.parametrize("question", ["how old is Velde?", "so how old is velde anyway"])
def test_the_passage_holding_the_kind_asked_for_comes_first_among_equals(
    orchard: Searcher, question: str
) -> None:
    # Without the rule the closest in meaning wins ("sells her cider", "took over the farm").
    assert "Velde, 71," in _first(orchard, question)


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        # a passage holding more of the topic stays ahead of one holding a number
        ("how many trees did velde's grandparents plant", "grandparents planted"),
        ("how many pickers did Velde hire", "14 pickers"),
        ("when did Velde take over the farm", "in 1983"),
    ],
)
def test_holding_the_kind_does_not_outrank_more_of_the_topic(
    orchard: Searcher, question: str, fragment: str
) -> None:
    assert fragment in _first(orchard, question)
