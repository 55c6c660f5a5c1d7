"""After a question, what the writer wants and what they will do with it ("? Want her exact
words before I post it in the main channel", "want it before we print it") is no part of
what is asked (bot/engine/chat.py, the "need"/"want" pattern of `_FRAMING`): "post", "main"
and "channel" were topic words the passage lacks, and held a right answer low."""

from __future__ import annotations

import pytest

from bot.engine.chat import conversational_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

MILL_STORY = "\n".join(
    [
        "The old Carrow mill will close in June, its owners said on Thursday.",
        "“We cannot keep the looms running at these power prices,” said Hana Brill, 58, who"
        " has run the mill since 1994.",
        "The union said it would ask the county for a rescue loan.",
    ]
)


@pytest.fixture(scope="module")
def mill() -> Searcher:
    return searcher_for("mill", MILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "How old is Brill? Want her exact age before I post it in the main channel.",
        "how old is brill? i want her exact age before we print it in the newsletter",
    ],
)
def test_what_the_writer_wants_it_for_is_no_topic(mill: Searcher, question: str) -> None:
    answer = mill.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“We cannot keep the looms")
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "Did Brill say that? Want her exact words before I post it in the main channel.",
            " Want her exact words before I post it in the main channel",
        ),
        # what it is about, not what it is for: asked
        ("what did Brill say? want the quote about the looms", None),
    ],
)
def test_where_the_wanting_is_read(question: str, left: str | None) -> None:
    spans = [question[a:b] for a, b in conversational_spans(question)]
    assert (left in spans) if left else not any("looms" in span for span in spans)
