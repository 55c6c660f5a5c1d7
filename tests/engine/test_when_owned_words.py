"""Words saying when or which of someone's words are asked, between the owner and the speech
noun ("the mayor's Tuesday comment", "Hale's recent remark", "Hale's May 2 comments"), name no
one: the words asked for are the owner's (bot/engine/question.py, `_before_when_owned`), not
those of someone called "Hale's Tuesday" whom the story does not quote."""

from __future__ import annotations

import pytest

from bot.engine.question import read_question
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DOCKS_STORY = "\n".join(
    [
        "Mayor Tom Hale of Harwick hosted Governor Elena Ruiz on Tuesday at city hall.",
        "“Welcome to Harwick,” Hale said in return. “They have one fine governor.”",
        "“It's a pleasure to be here with the mayor,” Ruiz said. “We are eager to help.”",
        "The city council sees the deal as a way to save money on port upkeep.",
        "“If [Governor Ruiz] can run these old docks for less money than it costs us, I'm in,”"
        " Hale said on May 2.",
        "The docks were built in 1920 and need repairs.",
    ]
)


@pytest.fixture(scope="module")
def docks() -> Searcher:
    return searcher_for("docks", DOCKS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what was Hale's Tuesday comment on the governor's visit",
        "What was Hale's May 2nd comment about the docks costing less?",
        "what was the mayor's recent remark about running the docks",
    ],
)
def test_when_between_owner_and_words_asks_the_owners_words(docks: Searcher, question: str) -> None:
    # before, refused: "The story doesn't quote Hale's Tuesday."
    answer = docks.ask(question)
    assert answer.answered
    assert answer.asked_speaker == "Tom Hale"
    assert "Hale said" in answer.passages[0].text


def test_a_name_after_the_owner_is_still_someone_else(docks: Searcher) -> None:
    # "Hale's deputy", a role: not Hale's words
    read = read_question("what was Hale's deputy's comment on the docks", docks._mentions)
    assert [p.name for p in read.speakers] != ["Tom Hale"]
