"""A question whose every word is a role and the name asked ("what is the lawyer's name",
"what's the judge's name") is searched by the names of whom the role describes, in the order
shown only; the words as typed, which the confidence model reads, leave no passage to rank.
Before, that empty ranking was read for its first passage and the question failed with an
IndexError (`storybot ask "what is the professor's name"` on the shipped story): now the first
passage shown is read in its place and held low, nothing vouched for it."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore school board voted on Thursday to sell the old Marsh Road depot to a"
        " housing developer for $3.1 million.",
        "Board chair Helen Quist said the sale would pay for new roofs on four schools.",
        "“We have waited eleven years for this money,” Quist said.",
        "The district's architect, Tomas Brandt, has drawn up plans for the roofs.",
        "Parents at the meeting asked that the depot's playing field be kept for the town.",
    ]
)


@pytest.fixture(scope="module")
def depot() -> Searcher:
    return searcher_for("depot", STORY)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what is the architect's name", "Brandt"),
        ("what's the architect's name?", "Brandt"),
        ("whats the chair's name", "Quist"),
        ("what was the architect's name again", "Brandt"),
    ],
)
def test_the_name_of_whom_a_role_describes_is_shown_low(
    depot: Searcher, question: str, named: str
) -> None:
    # before: IndexError (the ranking of the words as typed was empty)
    answer = depot.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low", question
    assert named in answer.passages[0].text, question
