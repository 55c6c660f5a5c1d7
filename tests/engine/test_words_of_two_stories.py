"""Among several stories, a question whose words are each one story's alone, of two stories
("what did varga say about the pool hours": only the pool story tells of the pool, only the
library story of hours), is about no story's passage: none tells of both, nor of more of its
words than the other, and the answer is not rated high (`Searcher._own_words_of_stories`).
Before, the mayor's library quote ("We shortened the hours ...") was rated high. Where the
words are one story's, or most of them ("gov quote on school lunch?", "gov" read as another
story's "government"), that story's answer is rated as before."""

from __future__ import annotations

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

LIBRARY = "\n".join(
    [
        "Mayor Ines Varga signed a budget on Tuesday that shortens hours at the city's three"
        " libraries.",
        "“We looked hard at every line,” Varga said. “We shortened the hours when the fewest"
        " readers come.”",
        "Librarians said the children's reading club would move to Saturdays.",
    ]
)
POOL = "\n".join(
    [
        "The Ashby town pool will close on Mondays and Tuesdays this summer, the parks board said.",
        "Swimmers from the swim club said they would have to drive to Dalton.",
        "Mayor Ines Varga said through an aide that the city could not pay for lifeguards. “The"
        " board decides its own calendar,” the aide, Ruth Penn, said.",
        "The board's chair, Owen Marsh, said two lifeguards had quit.",
    ]
)


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("library", LIBRARY), ("pool", POOL)]
    ]
    return Searcher(build_snapshot(stories, "test"))


@pytest.mark.parametrize(
    "question",
    [
        "what did varga say about the pool hours",
        "what did the mayor say about shorter pool hours",
        "what did varga say about the shortened pool days",
        "what did the mayor say about the reading club and the pool",
    ],
)
def test_words_of_two_stories_are_no_answer_high(searcher: Searcher, question: str) -> None:
    assert searcher._stories_of_its_words(question) == {"library", "pool"}
    assert searcher.ask(question).confidence == "low"


@pytest.mark.parametrize(
    ("question", "story", "confidence"),
    [
        ("what did varga say about the library hours", "library", "high"),
        ("what did varga say about the pool", "pool", "low"),
        # most of its own words the library story's: "library", "hours" against "pool"
        ("varga quote on library hours for pool fans", "library", "high"),
    ],
)
def test_guards(searcher: Searcher, question: str, story: str, confidence: str) -> None:
    answer = searcher.ask(question)
    assert answer.passages[0].story_id == story
    assert answer.confidence == confidence


def test_the_reading(searcher: Searcher) -> None:
    counts = searcher._own_words_of_stories("varga quote on library hours for pool fans")
    assert counts == {"library": 2, "pool": 1}
