"""Where the question's words cannot tell passages apart, on a story of its own: a story all
about one person, asked for her age, her start or a count, by her name alone."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import first_passage, searcher_for

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


@pytest.mark.parametrize("question", ["how old is Velde?", "so how old is velde anyway"])
def test_the_passage_holding_the_kind_asked_for_comes_first_among_equals(
    orchard: Searcher, question: str
) -> None:
    # Without the rule the closest in meaning wins ("sells her cider", "took over the farm").
    assert "Velde, 71," in first_passage(orchard, question)


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
    assert fragment in first_passage(orchard, question)


# A town of its own: its name is in most paragraphs (it tells none apart), its population in
# one, in other words than the question's, and a count of something else in the paragraph
# about the place a near-miss question asks for.
TOWN_STORY = "\n".join(
    [
        "The mill town of Averly voted on Sunday to rebuild its flooded bridge.",
        "Averly residents packed the town hall, and most of Averly's families were represented.",
        (
            "The town, home to 12,000 people by the last census, lies where the river meets "
            "the canal; its population has barely changed in decades."
        ),
        "Mayor Ruth Calder of Averly said the work would start before the spring rains.",
        "Upstream in Brenmoor, 300 homes lost power when the water rose.",
        "Averly's bridge was built in 1911 and has been repaired twice since.",
        "Shop owners in Averly said trade had fallen by half since the flood.",
        "Averly people have long argued over who should pay for the repairs.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


def test_a_quantity_asked_for_is_a_number_in_the_passage(town: Searcher) -> None:
    # Before: "what is the population" asked for no kind of answer, and the passage holding
    # it, not the closest in meaning to the question, was rated low
    answer = town.ask("What is the population of Averly?")
    assert answer.confidence == "high"
    assert "12,000" in answer.passages[0].text


def test_a_number_of_something_else_is_not_the_quantity_asked_for(town: Searcher) -> None:
    # Brenmoor's passage holds a count, of homes: not its population (a guard: low before too)
    answer = town.ask("What is the population of Brenmoor?")
    assert answer.answered and answer.confidence == "low"
