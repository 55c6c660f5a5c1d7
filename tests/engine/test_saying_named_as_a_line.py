"""Someone's saying named as a newsroom names one ("Hale's line about Ruiz", "the mayor's
quip"), and with the words themselves quoted as remembered between the owner and the noun
("Hale's “one great governor” line"): the owner's words are asked for
(bot/engine/question.py, NOUNS_OF_SPEECH and `_QUALIFYING`), not a plain question, nor one
about someone called "the mayor's 'one swell governor"."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

GREETING_STORY = "\n".join(
    [
        "Mayor Tom Hale of Harwick hosted Governor Elena Ruiz on Tuesday at city hall.",
        "“It's a pleasure to be here with the mayor,” Ruiz said. “We are eager to help.”",
        "“Welcome to Harwick,” Hale said in return. “I want to greet the people of Costa Brava."
        " They have one fine governor.”",
        "The city council sees the deal as a way to save money on port upkeep.",
        "The docks were built in 1920 and need repairs.",
    ]
)


@pytest.fixture(scope="module")
def greeting() -> Searcher:
    return searcher_for("greeting", GREETING_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "Hale's line about Ruiz, what was it exactly?",
        'Hale\'s "one great governor" line about Ruiz, what were the exact words?',
        "the mayor's 'one swell governor' quip, exact wording pls",
        "what was the mayor's “one fine lady” one-liner",
    ],
)
def test_a_line_or_quip_of_someone_asks_their_words(greeting: Searcher, question: str) -> None:
    answer = greeting.ask(question)
    assert answer.answered
    assert answer.asked_speaker == "Tom Hale"
    assert answer.passages[0].text.startswith("“Welcome to Harwick,”")


def test_a_line_of_something_is_no_ones_words(greeting: Searcher) -> None:
    answer = greeting.ask("which bus lines run to the docks")
    assert answer.asked_speaker is None
