"""What two people said together ("what did X and Y talk about when they met") is refused,
naming X, where the story quotes Y but never X: Y's words elsewhere are no talk of theirs.
Either of them ("X or Y") and two people both quoted are answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import SCHOOL_CLOSING, searcher_for

STORY = "\n".join(
    [
        "Orchard growers in Linden Vale met the regional water board on Tuesday.",
        "Board chair Maria Kessler sat down with grower Tomas Reyes before the vote, the board"
        " said.",
        "“Every orchard in this valley will get its share,” Kessler said after the vote.",
        "“We want the canal fixed before the summer,” said farmer Ada Lunt.",
        "Reyes has farmed apples in the valley for thirty years.",
    ]
)


@pytest.fixture(scope="module")
def valley() -> Searcher:
    return searcher_for("linden-vale", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did reyes and kessler talk about when they met",
        "so what did kessler n reyes say to each other before the vote",
        "what did reyes & kessler say",
    ],
)
def test_the_words_of_two_one_never_quoted_are_refused(valley: Searcher, question: str) -> None:
    answer = valley.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "Tomas Reyes" in answer.reason


@pytest.mark.parametrize(
    "question", ["what did lunt and kessler talk about", "what did reyes or kessler say"]
)
def test_both_quoted_or_either_of_them_is_answered(valley: Searcher, question: str) -> None:
    answer = valley.ask(question)
    assert answer.answered


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("brackwater", SCHOOL_CLOSING)


@pytest.mark.parametrize(
    "question",
    ["what did ferreira and odum say to each other", "what did nand and ferreira say"],
)
def test_two_asked_together_one_unquoted_in_another_story(school: Searcher, question: str) -> None:
    answer = school.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "Luis Ferreira" in answer.reason


def test_two_asked_together_both_quoted_in_another_story(school: Searcher) -> None:
    assert school.ask("what did odum and nand say").answered
