""" "who said <words>" of words typed back without quotation marks, held word for word by one
quotation of the story, is answered with confidence by the passage holding them (before: low
where the words are mostly ones no index term holds: "nobody", "up", "here", "this")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BAKERY_STORY = "\n".join(
    [
        "The Alder Street bakery will close at the end of the month after 41 years, its owners"
        " said on Saturday.",
        "Owner Lidia Sorel said the rent had tripled since 2019. “We did everything we could"
        " and it was not enough,” Sorel said.",
        "Her brother and partner, Marek Sorel, said the decision broke his heart. “None of us"
        " saw this coming,” he said.",
        "Customer Ruth Abara has bought bread there every week since 1990. “I do not know"
        " where I will go now,” Abara said.",
        "The landlord, Kessler Holdings, did not answer questions about the rent.",
    ]
)


@pytest.fixture(scope="module")
def bakery() -> Searcher:
    return searcher_for("bakery", BAKERY_STORY)


@pytest.mark.parametrize(
    ("question", "paragraph", "speaker"),
    [
        ("who said none of us saw this coming", 3, "Marek Sorel"),
        ("who said i do not know where i will go now", 4, "Ruth Abara"),
        ("who said we did everything we could", 2, "Lidia Sorel"),
    ],
)
def test_whose_words_high(bakery: Searcher, question: str, paragraph: int, speaker: str) -> None:
    answer = bakery.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == paragraph, question
    assert speaker in {q.speaker for q in answer.passages[0].quotes}
    assert answer.confidence == "high", question
