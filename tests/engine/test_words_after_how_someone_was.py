"""`In a note to clients, she was more pointed: "..."`: a quotation after a colon closing a
clause that only says how its subject was (a form of "be" and a few words) is the subject's
words; not after a passive ("she was reminded: "...""), nor a negation ("was not alone:"), nor
when the subject is no person ("The message was clear: "...""). On a story of its own (a school
district's budget)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

BUDGET_STORY = "\n".join(
    [
        "The Fairview school board cut $4 million from next year's budget on Monday.",
        "Superintendent Joan Mercer said the cuts would fall mostly on administration.",
        "Board member Paul Hendricks voted against the plan. “We are balancing this on the "
        "backs of the kids who need us most,” Hendricks said.",
        "In a letter to parents, Mercer was more direct: “Class sizes will grow. I will not "
        "pretend otherwise.”",
        "Art teacher Dana Cole went to the board's meeting on Monday. At the door, she was "
        "reminded: “Art is on the list.”",
        "The message from the board was clear: “Every school will share the pain.”",
        "At the meeting, trustee Ann Ruiz was not alone: “Cut the consultants first.”",
    ]
)


@pytest.fixture(scope="module")
def budget() -> Searcher:
    return searcher_for("fairview", BUDGET_STORY)


def test_the_words_after_how_someone_was_are_theirs(budget: Searcher) -> None:
    assert quoted(budget, "Class sizes will grow") == ["Joan Mercer"]
    # told to her, by someone the story does not name; a message of nobody named
    assert quoted(budget, "Art is on the list") == [None]
    assert quoted(budget, "Every school will share the pain") == [None]
    # "was not alone:": the words may be whoever joins her
    assert quoted(budget, "Cut the consultants first") == [None]
