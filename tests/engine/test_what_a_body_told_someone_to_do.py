""" "What did X tell Y to do", where the story quotes no one X names ("the housing court", "the
courts"), asks what Y was ordered to do, not X's words: no quotation carries them. A passage
telling the order by a word of the verb's senses that direct someone ("was ordered last month
to replace the boiler") goes first, before one holding more of the question's words ("would
appeal the housing court's ruling"), which is not vouched for, as "did the court tell Y to ..."
is read (`test_an_order_asked_whether.py`). Of someone the story quotes ("what did voss ask
the court to do") the words asked are theirs, as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Tenants of the Marlow Street towers have lived without heat since the boiler failed in"
        " January.",
        "The landlord, Brisk Holdings, was ordered last month to replace the boiler and to refund"
        " two months' rent to every tenant.",
        "Brisk Holdings' lawyer, Nadia Voss, said the company would appeal the housing court's"
        " ruling on the towers and called the refunds unfair to the landlord.",
        "“We have spent more on these buildings than any owner in the city,” Voss said.",
        "City inspectors found the boiler had been patched four times since 2021.",
        "The tenants sued the landlord in October after a cold snap.",
    ]
)
ORDERED = "was ordered last month to replace the boiler"
APPEAL = "would appeal the housing court's ruling"


@pytest.fixture(scope="module")
def towers() -> Searcher:
    return searcher_for("marlow-towers", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the housing court tell the landlord to do about the towers",
        "what did the courts tell brisk holdings to do about the landlord's ruling",
    ],
)
def test_the_order_told_goes_first(towers: Searcher, question: str) -> None:
    answer = towers.ask(question)
    assert ORDERED in answer.passages[0].text
    assert not (answer.confidence == "high" and APPEAL in answer.passages[0].text)


def test_the_words_of_someone_quoted_are_theirs(towers: Searcher) -> None:
    """Passes on main too."""
    answer = towers.ask("what did voss ask the court to do about the ruling")
    assert APPEAL in answer.passages[0].text
