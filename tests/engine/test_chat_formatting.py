"""Chat formatting is no part of the question: Discord's Markdown and Slack's mrkdwn marks
(quotes, bold, italics, code, spoilers) are left out before the question is read, and words
struck through are what their writer took back. Before, "> what did Kerr say" or "**what did
Kerr say**" was read as a plain question (the marks stood where the speaker's words start),
and its passages were rated high with no speaker asked about."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand, strip_markup
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The county will run a new ferry to Gull Island from June, its board said on Monday.",
        "“The crossing will take twenty minutes,” harbour master Lena Kerr said.",
        "“Tickets will cost four dollars,” said board chair Omar Felt.",
        "Islanders had asked for a ferry for a decade.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "> what did kerr say about the crossing",
        ">>> what did kerr say about the crossing",
        "**what did kerr say about the crossing**",
        "what did *kerr* say about the crossing",
        "what did _kerr_ say about the crossing",
        "||what did kerr say about the crossing||",
        "`what did kerr say about the crossing`",
        "~~what did felt say~~ what did kerr say about the crossing",
    ],
)
def test_formatting_marks_are_no_part_of_the_question(ferry: Searcher, question: str) -> None:
    answer = ferry.ask(question)
    assert answer.asked_speaker == "Lena Kerr"
    assert "twenty minutes" in answer.passages[0].text


def test_only_the_marks_are_left_out() -> None:
    assert strip_markup("**tickets** > 3 dollars?").split() == ["tickets", ">", "3", "dollars?"]
    # a tilde alone says "about", as people type it ("~4 dollars")
    assert strip_markup("is it ~4 dollars or ~5?") == "is it ~4 dollars or ~5?"
    assert strip_markup("snake_case stays").split() == ["snake_case", "stays"]


def test_a_number_of_times_as_chat_writes_it_is_read_as_times(searcher: Searcher) -> None:
    assert expand_shorthand("is it 10x more? or 2.5X") == "is it 10 times more? or 2.5 times"
    assert expand_shorthand("a 4x4 truck, 0x1F") == "a 4x4 truck, 0x1F"
    # Before: "100x" was "100" and "x", and a passage on the critics' doubts came first
    answer = searcher.ask("100x more expensive here? source?")
    assert "100 times more" in answer.passages[0].text
