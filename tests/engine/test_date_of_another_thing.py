"""A date asked of when a thing came about ("when did the curfew in merrow start": a verb
telling only that something started, began, ended ..., after the thing) is not vouched for
by a passage naming the thing in no form: its date is of something else, however much of the
question's other words it holds ("Merrow's police chief said on Monday that Merrow would
start hiring six youth workers next month": Merrow is where, and the date is of the hiring).
A passage shown after it that names the thing and gives a date goes first
(`Searcher._dates_another_thing`). On main each such wording was rated high on the chief's
passage."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for
from tests.engine.test_quotation_in_context import WATER_STORY

CURFEW_STORY = "\n".join(
    [
        "Merrow's council voted on Tuesday to keep its evening rule for teenagers downtown"
        " through the summer.",
        "Shop owners on Canal Street say the evenings have grown quieter, and some say too quiet.",
        "“Young people are treated as suspects on their own streets,” a Merrow Youth Coalition"
        " report on the town says.",
        "“A curfew imposed in May 2024 still applies to anyone under 17 after 10 p.m. Police"
        " have stopped hundreds of teenagers, and few were charged with anything.”",
        "Merrow's police chief, Dara Flint, said on Monday that Merrow would start hiring six"
        " youth workers next month.",
        "Parents at the meeting were split; several asked for a weekend exception.",
        "Councilman Oren Vale, who voted against keeping it, said the rule punished every"
        " teenager for a few.",
    ]
)
CURFEW = "A curfew imposed in May 2024"
HIRING = "would start hiring six youth workers"


@pytest.fixture(scope="module")
def curfew() -> Searcher:
    return searcher_for("merrow-curfew", CURFEW_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "when did the curfew in merrow start",
        "when did merrow's curfew start",
        "when did the merrow curfew start",
        "when did the teen curfew in merrow start",
    ],
)
def test_a_date_of_another_thing_is_not_vouched_for(curfew: Searcher, question: str) -> None:
    answer = curfew.ask(question)
    assert answer.confidence == "low"
    assert CURFEW in answer.passages[0].text


def test_the_rationing_of_the_story_of_9rank10() -> None:
    """9rank10's story: "when did the rationing in peru start" was high on the minister's
    "would start building two desalination plants next year"."""
    answer = searcher_for("peru-water", WATER_STORY).ask("when did the rationing in peru start")
    assert answer.confidence == "low"
    assert "A rationing scheme introduced in October 2023" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "held"),
    [
        # the thing named in the passage with its date: as before
        ("when did the curfew start", CURFEW),
        # the hiring is the thing asked, and the chief's passage names it
        ("when will merrow start hiring youth workers", HIRING),
    ],
)
def test_a_date_of_the_thing_asked_stays_high(curfew: Searcher, question: str, held: str) -> None:
    """Pass on main too."""
    answer = curfew.ask(question)
    assert answer.confidence == "high"
    assert held in answer.passages[0].text
