"""Misspelt names are read as the names the story uses; real words are never replaced."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.snapshot import IndexSnapshot
from bot.engine.spelling import NameSpeller


@pytest.fixture(scope="module")
def speller(story_snapshot: IndexSnapshot) -> NameSpeller:
    return NameSpeller(story_snapshot.people, story_snapshot.index)


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        ("what did bukle say", "what did bukele say"),
        ("What did Bukel say?", "What did Bukele say?"),
        ("What did Karoline Levitt say?", "What did Karoline Leavitt say?"),
        ("did Stephen Miler tell reporters", "did Stephen Miller tell reporters"),
        ("what did human rights wach say", "what did human rights watch say"),
    ],
)
def test_misspelt_names_are_corrected(speller: NameSpeller, question: str, corrected: str) -> None:
    assert speller.correct(question) == corrected


@pytest.mark.parametrize(
    "question",
    [
        "What did Putin say?",  # nobody in the story: left for the engine to say so
        "What did Boris say?",
        "Are there human rights concerns about Salvadoran prisons?",  # every word is known
        "What is the weather like?",  # real words the story lacks stay as they are
        "Who won the World Cup?",
    ],
)
def test_other_words_are_left_alone(speller: NameSpeller, question: str) -> None:
    assert speller.correct(question) == question


def test_a_misspelt_speaker_still_gets_their_quotes(searcher: Searcher) -> None:
    answer = searcher.ask("what did bukle say about returning garcia")
    assert answer.question == "what did bukle say about returning garcia"  # as asked
    assert answer.asked_speaker == "Nayib Bukele"
    assert answer.passages[0].paragraph == 13
