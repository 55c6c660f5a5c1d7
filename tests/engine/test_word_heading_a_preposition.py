"""A word asked as an adverb ("who came out ahead") that a passage holds only before "of",
where it makes a preposition ("met with the players ahead of the first round": before it in
time), is not the word asked: such a passage is never rated high for it, as a word held only
in a preposition's idiom ("in return") is not. Only for an adverb WordNet has as no noun or
verb ("ahead", "instead"), whose "of" makes a preposition; "the return of" is a noun's. On a
story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CHESS_STORY = "\n".join(
    [
        "The Millbrook chess club held its annual tournament at the library on Saturday.",
        "Club president Ann Ruiz met with the players ahead of the first round.",
        "Tom Baker won the final game against Ruiz and took home the trophy.",
        "Ruiz said the club would host a second tournament in the spring.",
        "The library has hosted the club since 2015.",
    ]
)


@pytest.fixture(scope="module")
def chess() -> Searcher:
    return searcher_for("chess", CHESS_STORY)


@pytest.mark.parametrize("question", ["Who came out ahead?", "who finished ahead in the end"])
def test_a_word_held_only_before_of_is_held_low(chess: Searcher, question: str) -> None:
    # before: high on ¶2's "ahead of the first round"
    answer = chess.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"


def test_the_preposition_asked_stays_high(chess: Searcher) -> None:
    answer = chess.ask("who did ruiz meet ahead of the first round")
    assert answer.answered, answer.reason
    assert "ahead of the first round" in answer.passages[0].text
    assert answer.confidence == "high"
