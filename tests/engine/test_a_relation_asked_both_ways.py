"""A question asking of a relation both ways ("need each other", "one another") is not rated
high on a passage telling it one way only: one side's quote ("our farms need his reservoir")
holds the words asked ("mayor", "need") but says nothing of the other side needing the first
(`answer_types.asks_both_ways`, `tells_both_ways`, in the searcher's high gate). Before, the
words and the kind of answer (a who-question of a passage quoting someone) carried such a
passage high ("who says the two leaders need each other" of Bukele's "a terrorism problem that
you need help with", where the professor's "the pair have formed a symbiotic relationship" is
the answer). A passage holding a word of both sides ("each", "both", "the pair", "the two",
"mutual", "together") is read as before, and so is a question asking for the words of the
people it names: each one's words are one way."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

WATER_PACT = "\n".join(
    [
        "The towns of Arden and Belmont signed a water-sharing pact on Friday after years of"
        " dispute.",
        "While the two towns once fought over the river, they now rely on each other's wells"
        " and pipes, according to hydrologist Sam Okafor of Tilden College.",
        "“Arden's mayor has been a true friend, and our farms need his reservoir this summer,”"
        " Belmont Mayor Ruth Kell said.",
        "Kell and Arden Mayor Tom Voss praised each other at the signing.",
        "“Belmont pays a fair price for the water,” Voss said.",
        "The pact runs for ten years and can be renewed.",
    ]
)
ONE_WAY = "“Arden's mayor has been a true friend"


@pytest.fixture(scope="module")
def pact() -> Searcher:
    return searcher_for("water", WATER_PACT)


@pytest.mark.parametrize(
    "question",
    [
        "who said the mayors need each other",
        "who claims the mayors need each other",
        "is it true the mayors need each other",
        "who says the mayors are friends with each other",
        "do the farms need each other",
    ],
)
def test_one_sides_words_are_no_answer_both_ways(pact: Searcher, question: str) -> None:
    answer = pact.ask(question)
    assert answer.passages[0].text.startswith(ONE_WAY)
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the passage tells it both ways
        ("who says the towns rely on each other", "While the two towns"),
        # the words of the two asked: each one's are one way
        ("what did kell and voss say about each other", "“Belmont pays"),
    ],
)
def test_guards(pact: Searcher, question: str, opening: str) -> None:
    answer = pact.ask(question)
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"


def test_words_to_each_other_are_words_addressed(pact: Searcher) -> None:
    # high before 9read73; now words said "to each other" are read as said to the other's face
    # (tests/engine/test_words_to_each_other.py), and no quotation of either is in the second
    # person: the same passages, low
    answer = pact.ask("what did kell and voss say to each other")
    assert answer.passages[0].text.startswith("“Belmont pays")
    assert answer.confidence == "low"


def test_the_reading() -> None:
    from bot.engine.answer_types import asks_both_ways, tells_both_ways

    assert asks_both_ways("who says the two leaders need each other")
    assert asks_both_ways("do they rely on one another's help")
    assert not asks_both_ways("who says the leaders need help")
    assert tells_both_ways("with each praising the other's virtues")
    assert tells_both_ways("the pair have formed a symbiotic relationship")
    assert tells_both_ways("The two met in 2019")
    assert not tells_both_ways("“We know that you have a crime problem that you need help with.”")
    # "two" of a number, not of the pair
    assert not tells_both_ways("The town built two wells")
