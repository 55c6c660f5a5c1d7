"""A group or body the story mentions but never tells of speaking ("the union", "the
carmakers", "police", "the health department"), asked for its words, is searched and its
closest passages shown low: the story may name it only as the one acted on ("the board will ask
the county health department to review ...", "meet with the teachers union") or doing
something else ("Police will add crossing guards"), which vouches for no words of its. On main
a group noun the reading of people does not know was searched as a plain question, and the
passage on the topic answered high; a body named as typed was vouched for wherever a passage
named it, as the object of a verb too. A group told of speaking or deciding ("the company ...
said in a statement", "Parents said", "a county court ruled") is still answered high, and so is
a body the reading knows; and what a group told someone to do is an order, told as a deed ("was
ordered last year to replace"). The group may be typed before a word for what it said ("union
statement on the route cuts"), or in words the story holds in another order ("the bus company"
of "the company that runs the buses", searched where main refused it)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BUS_STORY = "\n".join(
    [
        "The Pinecrest school board voted 4-3 on Tuesday to cut six bus routes next fall, saving"
        " about $800,000 a year, Superintendent Alma Reyes said.",
        "“We can't keep paying for buses that run half empty,” Reyes said. “Every dollar we save"
        " stays in the classroom.”",
        "The board will ask the county health department to review whether longer walks are safe"
        " for younger children. Parents said they had not been told of the vote.",
        "“My daughter is seven, and now she walks a mile along Route 9,” said Tara Lund, a mother"
        " of two. “There isn't even a sidewalk.”",
        "The cuts follow a drop in state aid and a price rise from bus manufacturers.",
        "Coach Lines, the company that runs the buses, said in a statement that 20 drivers would"
        " lose their jobs. “We are working to place each driver on another route,” the statement"
        " said.",
        "The district will meet with the teachers union next month to discuss moving the start of"
        " the school day.",
        "Police will add crossing guards at three intersections near the middle school.",
    ]
)

BRIDGE_STORY = "\n".join(
    [
        "The state House voted 61-38 on Thursday to raise tolls on the Harbor Bridge to $6, and"
        " the bill now goes to the Senate, where senators are expected to take it up next month.",
        "“Drivers have paid $4 since 2011, and the bridge is falling apart,” said Rep. Owen Park,"
        " who wrote the bill.",
        "The Harbor Bridge Authority said in a statement that the money would pay for new cables"
        " and a second deck. “This bridge carries 90,000 cars a day,” the statement said.",
        "Truckers' groups have asked lawmakers to exempt delivery vans, and Park said he would"
        " meet with the Teamsters union next week.",
        "The state was ordered last year to replace the bridge's cables by 2028, after a county"
        " court ruled them unsafe.",
        "According to the Citizens Budget Council, the toll has not kept up with inflation.",
    ]
)


@pytest.fixture(scope="module")
def bus() -> Searcher:
    return searcher_for("bus", BUS_STORY)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a group noun read as no one: searched as a plain question, its topic's passage high
        ("did the union say anything about the start time", "meet with the teachers union"),
        ("any word from the union on the start time", "meet with the teachers union"),
        ("what did the manufacturers say", "a price rise from bus manufacturers"),
        ("did police comment on the crossing guards", "Police will add crossing guards"),
        # a body named as typed, but as what the board will ask to do something
        ("did the health department say anything about the walks", "county health department"),
        ("what did the county health department say", "county health department"),
        ("what's the health dept saying about kids walking", "county health department"),
        # ... or what the district will meet with
        ("did the teachers' union weigh in on the school day", "meet with the teachers union"),
    ],
)
def test_a_group_told_of_only_as_acted_on_or_doing_else_is_low(
    bus: Searcher, question: str, expected: str
) -> None:
    answer = bus.ask(question)
    assert answer.answered, answer.reason
    assert expected in answer.passages[0].text
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did the senate say anything", "goes to the Senate"),
        ("what did the lawmakers say about the vans", "asked lawmakers to exempt"),
        ("what's the union saying about the toll", "meet with the Teamsters union"),
    ],
)
def test_so_in_another_story(bridge: Searcher, question: str, expected: str) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert expected in answer.passages[0].text
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did the company say", "Coach Lines, the company"),
        ("what did the parents say", "Parents said"),
    ],
)
def test_a_group_told_of_speaking_is_still_answered(
    bus: Searcher, question: str, expected: str
) -> None:
    answer = bus.ask(question)
    assert expected in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did the bridge authority say", "The Harbor Bridge Authority said"),
        # a named body the reading of people knows, quoted by "according to"
        ("what did the citizens budget council say about inflation", "According to the Citizens"),
        # a court's ruling is its word
        ("what did the court say about the cables", "a county court ruled them unsafe"),
        # what it told someone to do: an order, told as a deed with no one named
        ("did a court tell the state to replace the cables", "was ordered last year"),
    ],
)
def test_a_body_told_of_speaking_or_deciding_is_still_answered(
    bridge: Searcher, question: str, expected: str
) -> None:
    answer = bridge.ask(question)
    assert expected in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the group typed before a noun for what was said: the company's statement is not
        # the union's
        ("union statement on the route cuts", "low"),
        ("police statement on crossing guards", "low"),
        ("company statement on drivers", "high"),
    ],
)
def test_a_group_typed_before_a_word_for_what_it_said(
    bus: Searcher, question: str, expected: str
) -> None:
    answer = bus.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == expected


def test_a_group_told_of_in_other_words_is_searched_not_refused(bus: Searcher) -> None:
    """ "the bus company" of "Coach Lines, the company that runs the buses": its words in
    another order, the story may mean it; on main refused as someone it does not quote."""
    answer = bus.ask("what did the bus company say about drivers")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Coach Lines")
    assert answer.confidence == "low"


def test_a_group_of_words_the_story_never_uses_is_still_refused(bus: Searcher) -> None:
    answer = bus.ask("what did the airline company say")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the airline company."
