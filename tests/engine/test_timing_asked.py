"""A question about the timing of something ("why was the timing of the signing awkward") is
answered by the passage telling what else was going on then ("The signing also came as the
union announced a strike vote"), in words it need not share with the question."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_timing, coinciding_sentences
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BUDGET_STORY = "\n".join(
    [
        "Governor Ana Ruiz signed the state budget on Friday, two weeks after the deadline the"
        " governor had set for lawmakers.",
        "“This budget puts families first,” Ruiz said at the signing ceremony in the capitol.",
        "The signing also came as the state's largest union announced a strike vote over"
        " teacher pay.",
        "The budget adds $40 million for road repairs and $12 million for rural clinics.",
        "Lawmakers from both parties attended the ceremony on Friday.",
    ]
)


@pytest.fixture(scope="module")
def budget() -> Searcher:
    return searcher_for("budget", BUDGET_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why was the timing of friday's budget signing awkward for the governor?",
        "Why was the timing bad for Ruiz when she signed the budget",
    ],
)
def test_what_else_was_going_on_comes_first(budget: Searcher, question: str) -> None:
    answer = budget.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The signing also came as")


@pytest.mark.parametrize(
    ("question", "timing"),
    [
        ("why was the timing awkward", True),
        ("ok but why now??", True),
        ("why did she sign it", False),
        ("what time was the ceremony", False),
    ],
)
def test_which_questions_ask_about_timing(question: str, timing: bool) -> None:
    assert asks_timing(question) is timing


@pytest.mark.parametrize(
    ("text", "coinciding"),
    [
        ("The vote came as the city faced a deficit.", True),
        ("The move comes amid a wave of layoffs.", True),
        ("It was announced at a time when prices were rising.", True),
        ("The mayor came to the meeting late.", False),
        ("The vote came after a long debate.", False),
    ],
)
def test_which_sentences_tell_what_else_was_going_on(text: str, coinciding: bool) -> None:
    assert bool(coinciding_sentences(text)) is coinciding
