"""A member taking a real quotation as someone else's words, typed without quotation marks
in asking why, when or where that person said it ("why did the warden say ...") or told back
as theirs ("the warden said ..., right?"): the quotation's passage is shown first, credited to
whoever said it, and nothing is rated high as the asked person's words."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The Calder Island ferry will stop running its late boat in June, the port authority"
        " said Monday, citing a shortage of deckhands.",
        "Port manager Ines Forde said the authority had tried for a year to hire more crew."
        " “We posted the jobs in every paper on the coast and nobody came,” Forde said.",
        "Islander Paul Mendez, who commutes to a night shift on the mainland, said he would"
        " have to move. “Without the late boat my family has no way home after ten,” he said.",
        "The island's council head, Ruth Adair, said she would ask the state for money."
        " “This ferry is the only road we have,” Adair said.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "whose"),
    [
        ("why did adair say we posted the jobs in every paper on the coast", "Forde"),
        ("when did forde say this ferry is the only road we have", "Adair"),
        ("mendez said this ferry is the only road we have, right?", "Adair"),
        ("so adair said my family has no way home after ten", "Mendez"),
    ],
)
def test_anothers_words_shown_as_theirs(ferry: Searcher, question: str, whose: str) -> None:
    answer = ferry.ask(question)
    assert answer.answered, question
    assert answer.confidence == "low", question
    assert any(whose in str(q.speaker) for q in answer.passages[0].quotes), question


@pytest.mark.parametrize(
    "question",
    [
        "adair said this ferry is the only road we have, right?",
        "forde said nobody came, right?",
        "mendez said without the late boat my family has no way home after ten, right?",
    ],
)
def test_their_own_words_still_answered(ferry: Searcher, question: str) -> None:
    answer = ferry.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
