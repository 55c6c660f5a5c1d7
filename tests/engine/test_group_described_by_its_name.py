"""A question describing an organisation by words of its name before a word for any
organisation ("wildlife groups", "the wildlife group": the Coastal Wildlife Fund) asks of it,
as a question naming a speaker so does: its name in a passage is a use of those words, and the
passage telling what it fears answers, rated high. A word of the name asked of nothing else
("how much wildlife lives in the bay") is still no use of it."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BAY_STORY = "\n".join(
    [
        "The county began dredging Pell Bay in March to deepen the channel for cargo ships, a "
        "project officials say will bring 300 jobs.",
        "Harbor master Lena Cole said the work was on schedule.",
        "According to the Coastal Wildlife Fund, the dredging has already buried 40 acres of "
        "seagrass where manatees feed, raising fears that the herd will starve over the winter.",
        '"Every acre we lose is food that does not come back for a decade," a Coastal Wildlife '
        "Fund report reads.",
        "The county plans to finish the dredging by November.",
    ]
)


@pytest.fixture(scope="module")
def bay() -> Searcher:
    return searcher_for("pell", BAY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Why are wildlife groups worried about the dredging?",
        "why is the wildlife group worried the manatees will starve?",
        "what are wildlife groups afraid will happen to the manatees?",
    ],
)
def test_the_group_described_answers_high(bay: Searcher, question: str) -> None:
    shown = bay.ask(question)
    assert shown.answered, shown.reason
    assert shown.passages[0].text.startswith("According to the Coastal Wildlife Fund")
    assert shown.confidence == "high"


def test_a_word_of_the_name_alone_is_still_no_use_of_it(bay: Searcher) -> None:
    shown = bay.ask("how much wildlife lives in the bay?")
    assert shown.answered, shown.reason
    assert shown.confidence == "low"
