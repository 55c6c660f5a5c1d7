"""A question after another with its verb left out, pointing back ("What did Reyes say back to
Varga? Anything nice about her?": "did he say anything nice about her") asks of what the
question before it asked, and is read with it (bot/engine/chat.py, `checks_the_answer`), not
as a question of its own whose passage is put first: the passage telling that the two
"exchanged pleasantries" holds no words of his."""

from __future__ import annotations

import pytest

from bot.engine.chat import checks_the_answer
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Governor Tomas Reyes welcomed Mayor Ines Varga to the state capitol on Monday.",
        "Reyes and Varga exchanged pleasantries during the long-awaited meeting, with each"
        " praising the other's work.",
        "“It is an honour to be here,” Varga said.",
        "“It's a pleasure to have you,” Reyes said in return. “We admire what you have done for"
        " the harbour.”",
        "“The budget is not a blank cheque,” Reyes said later.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT_STORY)


def test_a_follow_up_without_its_verb_asks_for_the_same_words(visit: Searcher) -> None:
    # before, "Anything nice about her?" was a question of its own, and "exchanged
    # pleasantries" came first, no one's words
    answer = visit.ask("What did Reyes say back to Varga at the meeting? Anything nice about her?")
    assert answer.asked_speaker == "Tomas Reyes"
    assert answer.passages[0].text.startswith("“It's a pleasure to have you,”")


@pytest.mark.parametrize(
    ("question", "checks"),
    [
        ("Anything nice about her?", True),
        ("and something about the harbour, did he say it?", True),
        # naming someone, or not pointing back: a question of its own
        ("Anything from Varga?", False),
        ("anything about the budget?", False),
    ],
)
def test_which_questions_without_a_verb_check_the_answer(question: str, checks: bool) -> None:
    assert checks_the_answer(question) is checks
