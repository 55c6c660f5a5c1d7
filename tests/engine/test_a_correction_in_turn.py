"""A follow-up correcting whom the question before asked of ("no i meant hollis", "sorry, i
meant the librarian", "nope, the treasurer") or naming only someone the story quotes
("hollis?") asks that person's words on the same topic (before: read as words to look for,
whoever's passage held them first, or the topic dropped)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_in_turn, searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Dunmore library will cut its Saturday hours in half from March, its board decided"
        " on Tuesday.",
        "Head librarian Opal Hollis said the branch could not keep paying overtime. “Saturdays"
        " cost us twice what a weekday does,” Hollis said.",
        "Treasurer Victor Amsel said the overtime budget ran out in November. “We are borrowing"
        " from the book fund to keep the doors open,” Amsel said.",
        "Reader Jun Park said Saturday was the only day he could come. “I work every weekday,"
        " so the library is closed to me now,” Park said.",
        "Hollis said the branch would lend laptops for the weekend on Fridays. “Nobody should"
        " lose the library because of their job,” she said.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    ("first", "correction", "speaker", "paragraphs"),
    [
        ("what did amsel say about overtime", "no i meant hollis", "Opal Hollis", {2}),
        ("what did park say about weekdays", "sorry i meant hollis", "Opal Hollis", {2}),
        ("what did park say", "nope, the treasurer", "Victor Amsel", {3}),
        ("what did hollis say about the budget", "i mean the treasurer", "Victor Amsel", {3}),
        ("what did amsel say about saturdays", "hollis?", "Opal Hollis", {2, 5}),
    ],
)
def test_the_one_meant_asked(
    library: Searcher, first: str, correction: str, speaker: str, paragraphs: set[int]
) -> None:
    answer = asked_in_turn(library, first, correction)
    assert answer.answered, correction
    assert answer.asked_speaker == speaker, correction
    assert answer.passages[0].paragraph in paragraphs, (correction, answer.passages)


def test_no_way_is_no_correction(library: Searcher) -> None:
    # "no way he said that": no one named, nothing corrected
    answer = asked_in_turn(library, "what did park say", "no way he said that")
    assert answer.asked_speaker in (None, "Jun Park")
