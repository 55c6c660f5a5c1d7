""" "sry late to this, y does the whitehouse even want the el salvador deal?": two of the story's
words typed as one, as chat does, are the two words the story writes side by side. Read as
typed, "whitehouse" was a word the corpus never uses, no topic: the passage on the White
House's reason ("sees the El Salvador relationship as a way to save money") came third, the
one on its court order first (fresh-78 c07). Only a word neither the story nor English knows,
cut where the story writes both parts side by side; not inside a web or mail address."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

BOARD_STORY = "\n".join(
    [
        "The city council voted on Tuesday to close the library on Fridays.",
        "The Harbor Board voted on Monday to raise the toll for trucks to $12.",
        "“The port needs the money for new cranes,” said Lena Voss, who chairs the Harbor Board.",
        "Council member Ray Dunn said the library would open on Sundays instead.",
        "The Town Hall will be painted in May, the mayor's office said.",
    ]
)


@pytest.fixture(scope="module")
def board():  # type: ignore[no-untyped-def]
    return searcher_for("board", BOARD_STORY)


@pytest.mark.parametrize(
    ("typed", "opening"),
    [
        # on main: each first, low
        ("what did the harborboard vote for?", "The Harbor Board voted"),
        ("Did the harborboard vote on anything?", "The Harbor Board voted"),
        ("what did the citycouncil vote for", "The city council voted"),
        ("what's happening to the townhall?", "The Town Hall"),
    ],
)
def test_two_words_typed_as_one_are_the_storys_two(board, typed: str, opening: str) -> None:  # type: ignore[no-untyped-def]
    answer = board.ask(typed)
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith(opening)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("the harborboard, and the citycouncil", "the harbor board, and the city council"),
        ("is the TownHall open", "is the Town Hall open"),
        # an address is as typed
        ("see harborboard.org/tolls", "see harborboard.org/tolls"),
        ("mail info@harborboard.org", "mail info@harborboard.org"),
        # parts the story never writes side by side ("board" and "member" are apart)
        ("the boardmember said", "the boardmember said"),
        # an English word, which the story may simply not use
        ("the shipyard", "the shipyard"),
        # a part the story never uses
        ("the megaport", "the megaport"),
    ],
)
def test_what_is_written_apart(board, typed: str, read: str) -> None:  # type: ignore[no-untyped-def]
    assert board._word_speller.written_apart(typed) == read
