"""An apology opening a message, with what it is for, up to the first mark or emoji ("sorry on
school run 🙈 ...", "apologies for the spam: ...") is the writer's own news, no part of what
is asked (bot/engine/chat.py, `_APOLOGY` in `chat_opening_end`): its words found a passage
about a school and a run."""

from __future__ import annotations

import pytest

from bot.engine.chat import chat_opening_end
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Governor Elena Ruiz met Mayor Tom Hale in Harwick on Monday.",
        "The ferry's school run to the islands was sent back to port on Monday by the storm.",
        "Hale's office was ordered to bring back Sam Oyelaran, a Leeds man who was deported to a"
        " Costa Brava jail by mistake.",
        "Ruiz said she would not release him from the jail either.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


def test_an_apology_opening_the_message_is_no_topic(ferry: Searcher) -> None:
    # before, "school run" found the ferry's school run second, and the answer was rated low
    answer = ferry.ask("sorry on school run 🙈 the leeds guy, was he sent there by mistake?")
    assert answer.passages[0].text.startswith("Hale's office was ordered")
    assert answer.confidence == "high"
    # the apology's words change nothing: the passages of the question without it (since
    # 9desc3 "the leeds guy" is searched as Oyelaran too, and the ferry's run "sent back to
    # port" comes second either way)
    unsaid = ferry.ask("the leeds guy, was he sent there by mistake?")
    assert [p.paragraph for p in answer.passages] == [p.paragraph for p in unsaid.passages]


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("sorry on school run 🙈 what did ruiz say?", "what did ruiz say?"),
        ("apologies for the spam: how many live there", "how many live there"),
        ("sorry, what did she say?", "what did she say?"),
        # no mark before the question: the apology is not read past a word asking
        ("sorry what did she say?", "sorry what did she say?"),
    ],
)
def test_where_the_question_after_an_apology_starts(message: str, asked: str) -> None:
    assert message[chat_opening_end(message) :] == asked
