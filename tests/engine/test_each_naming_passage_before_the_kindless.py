""" "Which gangs are they saying they send to that prison?": where a question asks the names of
things of a kind, each passage naming one is shown before the passages ranked above it that
hold no word of the kind (they cannot tell which), not only the first of them. Main put the
first first (the hype video's "Tren de Aragua and MS-13 gang members") and left Leavitt's
"supermax prison for Tren de Aragua and MS-13 gang members" below the professor's "the
ability to send deportees to El Salvador’s maximum-security prison" and the fact sheet's
"cold-blooded criminals", out of the three shown (fresh-80 p06)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PLANT_STORY = "\n".join(
    [
        "The co-op's board met on Monday in Fresno to plan for the grape harvest.",
        "“For the board, the ability to bring workers to the packing plant sends a strong message"
        " to buyers that the harvest will be on time,” board chair Ana Ruiz said.",
        "Ahead of the vote, the board posted a video of Teamsters and United Farm Workers union"
        " members marching at the packing plant.",
        "Workers at the plant earn $18 an hour, and the season lasts ten weeks.",
        "Board member Luis Ortega said last week that the board “will discuss the co-op's"
        " contract with the Teamsters and United Farm Workers union members at the packing"
        " plant.”",
        "Growers said the price of table grapes had fallen by a fifth.",
    ]
)
VIDEO = "Ahead of the vote, the board posted a video"
ORTEGA = "Board member Luis Ortega said"


@pytest.fixture(scope="module")
def plant():  # type: ignore[no-untyped-def]
    return searcher_for("plant", PLANT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: Ruiz's "the ability to bring workers to the packing plant" second
        "which unions are they saying they bring to the packing plant?",
        "which unions do they send to the plant",
    ],
)
def test_each_passage_naming_the_kind_before_those_holding_none(plant, typed: str) -> None:  # type: ignore[no-untyped-def]
    shown = [passage.text for passage in plant.ask(typed).passages]
    assert shown[0].startswith(VIDEO)
    assert shown[1].startswith(ORTEGA)


def test_a_passage_naming_none_below_them_keeps_its_place(plant) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: both naming passages first, then the one about the plant
    shown = [passage.text for passage in plant.ask("what unions are at the packing plant").passages]
    assert shown[0].startswith(VIDEO)
    assert shown[1].startswith(ORTEGA)
    assert shown[2].startswith("Workers at the plant")
