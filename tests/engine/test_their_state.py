"""A speech word after "his", "her" or "their" is the words of whom it names ("her comments")
only where, as a noun, it names words (bot/engine/question.py, `_names_something_else`):
"when did their state of emergency start" asks when the emergency began, not for anyone's
words ("state" as a verb is one of speech)."""

from __future__ import annotations

import pytest

from bot.engine.question import QuestionKind, read_question
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

EMERGENCY_STORY = "\n".join(
    [
        "Governor Elena Ruiz met Mayor Tom Hale in Harwick on Monday.",
        "The islands' state of emergency, declared in March 2020, remains in effect.",
        "“We will state our case to the court, and we will start again,” Ruiz said.",
        "Hale said the town's emergency fund was nearly empty.",
    ]
)


@pytest.fixture(scope="module")
def emergency() -> Searcher:
    return searcher_for("emergency", EMERGENCY_STORY)


def test_their_state_of_emergency_asks_when_it_began(emergency: Searcher) -> None:
    # before, read as asking for someone's words ("state"), its passage was rated low
    answer = emergency.ask("When did their state of emergency start?")
    assert answer.answered and answer.asked_speaker is None
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("The islands' state of emergency")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When did their state of emergency start?", QuestionKind.PLAIN),
        ("when did Ruiz make her comments", QuestionKind.SPEAKER),
        ("what were her claims about the court", QuestionKind.SPEAKER),
    ],
)
def test_a_speech_word_after_their_is_their_words_only_as_a_noun_of_words(
    emergency: Searcher, question: str, kind: QuestionKind
) -> None:
    assert read_question(question, emergency._mentions).kind is kind
