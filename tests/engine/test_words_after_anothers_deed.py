""" "What did X say right after Y <did something>" asks X's words next after the passage telling
Y's deed, in the story's order: the passage the deed's words find as a question of their own
("the governor vetoed the budget": the veto), then X's first quoting passage after it. Not X's
passage holding more of the question's words, said before the deed ("... the governor should
sign it," the mayor said in March). Their words after their own ("what did the mayor say after
calling the veto a gift") are read as before (`_tells_only_the_premise`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BEFORE = (
    "“This budget keeps every bus route running and the governor should sign it,” Mayor Tom"
    " Reyes said in March."
)
VETO = (
    "Governor Ellen Park vetoed the transit budget on Friday, calling its fare subsidies reckless."
)
NEXT = "“That is a gift to car dealers,” Reyes told the council on Monday."
STORY = "\n".join(
    [
        "The Harwick County transit budget passed the council in March after a long fight.",
        BEFORE,
        "Bus ridership in the county rose by a fifth last year.",
        VETO,
        NEXT,
        "“Riders will pay for this,” the mayor said.",
        "The council has thirty days to override the veto.",
    ]
)


@pytest.fixture(scope="module")
def transit() -> Searcher:
    return searcher_for("harwick-transit", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the mayor say right after the governor vetoed the budget",
        "what did reyes say after park vetoed the transit budget?",
    ],
)
def test_their_words_after_the_deed_come_first(transit: Searcher, question: str) -> None:
    answer = transit.ask(question)
    assert answer.passages[0].text == NEXT
    assert not (answer.confidence == "high" and answer.passages[0].text == BEFORE)


def test_their_words_about_the_budget_are_as_before(transit: Searcher) -> None:
    """Passes on main too: no deed of someone else's asked after."""
    answer = transit.ask("what did the mayor say about the governor and the budget")
    assert answer.passages[0].text == BEFORE
