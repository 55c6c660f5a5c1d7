""" "One" says nothing of what a question is about: a numeral before a noun ("one hell of a
keeper"), a pronoun for a thing not named ("a hard one"). Read as a topic word it found the
pronoun in the words of someone other than the one whose words hold the rest ("did Reyes say
they have one hell of a keeper" of his "a hard one for us", rated high)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MATCH_STORY = "\n".join(
    [
        "The Riverside Rovers lost 2-0 to Ashford on Sunday, their third defeat in a row, and "
        "manager Tom Reyes faces questions about his future.",
        "“That was a hard one for us, but the season is long,” Reyes said after the match.",
        "“We have one hell of a keeper and he saved us twice,” said club captain Dan Okafor.",
        "The Rovers play at home against Millbrook next Saturday.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "did reyes say they have one hell of a keeper",
        "did the manager say they had one great keeper",
    ],
)
def test_one_alone_is_no_answer(question: str) -> None:
    searcher = searcher_for("rovers-lose", MATCH_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker == "Tom Reyes"
    assert answer.confidence != "high"


def test_the_words_of_whom_they_are_still_answer() -> None:
    searcher = searcher_for("rovers-lose", MATCH_STORY)
    answer = searcher.ask("what did okafor say about the keeper")
    assert answer.confidence == "high"
    assert "one hell of a keeper" in answer.passages[0].text


def test_the_words_around_one_still_answer() -> None:
    searcher = searcher_for("rovers-lose", MATCH_STORY)
    answer = searcher.ask("did reyes call it a hard one")
    assert answer.confidence == "high"
    assert "a hard one for us" in answer.passages[0].text
