"""A how-question asking how a state came about ("how did the mayor and the coach get so
close") is answered by the history the story tells ("has built a friendship with Delgado over
many years"), not by the passage holding the question's word in another use ("the close ties
with Mayor Okoye have given him ..."), however the story words it
(bot/engine/reasons.py, `asks_how_it_came_about`, `sentences_over_time`;
bot/engine/search/searcher.py, `_history_first`)."""

from __future__ import annotations

import pytest

from bot.engine.reasons import asks_how_it_came_about, sentences_over_time
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "Mayor Grace Okoye and football coach Luis Delgado opened the new stadium on Saturday.",
        "“For Coach Delgado, the close ties with Mayor Okoye have given him a stage to show what"
        " his team can do for the city,” said historian Ana Pike.",
        "The stadium cost 80 million dollars and seats 20,000 fans.",
        "Critics say the city should have spent the money on schools instead.",
        "None of that seems to worry Okoye, who has built a friendship with Delgado over many"
        " years. The two met at a charity match when she was still a councillor.",
        "Delgado's team won the regional cup last season.",
        "Tickets for the first match sold out in an hour.",
        "The mayor faces an election in the spring.",
    ]
)


@pytest.fixture(scope="module")
def stadium() -> Searcher:
    return searcher_for("stadium", STADIUM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how did okoye and delgado get so close",
        "how did the mayor and delgado become friends",
    ],
)
def test_the_history_comes_first(stadium: Searcher, question: str) -> None:
    # Before: "the close ties with Mayor Okoye have given him a stage" (or the opening) first.
    answer = stadium.ask(question)
    assert answer.answered
    assert "has built a friendship with Delgado over many years" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how did trump and bukele get so close", True),
        ("how did these two first get connected", True),
        ("how did they become allies", True),
        ("how did he get the money", False),
        ("how did the match go", False),
        ("why are they so close", False),
    ],
)
def test_which_questions_ask_how_a_state_came_about(question: str, asks: bool) -> None:
    assert asks_how_it_came_about(question) is asks


def test_which_sentences_tell_a_history() -> None:
    assert sentences_over_time("He has met her twice over the years. She left.") == [
        "He has met her twice over the years. "
    ]
    assert sentences_over_time("They built a close relationship. It paid off.") == [
        "They built a close relationship. "
    ]
    assert sentences_over_time("The close relationship has given him a stage.") == []
