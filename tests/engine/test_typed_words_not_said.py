"""Words a member puts in quotation marks as someone's ("did Hale really say "we will close the
docks"") that no passage holds, as typed or a word off, are words the story does not give
anyone: no passage is vouched for as where they were said (the closest are shown, low; before,
the speaker's passage on the topic was rated high, as if it confirmed the words). Words held
are answered high as before, in double or single quotation marks."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DOCKS_STORY = "\n".join(
    [
        "Mayor Tom Hale of Harwick hosted Governor Elena Ruiz on Tuesday at city hall.",
        "“It's a pleasure to be here with the mayor,” Ruiz said. “We are eager to help.”",
        "“Welcome to Harwick,” Hale said in return. “I want to greet the people of Costa Brava."
        " They have a truly great governor.”",
        "The city council sees the deal as a way to save money on upkeep of the old docks.",
        "“If [Governor Ruiz] can run these old docks for less money than it costs us, I'm in,”"
        " Hale said of the docks.",
        "The docks were built in 1920 and need repairs.",
    ]
)


@pytest.fixture(scope="module")
def docks() -> Searcher:
    return searcher_for("docks", DOCKS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        'did Hale really say "we will close the old docks next year"',
        "did hale say 'the docks cost us too much money'",
        "is it true that hale said ‘ruiz can have the old docks for free’",
        "where did Hale say 'the docks are a disgrace'",
    ],
)
def test_words_no_passage_holds_are_not_confirmed(docks: Searcher, question: str) -> None:
    answer = docks.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    "question",
    [
        'did Hale say "they have a truly great governor"',
        "did hale say 'they have a truly great governor'",
        "did hale really say ‘I'm in’ about the docks",
    ],
)
def test_words_a_passage_holds_are_still_answered(docks: Searcher, question: str) -> None:
    answer = docks.ask(question)
    assert answer.confidence == "high", question
    assert any(q.speaker and "Hale" in str(q.speaker) for q in answer.passages[0].quotes)
