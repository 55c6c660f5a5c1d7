"""Roles qualified by a place, on a story of its own: a possessive naming nobody the story
names ("Canada's trade minister") says which one, as an adjective does ("the Canadian trade
minister"), and a country and its people's word are one family ("China's", "Chinese")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TRADE_STORY = "\n".join(
    [
        "Trade talks in Harwick ended Thursday without a deal on steel tariffs.",
        (
            "Chinese Foreign Minister Li Wenhao said the tariffs were unfair. “We came here "
            "in good faith and leave with nothing,” Li said."
        ),
        (
            "Trade Minister Karen Holt said the talks would resume in the spring. “Our "
            "steel makers need certainty before the winter,” Holt said."
        ),
        "“No country can be asked to give up its own industry,” Holt added.",
        "Steel exports fell by a third last year, according to the customs office.",
        "Holt's aide declined to say when the next round would start.",
    ]
)


@pytest.fixture(scope="module")
def trade() -> Searcher:
    return searcher_for("trade", TRADE_STORY)


@pytest.mark.parametrize(
    "who",
    [
        "Canada's trade minister",
        "canada's foreign minister",  # the story's foreign minister is China's
        "Japan's trade minister",
    ],
)
def test_a_role_of_a_country_the_story_gives_nobody_is_an_absent_speaker(
    trade: Searcher, who: str
) -> None:
    # Before: the possessive was read as whose, and Holt's or Li's quotes were shown
    answer = trade.ask(f"what did {who} say about the tariffs?")
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."
    assert {"Karen Holt", "Li Wenhao"} <= set(answer.quoted_speakers)


@pytest.mark.parametrize(
    "who", ["China's foreign minister", "the Chinese foreign minister", "china's minister"]
)
def test_a_country_and_its_peoples_word_name_the_same_role_holder(
    trade: Searcher, who: str
) -> None:
    answer = trade.ask(f"what did {who} say about the tariffs?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Li Wenhao"
    assert "unfair" in answer.passages[0].text


def test_a_possessive_naming_a_person_of_the_story_still_says_whose(trade: Searcher) -> None:
    # Holt is quoted; her aide is not, so the aide is absent, never Holt herself
    answer = trade.ask("what did Holt's aide say?")
    assert not answer.answered
    assert "Holt's aide" in (answer.reason or "")


@pytest.mark.parametrize("whose", ["the administration's", "the department's"])
def test_a_possessive_of_a_common_noun_says_whose_not_which(trade: Searcher, whose: str) -> None:
    # "the administration's trade minister" is the story's own: not a place that picks another
    answer = trade.ask(f"what did {whose} trade minister say about the talks?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Karen Holt"
