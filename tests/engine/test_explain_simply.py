"""Asking to "explain like I'm 12" (chat's "ELI5") says how simply to answer, as "explain"
alone does (bot/engine/chat.py, `_SIMPLY` in `_FRAMING`): no age or child the story is about.
"12" found a passage about 12 berths."""

from __future__ import annotations

import pytest

from bot.engine.chat import conversational_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Tom Hale met the harbour board in Harwick on Monday.",
        "The town is closing the old harbour because the sea wall is failing and repairs would"
        " cost more than a new port.",
        "The old harbour has 12 berths, and 12 boats still use it, though it is closing.",
        "Hale said the new port would open in 2027.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


def test_explain_like_im_12_is_no_topic(harbour: Searcher) -> None:
    # before, "12" found "The old harbour has 12 berths ..." first, and it was rated low
    answer = harbour.ask("explain like im 12 why is the town closing the old harbour 🤔")
    assert answer.passages[0].text.startswith("The town is closing the old harbour because")
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("Explain like I'm 12: why is it closing?", "Explain like I'm 12"),
        ("can someone explain it to me like im five", "can someone explain it to me like im five"),
        ("explain why it is closing", "explain"),
    ],
)
def test_how_simply_to_answer_is_framing(question: str, framing: str) -> None:
    assert framing in [question[a:b] for a, b in conversational_spans(question)]
