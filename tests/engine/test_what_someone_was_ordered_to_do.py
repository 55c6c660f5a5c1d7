""" "What did X <verb> Y to do" asks what someone was got to do by a deed (ordered, forced,
required): a passage holding that verb in no form, bridge or noun of its family tells no such
direction, whatever it says of the deed itself ("the company would appeal the judge's
ruling": no order told), and is not vouched for; a passage shown after it that holds the verb
("was ordered last week to pay for dredging") goes first
(`Searcher._lacks_the_directing_deed`). A verb of saying is asked of the words of whom it
names, in any words ("what did adair ask the judge to do"). On main each wording below was
rated high on the lawyer's passage."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SPILL_STORY = "\n".join(
    [
        "Residents along Pike Creek have not been able to fish or swim in it since the solvent"
        " spill in March.",
        "The company was ordered last week to pay for dredging the creek bed and to test the"
        " wells of 40 homes near the plant.",
        "Halvern Chemical's lawyer, Simone Adair, said the company would appeal the judge's"
        " ruling on the creek and called the cost of the dredging unfair to Halvern.",
        "“We have done more for Pike Creek than anyone asked,” Adair said.",
        "State inspectors found the spill had reached two wells by April.",
        "Judge Martin Kesey has overseen the case since the county sued in May.",
    ]
)
ORDERED = "was ordered last week to pay for dredging"
APPEAL = "would appeal the judge's ruling"


@pytest.fixture(scope="module")
def spill() -> Searcher:
    return searcher_for("creek-spill", SPILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the judge order halvern to do about the creek",
        "what did the judge order halvern to do",
    ],
)
def test_the_order_told_goes_first(spill: Searcher, question: str) -> None:
    answer = spill.ask(question)
    assert answer.confidence == "low"
    assert ORDERED in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what did the court force halvern chemical to do about pike creek",
        "what did the judge require halvern to do",
    ],
)
def test_no_direction_told_is_not_vouched_for(spill: Searcher, question: str) -> None:
    assert spill.ask(question).confidence == "low"


def test_the_reading(spill: Searcher) -> None:
    appeal = next(n for n, p in enumerate(spill.snapshot.passages) if APPEAL in p.text)
    lacks = spill._lacks_the_directing_deed
    assert lacks("what did the judge order halvern to do", appeal, {})
    # a verb of saying: the words of whom it names, in any words
    assert not lacks("what did adair ask the judge to do", appeal, {})
    # "to" before a place or a thing, no deed; "the court" no verb
    assert not lacks("what does the company get out of sending waste to the creek", appeal, {})
    assert not lacks("what did the report say halvern did to the creek", appeal, {})


def test_guards(spill: Searcher) -> None:
    """Pass on main too: the order asked in its own words, and the company's words."""
    answer = spill.ask("what was the company ordered to do")
    assert answer.confidence == "high"
    assert ORDERED in answer.passages[0].text
    answer = spill.ask("what did the company say it would do about the ruling")
    assert answer.confidence == "high"
    assert APPEAL in answer.passages[0].text
