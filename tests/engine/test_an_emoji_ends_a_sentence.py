"""In a chat message an emoji before more words ends a sentence as a full stop does: what the
writer says before it ("brb dinner 🍕", "mr k said this is on the quiz 😬") is no word of the
question that follows. A sentence opening with "but" or "and" before its question word asks
("ok but who did ... 🤔 the council or smth?": the guess after the emoji is not the question).
On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.chat import asks
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The Harlow city council voted on Tuesday to repair forty roads across the city this"
        " summer.",
        "Council members said the repairs would start in June and cost about $4 million.",
        "The council was ordered by a state judge to reopen the Elm Street bridge by August.",
        "Mayor Dana Pruitt said the city had waited too long to fix its roads.",
        "“We owe it to every driver in Harlow,” Pruitt said.",
        "The council also raised parking fees downtown for the second time in two years.",
        "Residents asked the council to bring back the old night bus route, which was cut in 2021.",
        "Police released two protesters from custody on Saturday after a sit-in at city hall.",
        "The protesters had opposed the parking fees since the spring.",
        "Council member Ray Ostrander said the city would review the bus routes in the fall.",
        "The council will meet again on July 8.",
        "Harlow has about 60,000 residents.",
    ]
)


@pytest.fixture(scope="module")
def harlow() -> Searcher:
    return searcher_for("harlow", BRIDGE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "mr k said this is on the quiz 😬 what did the judge order",
        "brb dinner 🍕 who did the judge order to reopen the bridge",
        "brb dinner 🍕 ok so who has to reopen the bridge",
    ],
)
def test_what_is_said_before_an_emoji_is_no_word_of_the_question(
    harlow: Searcher, question: str
) -> None:
    # before: "quiz", "dinner" counted as words of the topic the passage lacks (0.41-0.59)
    answer = harlow.ask(question)
    assert answer.answered, answer.reason
    assert "ordered by a state judge" in answer.passages[0].text
    assert answer.confidence == "high"


def test_a_guess_after_the_emoji_is_not_the_question(harlow: Searcher) -> None:
    # read as a sentence of its own without "but" opening the one before it asking, "the
    # council or smth?" was the question, and the council's next meeting came first
    answer = harlow.ask(
        "ok but who did the judge order to reopen the bridge 🤔 the council or smth?"
    )
    assert answer.answered, answer.reason
    assert "ordered by a state judge" in answer.passages[0].text


@pytest.mark.parametrize(
    "sentence", ["ok but whats the council getting out of this", "and why did he say that"]
)
def test_a_question_may_open_with_but_or_and(sentence: str) -> None:
    assert asks(sentence)
