""" "The government of Norway", asked for its word, is the government of a country the story
mentions, as "the norwegian government" is where the story writes "Norway": searched, not
refused ("The story doesn't quote the government of norway.") though the story tells what that
government did. Before, only a government typed last ("the us government") was read as one
(`QuestionReading._reported_group` read the last word, "norway", for the government noun), and
a country's other words ("norwegian") were not read as the story mentioning it. Typed as the
story names it, the body vouches for its passage (tests/engine/test_body_named_as_typed.py)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SPILL_STORY = "\n".join(
    [
        "A cargo ship ran aground off Skerry Point on Sunday, spilling diesel into the bay, the"
        " coast guard said.",
        "The government of Norway sent a cleanup vessel on Monday, and volunteers from Bergen"
        " raked the beaches.",
        "“The birds are what worry us most,” said Kari Lund, who runs the island's bird refuge.",
        "The ship's owner, Halvard Shipping, said it would pay for the cleanup.",
    ]
)
SENT = "The government of Norway sent"


@pytest.fixture(scope="module")
def spill() -> Searcher:
    return searcher_for("spill", SPILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the government of norway say about the spill",
        "what did the govt of norway say about the cleanup",
        "what did the government of norway say",
    ],
)
def test_the_government_of_a_country_named_as_typed(spill: Searcher, question: str) -> None:
    answer = spill.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(SENT)
    assert answer.confidence == "high"


def test_the_country_by_its_peoples_word(spill: Searcher) -> None:
    # searched, not vouched for: the passage names no "norwegian government"
    answer = spill.ask("what did the norwegian government say about the spill")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(SENT)
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "question",
    [
        # a country the story never mentions
        "what did the government of peru say about the spill",
        "what did the swedish government say about the spill",
        # a country's people are no one it quotes
        "what did the norwegian farmers say about the spill",
    ],
)
def test_guards(spill: Searcher, question: str) -> None:
    assert not spill.ask(question).answered
