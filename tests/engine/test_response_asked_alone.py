""" "How did the director respond", naming nothing responded to: the words a story gives as a
response come after someone else's, so the passage of theirs right after another person's
words goes first (before: the one introducing them, rated high)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

ZOO_STORY = "\n".join(
    [
        "The Marlow city zoo will send its two elephants to a sanctuary in Tennessee this"
        " fall, the zoo's board announced Monday.",
        "Zoo director Agnes Pruitt, who asked the board to approve the move, said the"
        " elephants needed more room than the city could give them. “They deserve to walk"
        " miles, not yards,” Pruitt said.",
        "Longtime visitor Harold Benn said the zoo would lose its heart. “My grandchildren"
        " come here for the elephants and nothing else,” Benn said.",
        "Pruitt dismissed that worry. “Children will still learn about elephants here, and"
        " they will learn that we did right by them,” she said.",
        "The sanctuary's founder, Lena Marsh, said the two would join eleven others."
        " “They will never be alone again,” Marsh said.",
    ]
)


@pytest.fixture(scope="module")
def zoo() -> Searcher:
    return searcher_for("zoo", ZOO_STORY)


@pytest.mark.parametrize(
    "question",
    ["how did the zoo director respond", "how did pruitt react", "what was pruitt's response"],
)
def test_their_reply_first(zoo: Searcher, question: str) -> None:
    answer = zoo.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == 4, question


def test_a_reply_first_already_is_kept(zoo: Searcher) -> None:
    answer = zoo.ask("how did marsh respond")
    assert answer.answered
    assert answer.passages[0].paragraph == 5


def test_a_reaction_to_something_named_is_read_as_before(zoo: Searcher) -> None:
    answer = zoo.ask("how did pruitt respond when benn said the zoo would lose its heart")
    assert answer.answered
    assert answer.passages[0].paragraph == 4
