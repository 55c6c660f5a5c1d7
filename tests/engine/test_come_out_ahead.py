"""Coming out ahead ("how does X come out ahead", "on top") asks what X gains, as "how does X
benefit" does: a story tells it in a sentence opening "For X," ("For Harbour United, the lease
is a windfall"). Before, the words were searched as they stand, and the passage holding the
question's other words ("money") came first."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "The city signed a 30-year lease with Harbour United for the old stadium on Monday.",
        (
            "“If the club can fill it for less money than it costs us to keep it empty, we "
            "win,” Mayor Dana Pruitt said."
        ),
        (
            "For Harbour United, the lease is a windfall. The club pays $1 a year, which its "
            "chairman Ron Abell called “a gift we will not waste.”"
        ),
        "Council members from the east wards voted against the deal.",
        "The stadium holds 18,000 people and has stood empty since 2019.",
    ]
)


@pytest.fixture(scope="module")
def stadium() -> Searcher:
    return searcher_for("stadium", STADIUM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "How does Harbour United come out ahead money-wise from all of this?",
        "how does harbour united come out on top in this deal",
    ],
)
def test_coming_out_ahead_is_a_gain(stadium: Searcher, question: str) -> None:
    answer = stadium.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("For Harbour United, the lease is a windfall")
