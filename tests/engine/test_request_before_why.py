"""A request before a why- or how-question ("explain why X thinks ...", "tell me how X ...")
is read as the question after it, and "figure" asks what someone thinks as "reckon" does:
both ask for the words of the one named."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The Port Alden harbour will not be dredged this summer, the port authority said"
        " Tuesday, a year after the town council approved the work.",
        "Chief engineer Lena Voss said the dredging could not start because the state permit"
        " had lapsed in March and a new one would take months.",
        "Council member Ray Ortiz blamed the delay on the state. “They sat on the paperwork"
        " for a year,” Ortiz said.",
        "The dredging was meant to let larger ferries dock and bring more visitors to the"
        " island. The state permit office did not respond to a request for comment.",
        "Voss told the council the ferry line was already paying off, with ticket sales up"
        " 30 percent since the new schedule began.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "explain why voss thinks the dredging cant start this summer",
        "can you tell me why voss thinks the dredging cant start",
    ],
)
def test_a_request_before_why_asks_their_reason(harbour: Searcher, question: str) -> None:
    answer = asked_for_words(harbour, question, "Lena Voss")
    assert answer.passages[0].text.startswith("Chief engineer Lena Voss said")


def test_figure_asks_what_they_think(harbour: Searcher) -> None:
    answer = asked_for_words(harbour, "how does voss figure the ferry line is doing", "Lena Voss")
    assert answer.passages[0].text.startswith("Voss told the council")
