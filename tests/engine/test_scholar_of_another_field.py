"""A scholar asked for by a field and the name of their university ("the cornell economist")
where the story calls its one scholar of that university by a title that names no field
("Cornell University professor"): the member may remember his field rather than his title, and
the story does not say he is no economist, so that is no clear evidence it does not quote
whom they mean. The question is searched and answered at low confidence, never as his words
rated high (each quotation shown with its own speaker). Before, it was refused ("The story
doesn't quote the harlow economist"). Still refused: a scholar of another field the story
names ("Harlow College historian"), and words tied to more than one person."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PLAN_STORY = "\n".join(
    [
        "The Harlow council voted on Monday to sell the old Linden Street library to a"
        " developer for $2 million.",
        "The sale is a mistake, according to Harlow College professor Ana Ruiz, who has"
        " studied the town's budget for a decade.",
        "“The town will spend more renting space than it saves by selling,” Ruiz said.",
        "Council member Omar Diallo voted against the sale.",
    ]
)

HISTORIAN_STORY = "\n".join(
    [
        "The Harlow council voted on Monday to sell the old Linden Street library to a"
        " developer for $2 million.",
        "Harlow College historian Ana Ruiz called the building “the town's memory.”",
        "“Selling it is selling the past,” Ruiz said.",
    ]
)

TWO_TIED_STORY = "\n".join(
    [
        "The Harlow council voted on Monday to sell the old Linden Street library to a"
        " developer for $2 million.",
        "“The town will spend more renting space than it saves,” said Harlow College professor"
        " Ana Ruiz.",
        "“We need the money now,” said Harlow College president Tom Bell.",
    ]
)


@pytest.fixture(scope="module")
def plan() -> Searcher:
    return searcher_for("plan", PLAN_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the harlow college economist say about the sale",
        "whats the harlow economist's take?",
        "did the Harlow College economists think selling the library was smart",
    ],
)
def test_a_scholar_of_no_field_named_is_shown_low(plan: Searcher, question: str) -> None:
    answer = plan.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert answer.asked_speaker is None  # nobody is credited as the economist
    assert any("Ruiz" in p.text for p in answer.passages[:2])


def test_their_title_as_typed_is_still_theirs(plan: Searcher) -> None:
    answer = plan.ask("what did the harlow college professor say")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Ana Ruiz"


def test_a_scholar_of_another_field_is_refused() -> None:
    historian = searcher_for("historian", HISTORIAN_STORY)
    answer = historian.ask("what did the harlow college economist say")
    assert not answer.answered


def test_words_tied_to_two_people_are_refused() -> None:
    two = searcher_for("two", TWO_TIED_STORY)
    answer = two.ask("what did the harlow college economist say")
    assert not answer.answered
