"""Asked what someone said to a person the story names ("what did Hale say to Brody"), a
passage of their words spoken to no one, naming no one, is shown but not rated high: words
said to someone are told by a quotation in the second person or a passage naming whom they
spoke to. Words said to them, told either way, are guards (they pass on main)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

MILL_STORY = "\n".join(
    [
        "The Corvin paper mill will cut its night shift in April, the company said Tuesday.",
        "Plant manager Ada Hale said orders had fallen for a third straight year. “We are"
        " making paper nobody is buying,” Hale said.",
        "Union steward Ray Brody, who has worked nights for nineteen years, said the cut would"
        " hit families hardest. “Half this town works that shift,” Brody said.",
        "At a meeting on Wednesday, Hale promised Brody that night workers would be offered"
        " day jobs first. “You will get the first call for every opening,” Hale said.",
        "Mayor Lou Fenn said the town would help workers find new jobs.",
        "Fenn later told Brody that the town would pay for retraining.",
    ]
)


@pytest.fixture(scope="module")
def mill() -> Searcher:
    return searcher_for("mill", MILL_STORY)


@pytest.mark.parametrize("question", ["what did brody say to fenn", "what did brody tell fenn"])
def test_words_to_no_one_not_vouched_for(mill: Searcher, question: str) -> None:
    answer = mill.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == 3, question
    assert answer.confidence == "low", question


@pytest.mark.parametrize("question", ["what did hale say to brody", "what did hale tell brody"])
def test_words_said_to_them_still_answered(mill: Searcher, question: str) -> None:
    answer = mill.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == 4, question


def test_words_told_of_as_said_to_them_vouched_for(mill: Searcher) -> None:
    # no "you", but the passage names whom Fenn spoke to (a guard: high on main too)
    answer = mill.ask("what did fenn tell brody")
    assert answer.answered
    assert answer.passages[0].paragraph == 6
    assert answer.confidence == "high"
