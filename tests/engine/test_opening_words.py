""" "What were Bukele's opening words to Trump in the Oval Office?": "opening" before a word for
someone's words qualifies them as "first" does ("Bukele's first words"), and the question asks
for Bukele's words. It was read as a plain question, its first passage right but low, no
speaker read (fresh-69 s03). Not "closing" or "parting": their words are then ranked as any of
theirs, and "what were quinn's closing words" was high on her first passage (measured), where
the plain question's ranking puts her last words first."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FAIR_STORY = "\n".join(
    [
        "The county fair opened on Friday with a parade down Main Street.",
        "“It's a joy to welcome every family in the valley to the fair,” Mayor Ada Quinn said"
        " as she cut the ribbon.",
        "Organizer Tom Reyes said the fair had drawn 12,000 visitors last year.",
        "“We have the best pie contest in the state, and everyone knows it,” Quinn said later.",
        "“None of this happens without you,” Quinn told the volunteers as the night ended.",
    ]
)
WELCOME = "“It's a joy to welcome"


@pytest.fixture(scope="module")
def fair():  # type: ignore[no-untyped-def]
    return searcher_for("fair", FAIR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: a plain question, her welcome first, low, no speaker read
        "What were Quinn's opening words at the fair?",
        "What were the mayor's opening words at the fair?",
        # a guard: so on main too
        "Quinn's opening remarks at the fair, what were they?",
    ],
)
def test_opening_words_are_someones_words(fair, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = fair.ask(typed)
    assert answer.asked_speaker == "Ada Quinn"
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith(WELCOME)


def test_closing_words_are_her_last(fair) -> None:  # type: ignore[no-untyped-def]
    # her last words first: a plain question before 9probe15, now her words in the story's
    # order (tests/engine/test_last_words_in_story_order.py)
    answer = fair.ask("what were quinn's closing words")
    assert answer.asked_speaker == "Ada Quinn"
    assert answer.passages[0].text.startswith("“None of this happens")
