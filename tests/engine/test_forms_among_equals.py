"""Among passages equally on topic, the one holding the kind of answer asked comes first, and a
topic word counts as held where a passage holds another of its forms, on a story of its own:
"how many employees are at the plant" is answered by "the plant employs about 1,200 people",
not by the passage saying "employees" and "plant" with no count. A passage holding the form
and a count but less of the topic stays below."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A brake plant on the brink of a strike: its staff, the talks, the owners' other office.
PLANT_STORY = "\n".join(
    [
        "The union said employees at the Norden plant had not had a raise since the plant was "
        "sold.",
        "The Norden plant employs about 1,200 people and makes brakes for trains.",
        "Talks between the union and the owners broke down on Tuesday.",
        "Employees voted to strike from the first of May if no offer is made.",
        "The owners, Brakeline, said the plant lost money last year.",
        "A strike would stop deliveries to three rail companies.",
        "Brakeline also employs 300 people at its head office in the city.",
        "The town's mayor asked both sides to return to the table.",
    ]
)


@pytest.fixture(scope="module")
def plant() -> Searcher:
    return searcher_for("plant", PLANT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how many employees are at the norden plant",
        "how many employees does the plant have",
        "how many employees are at the plant now",
    ],
)
def test_a_count_told_with_another_form_of_a_topic_word_comes_first(
    plant: Searcher, question: str
) -> None:
    answer = plant.ask(question)
    assert answer.answered
    assert "employs about 1,200 people" in answer.passages[0].text
    assert "not had a raise" in " ".join(p.text for p in answer.passages[1:])


def test_a_count_with_the_form_but_less_of_the_topic_stays_below(plant: Searcher) -> None:
    # the head office's 300 ("employs") is not the plant's count, nor the plant's the office's
    plant_answer = plant.ask("how many employees are at the norden plant")
    assert "300" not in plant_answer.passages[0].text
    city = plant.ask("how many employees does brakeline have in the city")
    assert "300 people at its head office" in city.passages[0].text
