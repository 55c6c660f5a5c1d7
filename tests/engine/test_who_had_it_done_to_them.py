"""A "who" asked in the passive ("who got fined", "who was sent home by mistake") asks whom
the deed was done to. A passage holding the deed only in its plain, "-s" or "-ing" form ("the
power to fine any trawler", "the board fines ...") tells of someone doing it, or able to, not
of anyone it was done to: whoever it names is not vouched for (shown first, low). A passage
telling the deed done ("the crew of the Maris was fined") answers as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Fishing crews in Port Elling are angry over new rules for the northern banks.",
        "“For harbour master Ines Dahl, the power to fine any trawler that crosses the line"
        " sends a clear signal to crews working the northern banks,” said economist Paul Varga.",
        "Last month a crew of six was turned back at the harbour mouth in heavy weather.",
        "“We will keep fishing where our fathers fished,” said skipper Alan Brody.",
    ]
)
DONE = "Skipper Alan Brody's crew was fined by mistake last week, the harbour office said."


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("port-elling", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "who was fined",
        "who's the guy whose crew got fined by mistake",
        "who got sent there by mistake",
    ],
)
def test_whom_a_deed_was_done_to_is_not_answered_by_its_doer(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert not (answer.confidence == "high" and "Ines Dahl" in answer.passages[0].text)


def test_a_passage_telling_the_deed_done_answers() -> None:
    searcher = searcher_for("port-elling", STORY + "\n" + DONE)
    answer = searcher.ask("who got fined by mistake")
    assert answer.confidence == "high"
    assert "was fined by mistake" in answer.passages[0].text
