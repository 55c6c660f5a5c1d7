"""What a body of people said ("what did the opposition say about the vote", "what did the
teachers' union say"), asked of a story that never names such a body, in any form: it quotes
no one of it, and the question is refused as for someone the story does not quote. On main
the words read as no one and the question was searched as a plain one, its closest passage
answered (someone else's words). A body the story names ("the board") may speak through its
members, and is searched as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Fenwick town board voted 4-1 on Monday to close the Elm Street library branch in"
        " June.",
        "“We cannot staff two branches on one budget,” said board chair Ruth Adler.",
        "Librarian Sam Okoye said the branch lends 9,000 books a year.",
        "“Half of those books go to children who walk here after school,” Okoye said.",
        "The board said the building would be sold.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("what did the opposition say about the vote", "the opposition"),
        ("what did the public say about closing the branch", "the public"),
        ("what did the local church say about the library", "the local church"),
    ],
)
def test_a_group_the_story_never_names_is_refused(
    library: Searcher, question: str, group: str
) -> None:
    answer = library.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't mention {group}."


def test_a_group_the_story_names_is_searched(library: Searcher) -> None:
    answer = library.ask("what did the board say about the building")
    assert answer.answered, answer.reason
    assert "would be sold" in answer.passages[0].text


def test_a_group_never_named_is_said_not_to_be_mentioned_not_quoted(library: Searcher) -> None:
    """WordNet's groups are not all people: "the stock market" is never mentioned, and the
    refusal says so rather than making it someone the story does not quote."""
    answer = library.ask("how did the stock market react to the vote")
    assert not answer.answered
    assert answer.reason == "The story doesn't mention the stock market."
