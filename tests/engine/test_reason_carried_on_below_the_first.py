"""A why-question about what someone named does is answered by their reason in the quotation
carrying on from the passage relaying them, also where that passage is not ranked first: the
passage holding more of the question's words may tell what was done to them or by others ("A
county judge ordered the board ... to reopen the Linden Street library branch") and give no
reason. Before, only the first passage's next one was read for the reason, and the judge's
order came first."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Harlow school board met on Tuesday to discuss the future of the Linden Street"
        " library branch.",
        "A county judge ordered the board last week to reopen the Linden Street library"
        " branch, which closed in March after a roof leak.",
        "But at the meeting, board chair Ruth Okafor said it would be “irresponsible” for the"
        " board to reopen it before the autumn.",
        "“Who would pay for the repairs?” Okafor said, adding that the roof still leaks. “We"
        " don't have the money to fix it this year.”",
        "Parents who use the branch said they would keep pressing the board.",
        "The branch lent more than 40,000 books last year.",
    ]
)

PLAN_STORY = "\n".join(
    [
        "Professor Ana Ruiz of Harlow College called the council's new library plan “a real"
        " gain” for the town.",
        "“Readers will come back because the building is finally safe,” Ruiz said.",
        "The plan would add a reading room and a cafe to the Linden Street branch.",
        "Still, Ruiz warned that the council should not rush the library plan this winter.",
        "The council will vote on the plan in March.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why is okafor refusing to reopen the linden street library branch?",
        "Why does Okafor not want to reopen the Linden Street library",
        "how come okafor wont reopen linden street",
    ],
)
def test_their_reason_after_a_passage_ranked_below_the_first(
    library: Searcher, question: str
) -> None:
    answer = library.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“Who would pay for the repairs?”")
    assert answer.confidence == "low"


def test_their_own_words_ranked_first_stay_first() -> None:
    # the passage relaying them is first: what it tells is theirs, whether or not the reason
    # reader finds a reason in it, and no reason of theirs further down is put before it (a
    # boundary of the rule: this passes before it too)
    plan = searcher_for("plan", PLAN_STORY)
    answer = plan.ask("why is ruiz worried about the library plan")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Still, Ruiz warned")
