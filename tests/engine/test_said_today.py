"""Words asked as said "today" ("what did the coach say today", "what did she tell them this
morning") are read against the story's date of publication: the passage telling of that day
by its weekday goes first (before: "today" was a word to look for, the day's passage second or
not shown). "is he still the coach today" asks no words of a day and is left as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

# published on a Friday (2026-05-15)
RINK_BODY = "\n".join(
    [
        "The Hollin ice rink will stay open through the summer for the first time, the city said.",
        "Hockey coach Pia Lunde said on Wednesday that her players had been driving an hour to"
        " practise. “Summer ice keeps kids in the sport,” Lunde said.",
        "Lunde said on Friday that the club would run free summer camps. “Any kid who wants to"
        " skate will skate,” she said.",
        "The rink's manager, Odd Vik, said the power bill would rise by a third.",
    ]
)


@pytest.fixture(scope="module")
def rink() -> Searcher:
    text = story_file_text({"id": "rink", "published": dt.date(2026, 5, 15)}, RINK_BODY)
    story = parse_story(text.encode(), source="rink.txt")
    return Searcher(build_snapshot([story], "test"))


@pytest.mark.parametrize(
    "question", ["what did the coach say today", "what did lunde tell them this morning"]
)
def test_the_days_passage_first(rink: Searcher, question: str) -> None:
    answer = rink.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == 3, (question, answer.passages)


def test_today_of_no_words_unchanged(rink: Searcher) -> None:
    answer = rink.ask("what did the coach say about driving")
    assert answer.passages[0].paragraph == 2
