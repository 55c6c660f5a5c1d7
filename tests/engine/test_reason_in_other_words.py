"""A why-question's topic reached in the story's own words: the sentence giving the reason is
on the topic through the words the question's bridges reach ("jail" to the story's "prison"),
as the coverage reads it, not only through the question's own words. Read only by those, the
reason in "She has been criticized for crowding the county prison" was off the topic of "why
is reyes under fire over the jail" (the sentence naming Reyes gives none), and a reason about
something else in a passage holding none of the question's own words ("Two nurses quit the
clinic there last year because the pay was low") was taken as the one asked."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SHERIFF_STORY = "\n".join(
    [
        "Marlow County opened a new wing on the edge of town this spring, Sheriff Dana Reyes"
        " said on Friday.",
        "Reyes has run the county's deputies for six years. She has been criticized for"
        " crowding the county prison at the expense of the town's clinic, which lost two nurses"
        " to the new building.",
        "“We needed the beds,” Reyes told the county board. “Nobody wanted to send inmates three"
        " hours away.”",
        "The clinic's director, Tomas Wilde, said the nurses were hired back in August.",
        "The board will vote on a second wing in November. It would cost $4 million.",
        "The old county prison on Mill Road holds 300 inmates. Two nurses quit the clinic there"
        " last year because the pay was low.",
        "Voters in Marlow approved a tax for the roads in 2021.",
    ]
)
CRITICIZED = "Reyes has run the county's deputies"
MILL_ROAD = "The old county prison on Mill Road"


@pytest.fixture(scope="module")
def sheriff() -> Searcher:
    return searcher_for("sheriff", SHERIFF_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why are people mad at reyes about the jail",
        "why is reyes under fire over the jail",
        "why do folks blame reyes for the jail",
        "how come reyes gets blamed over the jail",
    ],
)
def test_the_reason_told_in_the_storys_words_is_the_one_asked(
    sheriff: Searcher, question: str
) -> None:
    answer = sheriff.ask(question)
    assert answer.passages[0].text.startswith(CRITICIZED)
    signals = sheriff.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == 1.0
    assert answer.confidence == "high"


@pytest.mark.parametrize("question", ["why is the jail so packed", "why do people hate the jail"])
def test_a_reason_off_the_topic_reached_is_no_answer(sheriff: Searcher, question: str) -> None:
    # the passage tells of the prison, and gives a reason only for the nurses quitting
    answer = sheriff.ask(question)
    assert answer.passages[0].text.startswith(MILL_ROAD)
    signals = sheriff.confidence_signals(question)
    assert signals is not None
    assert signals.answer_type == -1.0
    assert answer.confidence == "low"


def test_the_questions_own_words_still_decide_where_they_are_held(sheriff: Searcher) -> None:
    # "mill road" is held in the sentence without a reason, "jail" reached there too: the
    # nurses' reason stays off the topic, as on main
    answer = sheriff.ask("why is the jail on mill road so big")
    assert answer.passages[0].text.startswith(MILL_ROAD)
    signals = sheriff.confidence_signals("why is the jail on mill road so big")
    assert signals is not None
    assert signals.answer_type == -1.0
    assert answer.confidence == "low"
