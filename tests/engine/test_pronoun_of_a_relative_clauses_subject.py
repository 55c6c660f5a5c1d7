"""`Kowalczyk deferred to Naomi Brandt, who had joined the call. "...," she said`: a pronoun
after a quotation is the one person its paragraph names before it who may be meant, when that
person is the subject of a relative clause after the name ("..., who runs the plant") and the
story tells their gender; nobody when someone else named may be meant too. On a story of its
own (a plant closing)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

PLANT_STORY = "\n".join(
    [
        "Dorsey Paper will cut 300 jobs at its mill in Harwick by June, the company said.",
        "Carla Benton, the mill’s manager, said the company had tried for a year to avoid cuts.",
        "“This is the worst news this town has had in twenty years,” Mayor Peter Ruiz said.",
        "Asked whether the mill would close for good, Ruiz deferred to Benton, who had joined "
        "the meeting. “We have no plans to close it, and I would not expect more cuts this "
        "year,” she said.",
        "Union leader Marta Kovac said workers would be offered retraining.",
        "“Nobody saw this coming,” said Robert Hale, a machinist for 31 years.",
        "Councillor Jordan Ellis turned to Kovac, who had stood up. “We will fight every one of "
        "these cuts,” she said.",
    ]
)


@pytest.fixture(scope="module")
def plant() -> Searcher:
    return searcher_for("harwick", PLANT_STORY)


def test_she_is_the_one_woman_named_as_a_relative_clauses_subject(plant: Searcher) -> None:
    assert quoted(plant, "We have no plans to close it") == ["Carla Benton"]
    # "she" after a councillor whose gender the story does not tell: either may be meant
    assert quoted(plant, "We will fight every one") == [None]
