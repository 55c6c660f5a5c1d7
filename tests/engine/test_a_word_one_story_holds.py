"""Among several stories, a word the question asks of (not one naming whom it asks) that one
story alone holds says which story it is about ("what did the governor say about the ferry
cuts": two stories quote Gov. Quill, both tell of cuts, only one of a ferry): that story's
passages first, and the answer rated high only where its first passage was first anyway
(`Searcher._stories_of_its_words`). On main her words on the parks budget ("We trimmed where
the people will feel it least") were rated high."""

from __future__ import annotations

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

PARKS = "\n".join(
    [
        "Gov. Nora Quill signed a budget on Friday that trims spending on state parks by $40"
        " million.",
        "“Every department had to give something,” Quill said. “We trimmed where the people"
        " will feel it least.”",
        "Park rangers said campgrounds in the north would open later in the season.",
    ]
)
FERRY = "\n".join(
    [
        "The Calder Bay ferry will run four trips a day instead of seven starting in March, the"
        " port authority said.",
        "Commuters from Ostley Island said the new schedule would make them late for work.",
        "Gov. Nora Quill said through a spokeswoman that the state would not make up the"
        " difference. “The port authority sets its own schedule,” the spokeswoman, Lise Moran,"
        " said.",
        "The authority's director, Paul Dane, said fuel had doubled in price.",
    ]
)


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    stories = [
        parse_story(story_file_text({"id": sid}, body).encode(), source=f"{sid}.txt")
        for sid, body in [("parks", PARKS), ("ferry", FERRY)]
    ]
    return Searcher(build_snapshot(stories, "test"))


@pytest.mark.parametrize(
    "question",
    [
        "what did the governor say about the ferry cuts",
        "what did the governor say about cutting ferry trips",
    ],
)
def test_the_story_its_word_points_at(searcher: Searcher, question: str) -> None:
    answer = searcher.ask(question)
    assert answer.passages[0].story_id == "ferry"
    assert answer.confidence == "low"


def test_the_reading(searcher: Searcher) -> None:
    # "ferry" the ferry story's alone; "governor", "cuts" both stories' or neither's
    assert searcher._stories_of_its_words("what did the governor say about the ferry cuts") == {
        "ferry"
    }
    # the words naming whom it asks are no topic ("ferry" in "the ferry director")
    assert not searcher._stories_of_its_words("what did the ferry director say")


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("what did the governor say about the park cuts", "parks"),
        ("what did the governor say about the ferry", "ferry"),
    ],
)
def test_guards(searcher: Searcher, question: str, story: str) -> None:
    """Pass on main too: the story its words point at was first already."""
    assert searcher.ask(question).passages[0].story_id == story
