"""A date asked of something someone did ("when did Calder become mayor") is not answered
with high confidence by a passage holding only that person (their name, their role) and a
date of something else they did ("Former Mayor Ines Calder toured the shipyard in 2015"): the
story has not said when. A passage holding the deed still answers."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

OTHER_DEED = "Former Mayor Ines Calder toured the shipyard in 2015, arriving without notice."
YARD_STORY = "\n".join(
    [
        "The Kelport shipyard will build two ferries for the island service, its owners said.",
        "“This keeps three hundred people in work,” said yard manager Rui Costa.",
        OTHER_DEED,
        "The yard has become the largest employer in Kelport since it reopened.",
        "The first ferry is due to sail in 2027.",
    ]
)


@pytest.mark.parametrize(
    "question", ["when did calder become mayor", "When did Ines Calder become the mayor?"]
)
def test_a_date_of_something_else_they_did_is_no_answer(question: str) -> None:
    searcher = searcher_for("kelport-yard", YARD_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == OTHER_DEED)


def test_the_deed_dated_answers() -> None:
    told = "Ines Calder became mayor in 2012 and toured the shipyard in 2015."
    searcher = searcher_for("kelport-yard", YARD_STORY.replace(OTHER_DEED, told))
    answer = searcher.ask("when did calder become mayor")
    assert answer.confidence == "high"
    assert answer.passages[0].text == told


def test_when_they_did_what_the_passage_tells_answers() -> None:
    searcher = searcher_for("kelport-yard", YARD_STORY)
    answer = searcher.ask("when did calder tour the shipyard")
    assert answer.confidence == "high"
    assert answer.passages[0].text == OTHER_DEED
