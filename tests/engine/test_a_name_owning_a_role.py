"""9desc2 (from 9desc): a name set before a word for a person ("the Ortiz aide") says whose
that person is, as "Ortiz's aide" does: not the one named. A story of its own: a mayor, her
chief of staff and a shop owner."""

from __future__ import annotations

import pytest

from bot.engine.question import QuestionKind, read_question
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PARKING_FEES = "\n".join(
    [
        "Mayor Lena Ortiz defended the new parking fees on Wednesday.",
        "“Drivers have had a free ride downtown for forty years,” Ortiz said.",
        "Paul Rennick, Ortiz's chief of staff, said the fees would raise $2 million a year.",
        "Shop owner Ada Kim said customers were already staying away.",
    ]
)


@pytest.fixture(scope="module")
def parking() -> Searcher:
    return searcher_for("parking-fees", PARKING_FEES)


@pytest.mark.parametrize(
    "question",
    [
        "what did the Ortiz lawyer say about the fees",
        "what did the former Ortiz aide say",
        "what did the ortiz spokeswoman tell reporters",
    ],
)
def test_a_name_before_a_word_for_someone_is_whose(parking: Searcher, question: str) -> None:
    read = read_question(question, parking._mentions)
    assert read.kind is QuestionKind.SPEAKER
    assert [p.name for p in read.speakers] != ["Lena Ortiz"]
    assert parking.ask(question).asked_speaker != "Lena Ortiz"


def test_a_name_before_a_role_reads_as_the_possessive(parking: Searcher) -> None:
    read = read_question("what did the Ortiz chief of staff say about the money", parking._mentions)
    assert [p.name for p in read.speakers] == ["Paul Rennick"]
    # a word for anyone after a name is still them: chat's "the Ortiz guy"
    read = read_question("what did the Ortiz guy say about drivers", parking._mentions)
    assert [p.name for p in read.speakers] == ["Lena Ortiz"]
