"""Asked where something is in a country the question names ("Where are the people deported
from the US being held in El Salvador?", fresh-76 p03), the country is no answer: a passage
naming it beside the topic ("Bukele's administration has detained 85,000 people in El
Salvador") holds no place asked for the order, which the one placing it within ("a notorious
prison located just outside the capital city of San Salvador") does. Before, both held a place
and the first by its words came first. Only the order: the confidence model reads a place as
it did (no evidence either way)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CAMP_STORY = "\n".join(
    [
        "Governor Lena Voss flew to Moldova on Tuesday to discuss the migrants her state has"
        " sent there.",
        "According to the Red Cross, the government has detained 4,000 migrants in Moldova in"
        " the past year, though few have been charged.",
        "Moldova has agreed to take migrants deported from the state, having so far locked up"
        " more than 300 in a camp just outside the capital city of Chisinau.",
        "Voss said the deal saves money.",
    ]
)


@pytest.fixture(scope="module")
def camp() -> Searcher:
    return searcher_for("camp", CAMP_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # on main: the Red Cross passage first
        "Where are the migrants deported from the state being held in Moldova?",
        "Where are the deported migrants being kept in Moldova?",
        "so where are the state's deported migrants held in moldova",
        # a guard: first and high on main too
        "where in Moldova are the migrants deported from the state being held?",
    ],
)
def test_the_place_within_the_country_named_is_first(camp: Searcher, question: str) -> None:
    assert "Chisinau" in camp.ask(question).passages[0].text


def test_a_country_not_named_is_a_place(camp: Searcher) -> None:
    # a guard, as on main
    assert camp.ask("Where did Voss fly on Tuesday?").passages[0].text.startswith("Governor")
