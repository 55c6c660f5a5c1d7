"""A day a member names by its distance from today ("yesterday") means the story's: the
passage telling of the weekday before its publication goes first ("on Thursday" of a story
published on a Friday), where the story tells it by its weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

LIBRARY_STORY = "\n".join(
    [
        "The Brill county library will close its Eastfield branch on Sundays from next month,"
        " the library board decided on Tuesday.",
        "Head librarian Cora Haines said the branch could not keep its Sunday hours on its"
        " budget. “We have had the same money for six years while the bills went up,” Haines"
        " said.",
        "Parents at a board meeting said Sunday was the only day their children could use the"
        " computers. “My kids have no internet at home,” said Dell Okoro, a father of three.",
        "Haines met the parents again on Thursday and offered to open the branch late on"
        " Wednesdays instead. “If we cannot have Sundays, we can at least have evenings,” she"
        " said.",
        "Haines said on Friday morning that the board would vote on the evening hours in June.",
    ]
)


@pytest.fixture(scope="module")
def library() -> Searcher:
    # published on a Friday: its "Thursday" is the day before
    meta = {"id": "library", "published": dt.date(2026, 5, 8)}
    story = parse_story(story_file_text(meta, LIBRARY_STORY).encode(), source="library.txt")
    return Searcher(build_snapshot([story], "test"))


@pytest.mark.parametrize(
    ("question", "paragraph"),
    [
        ("what did haines say yesterday", 4),
        ("what did the head librarian tell the parents yesterday", 4),
    ],
)
def test_the_day_read_against_the_story(library: Searcher, question: str, paragraph: int) -> None:
    answer = library.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == paragraph, question


def test_undated_story_left_alone() -> None:
    story = parse_story(story_file_text({"id": "library"}, LIBRARY_STORY).encode(), source="l.txt")
    answer = Searcher(build_snapshot([story], "test")).ask("what did haines say yesterday")
    assert answer.answered
