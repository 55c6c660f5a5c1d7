""" "The 1st woman to lead the council", "running for a 2nd term": an ordinal typed in figures
before the word it ranks is read as the word a story writes ("first", "second";
`chat.expand_shorthand`). Typed so, it was searched as a number and two letters ("1", "st")
the story never uses, and the passage telling it was rated low. A day of a month stays in
figures ("April 7th", "the 7th of April", "on the 7th?"): a story writes "April 7"."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

COUNCIL_STORY = "\n".join(
    [
        "Dara Quill was sworn in on Tuesday as mayor of Tessford, the town's council said.",
        "Quill became the first woman to lead the Tessford council since its founding in 1871.",
        "She beat the sitting mayor, Owen Platt, who had hoped to win a second term.",
        "“I will keep the libraries open,” Quill said after the vote.",
        "Platt said he would stay on the council as a member.",
        "The council meets again on April 7 to set the budget.",
    ]
)


@pytest.fixture(scope="module")
def council() -> Searcher:
    return searcher_for("council", COUNCIL_STORY)


def test_an_ordinal_in_figures_finds_the_passage_writing_it_out(council: Searcher) -> None:
    # before, "1st" was searched as "1" and "st", which the story never uses: the swearing-in
    # came first, rated low
    answer = council.ask("so quill is the 1st woman mayor of tessford?")
    assert answer.confidence == "high"
    assert "first woman" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("is she the 1st woman to lead it", "is she the first woman to lead it"),
        ("did platt want a 2nd term", "did platt want a second term"),
        ("the 3rd time they met", "the third time they met"),
        ("what did he say on April 7th", "what did he say on April 7th"),
        ("the 7th of April meeting", "the 7th of April meeting"),
        ("was it on the 7th?", "was it on the 7th?"),
        ("the 2th try", "the 2th try"),
    ],
)
def test_only_an_ordinal_ranking_a_word_is_written_out(typed: str, read: str) -> None:
    assert expand_shorthand(typed) == read
