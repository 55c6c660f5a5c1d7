""" "What year did the mayor open the bridge? Thank you kindly.": a verb of another sentence
is not the one the question asks with. On be6fd920 the search for a verb of saying after "what"
ran past the question mark to "Thank", so the question read as asking the words of "the mayor
open the bridge?" (a person's noun, "mayor"), and a passage quoting no one was never vouched for
(`_asks_a_persons_words`); so too a closing remark about the writer ("My niece told me about
it."). A mark inside brackets ends no sentence: "what did the clerk (hobbs?) say" still asks the
clerk's words."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

OPENED = (
    "Mayor Dana Whitcomb opened the new Larch Street footbridge in 2019, two years after the"
    " old one washed away."
)
STORY = "\n".join(
    [
        "The Larch Street footbridge over the Pell River is closed again for repairs.",
        OPENED,
        "“The repairs will take the whole summer,” town clerk Owen Hobbs said on Tuesday.",
        "The town paid $2 million for the bridge, most of it from a state grant.",
    ]
)


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you kindly.",
        "Thanks so much, I appreciate it.",
        "My niece told me about it.",
    ],
)
def test_a_closing_sentence_asks_no_ones_words(closing: str) -> None:
    searcher = searcher_for("larch-footbridge", STORY)
    question = "What year did the mayor open the footbridge?"
    alone = searcher.ask(question)
    answer = searcher.ask(f"{question} {closing}")
    assert alone.confidence == "high"
    assert answer.passages[0].text == OPENED
    assert answer.confidence == "high"


def test_a_mark_inside_brackets_ends_no_sentence() -> None:
    searcher = searcher_for("larch-footbridge", STORY)
    answer = searcher.ask("what did the town clerk (hobbs?) say about the repairs")
    assert answer.asked_speaker is not None
    assert answer.passages[0].quotes[0].speaker == "Owen Hobbs"
