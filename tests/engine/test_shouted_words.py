"""A word typed in capitals for emphasis inside a message that is not all capitals ("he
REFUSES", "OUR city hall") is that word said loudly, not a name or an acronym the story never
uses: it is no clear evidence the story is silent, so the question is searched, not refused.
Initials typed in capitals ("what did the EPA do", "is the US to blame") and names the story
never uses are still read as names."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Ines Calloway said on Tuesday the harbour would stay shut to cruise ships.",
        "“We will not hand the waterfront to companies that leave nothing behind,” Calloway said.",
        "Harbour master Tobias Wren said the decision would cost the town about $2 million a year.",
        "The council voted 5-2 in March to close the harbour after a fuel spill.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Before: "The story doesn't mention REFUSES."
        ("wait so the mayor just REFUSES to reopen the harbour?? lol", "would stay shut"),
        # Before: "The story doesn't mention OUR."
        ("so the mayor tells OUR town WE get nothing from the waterfront??", "leave nothing"),
        # Before: "The story doesn't mention HOW."
        ("HOW much is closing the harbour going to cost", "about $2 million a year"),
        # Before: "The story doesn't mention UNANIMOUSLY."
        ("did the council vote UNANIMOUSLY to close it or not", "voted 5-2 in March"),
    ],
)
def test_a_word_shouted_for_emphasis_is_searched(
    harbour: Searcher, question: str, expected: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert expected in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what did the EPA do about the spill", "The story doesn't mention EPA."),
        ("is the US to blame for the spill", "The story doesn't mention US."),
        ("did Pritchett PROTEST the closing", "The story doesn't mention Pritchett."),
    ],
)
def test_initials_and_names_the_story_never_uses_are_still_refused(
    harbour: Searcher, question: str, reason: str
) -> None:
    answer = harbour.ask(question)
    assert not answer.answered
    assert answer.reason == reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Before: "The story doesn't mention Mrs. Calloway." (the title, no word of the story's,
        # was read as part of an unknown name)
        ("Could you tell me what Mrs. Calloway said about the waterfront?", "leave nothing"),
        ("What did Mr. Wren say the decision would cost the town?", "$2 million a year"),
        # Before: "The story doesn't mention January." (a date it does not give is no clear
        # evidence it is silent on the rest)
        ("Did the council vote in January to close the harbour?", "voted 5-2 in March"),
        ("Was the harbour closed on a Tuesday after the spill?", "voted 5-2 in March"),
    ],
)
def test_a_title_before_a_name_and_a_date_the_story_does_not_give_are_searched(
    harbour: Searcher, question: str, expected: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert expected in answer.passages[0].text


def test_a_title_before_a_name_the_story_never_uses_is_still_refused(harbour: Searcher) -> None:
    answer = harbour.ask("What did Mr. Pritchett say about the harbour?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote Mr. Pritchett."
