"""A spoiler or a masked link's label opening a message, a question after it, is a sentence of
its own: the question is read alone ("||spoiler|| what did cole say about the budget" read
"spoiler" as the question's opening word and asked for no one's words; so did a masked link's
label, "[link](https://...) what did ...")."""

from __future__ import annotations

import pytest

from bot.engine.chat import strip_markup
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Dunmore council passed its budget on Tuesday after a long night.",
        "“This budget keeps every library open,” said Mayor Ann Cole.",
        "“The budget starves the parks,” said council member Raj Patel.",
    ]
)


@pytest.mark.parametrize(
    "aside", ["||spoiler|| ", "||late to this|| ", "[link](https://example.org/budget) "]
)
def test_a_question_after_a_spoiler_or_a_link_is_read_alone(aside: str) -> None:
    answer = searcher_for("budget", STORY).ask(aside + "what did patel say about the budget")
    assert answer.asked_speaker == "Raj Patel"
    assert "starves the parks" in answer.passages[0].text


def test_a_link_inside_the_question_keeps_its_label() -> None:
    assert strip_markup("what did cole say in [this piece](https://a.org/x)").split() == [
        "what",
        "did",
        "cole",
        "say",
        "in",
        "[this",
        "piece]",
    ]
    assert strip_markup("||what did cole say||").split() == ["what", "did", "cole", "say"]
    assert strip_markup("|| ||what").split() == ["what"]
