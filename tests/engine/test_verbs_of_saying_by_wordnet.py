"""A verb after whom a question names is read as asking for their words where WordNet tells it
is a verb of saying: its most frequent sense is one of a verb asking for someone's words
("cite" is {mention, cite, bring up, ...}), or a kind of one or of uttering ("declare": {state,
say, tell}); and, where the thing asked of is something said ("what issue did X raise": a
noun whose most frequent sense is a thought, a feeling, something said or a motive), where
one of its three most frequent senses is ("raise": {express, verbalize, utter}, "raise a
question"). Before, "what number did dunn cite" and "what issue did the parent raise" asked
no one's words. Not a verb used as a noun ("the cornell guy": "guy" is a verb too), nor
"raise" of money, nor "flag" ("communicate or signal with a flag") or "joke" (a kind of
communicating beside talking), nor a verb of not saying ("refuse") (9probe14)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

BOARD = "\n".join(
    [
        "The Carver school board approved a $48 million budget on Wednesday after a"
        " four-hour meeting.",
        "Board member Iris Dunn pointed to special education. “Those costs went up 12 percent"
        " in one year, and nobody in the state capital pays for them,” Dunn said.",
        "Parent Tom Alvarez spoke about class sizes. “Thirty-two children in a second-grade"
        " room is too many,” Alvarez said.",
        "Superintendent Mark Ochoa said the district had sold $2 million in bonds for roof"
        " repairs.",
    ]
)


@pytest.fixture(scope="module")
def board() -> Searcher:
    return searcher_for("board", BOARD)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what number did dunn cite", "Iris Dunn", "12 percent"),
        ("what figure did the board member cite about special education", "Iris Dunn", "12"),
        ("what issue did alvarez raise", "Tom Alvarez", "Thirty-two"),
        ("what concern did the parent raise about class sizes", "Tom Alvarez", "Thirty-two"),
        ("what did dunn declare about the costs", "Iris Dunn", "12 percent"),
    ],
)
def test_a_verb_of_saying_by_wordnet(
    board: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = asked_for_words(board, question, speaker)
    assert words in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what money did the district raise",  # "money" is nothing said
        "what did ochoa flag",  # no sense of saying in WordNet
        "did ochoa refuse to sell the bonds",  # a verb of not saying
        "what did the budget guy",  # "guy" is a verb of WordNet's (to mock), but a noun here
    ],
)
def test_guards(board: Searcher, question: str) -> None:
    answer = board.ask(question)
    assert answer.asked_speaker is None
