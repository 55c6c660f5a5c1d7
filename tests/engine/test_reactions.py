"""Someone's reaction to an event, told after it in words that do not repeat it: "how did
Okafor react when parents demanded a recount" is answered by the passage after the one telling
of the demand that quotes or names her, not by another of her quotations."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BOARD_STORY = "\n".join(
    [
        "The Riverton school board voted 4-3 on Tuesday to close Maple Street Elementary at the"
        " end of the school year.",
        "“Nobody on this board wanted to close a school,” Superintendent Dana Okafor said."
        " “But the building is half empty and the roof is failing.”",
        "Maple Street opened in 1958 and once taught more than 600 children. Fewer than 200"
        " are enrolled this year.",
        "Dozens of parents packed the meeting, and several of them demanded a recount after"
        " one board member said she had been confused about the motion.",
        "Okafor walked out of the room before the public comment period ended.",
        "“The roof alone would cost $4 million to replace,” Okafor said last month.",
        "The board's chair, Luis Ferrante, defended the vote. “We owed families an answer,”"
        " he said.",
        "The closure takes effect in June. The district has not said what will become of the"
        " building.",
    ]
)


@pytest.fixture(scope="module")
def board() -> Searcher:
    return searcher_for("board", BOARD_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how did okafor react when the parents demanded a recount?",
        "What was Okafor's response to parents demanding a recount",
    ],
)
def test_the_reaction_told_after_the_event_comes_first(board: Searcher, question: str) -> None:
    answer = board.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Okafor walked out of the room")
    assert answer.confidence == "low"


def test_their_words_on_the_event_itself_stay_first(board: Searcher) -> None:
    # her own words on the closure are her reaction to it: nothing after it is looked for
    answer = board.ask("how did okafor react to the vote to close the school")
    assert answer.passages[0].text.startswith("“Nobody on this board wanted to close")
