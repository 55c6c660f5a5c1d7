"""What the bot itself would do, asked ("would you take the bus", "would you vote for the
cut"), is told by no passage: the closest are shown low (before: the passage on the bus rated
high). A request put so ("would you tell me what ...") is still answered high."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Riverton will cut its night bus service in half from March, the transit board said.",
        "“I take the night bus to every shift, and now I will have to walk,” said nurse Lena"
        " Ortiz.",
        "“The night bus loses money on every trip,” said board chair Paul Greer.",
    ]
)


@pytest.mark.parametrize(
    "question", ["would you take the night bus", "would u ride the night bus after the cut"]
)
def test_what_you_would_do_is_not_answered_high(question: str) -> None:
    answer = searcher_for("bus", STORY).ask(question)
    assert answer.confidence != "high"


def test_a_request_put_as_would_you_is_answered() -> None:
    answer = searcher_for("bus", STORY).ask("would you tell me what ortiz said about the night bus")
    assert answer.confidence == "high"
    assert "every shift" in answer.passages[0].text
