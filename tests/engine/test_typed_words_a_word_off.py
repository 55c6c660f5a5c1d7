"""Words a member puts in quotation marks as they remember them, one word off ("they have a
really great governor" of “They have a truly great governor”): the quotation that holds them
so, in the words of whom the question asks about, comes first, as one holding them exactly
does (bot/engine/search/searcher.py, `_typed_words_first`, `_a_word_off`). Not of a few
words ("one fine mayor"), which one word changed changes too much."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.search.searcher import _a_word_off
from tests.engine.stories import searcher_for

WELCOME_STORY = "\n".join(
    [
        "Mayor Tom Hale of Harwick hosted Governor Elena Ruiz on Tuesday at city hall.",
        "“It's a pleasure to be here with the mayor,” Ruiz said. “We are eager to help.”",
        "“Welcome to Harwick,” Hale said in return. “I want to greet the people of Costa Brava."
        " They have a truly great governor.”",
        "The city council sees the deal as a way to save money on port upkeep.",
        "“If [Governor Ruiz] can run these old docks for less money than it costs us, I'm in,”"
        " Hale said on May 2.",
        "The docks were built in 1920 and need repairs.",
    ]
)


@pytest.fixture(scope="module")
def welcome() -> Searcher:
    return searcher_for("welcome", WELCOME_STORY)


@pytest.mark.parametrize(
    "question",
    [
        'Hale\'s "they have a really great governor" line about Ruiz, exact words?',
        "what did Hale say about Ruiz, something like “they have a truly fine governor”?",
    ],
)
def test_words_remembered_a_word_off_find_the_quotation(welcome: Searcher, question: str) -> None:
    answer = welcome.ask(question)
    assert answer.answered
    assert answer.passages[0].text.startswith("“Welcome to Harwick,”")


def test_a_short_phrase_a_word_off_is_not_the_quotation() -> None:
    assert _a_word_off(
        "they have a really great governor".split(), "They have a truly great governor."
    )
    # three words, one changed: too few to be a remembered line
    assert not _a_word_off("a really great".split(), "They have a truly great governor.")
