"""A capital named for its country's government, as news writes it ("what did Beijing build",
"is bukele cozy with beijing": the story's China), where the story never names the capital
but names the country: the passage naming the country holds the very thing the question
names, counted as the question's word and not at a synonym's bridge weight (9low35: nine
right answers over the sets were held low for the bridge's 0.6, "what's the beef about bukele
and beijing" among them). Not a capital of a country the story never names, nor a passage
without the country."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TRADE_CORRIDOR = "\n".join(
    [
        "President Ana Ruiz of Paraguay met Brazil's foreign minister in Asuncion on Friday to"
        " discuss a new trade corridor.",
        "Ruiz, 51, won the presidency in 2022 after two terms as a senator.",
        "“Our farmers need a road to the sea, and we will build it together,” Ruiz told"
        " reporters after the meeting.",
        "She has also been criticized for her close ties to Russia, with Russia opening a new"
        " hospital and a rail depot in the country last year.",
        "Opposition leader Marco Vera said the government had ignored rural schools.",
        "“They promise highways while classrooms have no roofs,” Vera said.",
        "The corridor would cost about $2 billion, according to the finance ministry.",
    ]
)


@pytest.fixture(scope="module")
def corridor() -> Searcher:
    return searcher_for("corridor", TRADE_CORRIDOR)


@pytest.mark.parametrize(
    "question",
    [
        # on main: low, Moscow held at a bridge's weight
        "is ruiz tight with moscow",
        "is ruiz getting too tight with moscow",
    ],
)
def test_the_country_named_for_its_capital_is_answered(corridor: Searcher, question: str) -> None:
    answer = corridor.ask(question)
    assert answer.passages[0].text.startswith("She has also been criticized")
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        "did moscow pay for the corridor",  # the corridor's passage names no Russia
        "is ruiz tight with lima",  # Peru's capital: the story names no Peru
    ],
)
def test_no_passage_without_the_country_is_rated_high(corridor: Searcher, question: str) -> None:
    assert corridor.ask(question).confidence != "high"
