"""A question asking what something was before a change ("what was the parking fee before
they lowered it") is not answered with high confidence by a passage telling only what it was
changed to: the story has not said. A passage telling the earlier state ("from 3 euros") still
answers it, and the new state is still answered when asked."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PARKING_STORY = "\n".join(
    [
        "The Bellmont city council voted on Monday to lower the parking fee in the old town to "
        "2 euros an hour, the lowest level in a decade.",
        "“Shops need customers, and customers need somewhere to park,” said council leader "
        "Ines Varga.",
        "Residents of the old town will keep their free permits, the council said.",
        "The new fee takes effect on March 1.",
    ]
)
EARLIER_TOLD = PARKING_STORY.replace("in the old town to", "in the old town from 3 euros to")
QUESTIONS = [
    "what was the parking fee before they lowered it",
    "What level was the old town parking fee before it was lowered?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_state_before_a_change_is_not_the_state_after_it(question: str) -> None:
    searcher = searcher_for("bellmont-parking", PARKING_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"
    assert "lower the parking fee" in answer.passages[0].text  # still shown, as the closest


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_passage_telling_the_earlier_state_answers(question: str) -> None:
    searcher = searcher_for("bellmont-parking", EARLIER_TOLD)
    answer = searcher.ask(question)
    assert answer.confidence == "high"
    assert "from 3 euros" in answer.passages[0].text


def test_the_state_after_the_change_is_answered() -> None:
    searcher = searcher_for("bellmont-parking", PARKING_STORY)
    answer = searcher.ask("what was the parking fee lowered to")
    assert answer.confidence == "high"
    assert "2 euros an hour" in answer.passages[0].text
