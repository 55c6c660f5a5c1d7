"""A verb's sense picked by its object: WordNet's definition of the sense names the object
("break the rules": "fail to agree with; be in violation of; as of rules or patterns", whose
words hold "violate"), though the sense is far down the verb's list. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CLUB_STORY = "\n".join(
    [
        "The Riverside rowing club held its annual regatta on Saturday afternoon.",
        "Club captain Dana Whitfield stands accused of violating the league's safety code"
        " during the final race.",
        "The club's new boathouse opened in May after two years of building work.",
        "A storm damaged several boats and a window of the old shed on Friday night.",
    ]
)


@pytest.fixture(scope="module")
def club() -> Searcher:
    return searcher_for("club", CLUB_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did anyone at the club break the rules",
        "has anybody at the club broken the rules",
        "did somebody break any laws",
    ],
)
def test_the_object_picks_the_verbs_sense(club: Searcher, question: str) -> None:
    # before: "break" reached none of the story's words ("violating" is no frequent sense)
    answer = club.ask(question)
    assert answer.answered, answer.reason
    assert "violating" in answer.passages[0].text


@pytest.mark.parametrize("question", ["did the storm break a window", "what did the storm break"])
def test_an_object_no_sense_names_reaches_nothing(club: Searcher, question: str) -> None:
    answer = club.ask(question)
    assert answer.answered, answer.reason
    assert "violating" not in answer.passages[0].text
