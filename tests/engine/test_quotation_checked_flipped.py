"""A member checking what someone said, with the negation flipped: "did Okoro say 'I have the
money to reopen the pier'" of her "I don't have the money to reopen the pier" (a word off, but
the word is the negation), "did Okoro say she would meet the buyers" of "would not meet them".
A word in quotation marks inside the clause asked as said ("was 'very likely'") is checked as
typed words after "say" are. The passage is shown first, but not rated high as if it confirmed
the words: it tells the other thing. The words as said, or the clause negated as told, are
still answered high."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "Harbor commissioner Lidia Okoro met striking port workers on Friday in Dunmore.",
        "“I don’t have the money to reopen the north pier,” Okoro said. “We are not selling it"
        " either, whatever the rumors say.”",
        "Okoro said she had not spoken to the buyers since March and would not meet them before"
        " the council vote.",
        "Union leader Sam Pryce said the workers would keep striking until the pier reopens.",
        "“We have waited two winters for this pier,” Pryce said.",
        "The north pier was closed in 2023 after a storm damaged its pilings.",
        "Okoro called talk of a private buyer for the pier “pure fantasy” on Friday.",
    ]
)


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "did okoro say 'I have the money to reopen the north pier'",
        "did okoro say “we are selling it”",
        "did okoro say she would meet the buyers",
        "did okoro say she WOULD meet the buyers",
        "is it true that okoro said she would meet the buyers before the vote",
        "did okoro say a private buyer for the pier was 'very likely'",
    ],
)
def test_words_told_the_other_way_are_not_confirmed(pier: Searcher, question: str) -> None:
    answer = pier.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    "question",
    [
        "did okoro say 'I dont have the money to reopen the north pier'",
        "did okoro say ‘I don’t have the money to reopen the pier’",
        "did okoro say she would not meet the buyers",
        "did pryce say the workers would keep striking",
        "did okoro say talk of a private buyer was 'pure fantasy'",
    ],
)
def test_words_as_told_are_still_confirmed(pier: Searcher, question: str) -> None:
    answer = pier.ask(question)
    assert answer.confidence == "high", question
