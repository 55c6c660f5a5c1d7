""" "What does the Tidewater Alliance say the council has done to the marsh? Have a cite ready
for tomorrow.": words after a question that open as a question does, by a verb ("have", "do",
"can"), but end with a full stop tell; they ask nothing (`reading._TELLS`). They are no
question of their own, read and rated apart (the message's answer was then rated low: the
closest passages to "have a cite ready for tomorrow"). Words ending in a question mark, or in
none, still ask."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.search.reading import question_parts
from tests.engine.stories import searcher_for

MARSH_STORY = "\n".join(
    [
        "The Lowell County council voted Tuesday to sell 40 acres of the Pike Creek marsh to a"
        " developer for $3 million.",
        "“Since 2019 the council has drained half the marsh and sold a third of it to"
        " builders,” the Tidewater Alliance said in a statement.",
        "Council chair Dana Whitfield said the sale would pay for a new fire station.",
        "The marsh shelters herons, turtles and the county's last beavers, a state survey"
        " found in 2021.",
        "The developer plans 120 homes on the land, with building to start next spring.",
    ]
)


@pytest.fixture(scope="module")
def marsh() -> Searcher:
    return searcher_for("marsh", MARSH_STORY)


@pytest.mark.parametrize(
    "told",
    ["Have a cite ready for tomorrow.", "Do double check the date before class."],
)
def test_words_told_after_the_question_are_no_question(marsh: Searcher, told: str) -> None:
    question = "What does the Tidewater Alliance say the council has done to the marsh since 2019?"
    answer = marsh.ask(f"{question} {told}")
    assert answer.asked_speaker == "Tidewater Alliance"
    assert answer.confidence == "high"
    assert "drained half the marsh" in answer.passages[0].text


def test_a_second_question_still_asks() -> None:
    first = "what does the tidewater alliance say about the marsh?"
    second = "Did the council vote to sell the land to a developer?"
    assert len(question_parts(f"{first} {second}")) == 2
    assert len(question_parts(f"{first} Have a cite ready for tomorrow.")) == 1
