"""Among several stories, "the latest story", "the most recent article", "the newest piece"
is the one of the latest date of publication in the headers: asked about itself ("who wrote
the most recent article"), or asked within ("in the newest piece, what did the librarian
say"). On main it was no story named: "Which story do you mean?" for the facts, and the
passages of every story for the rest."""

from __future__ import annotations

import datetime as dt

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher

BAKERY = "\n".join(
    [
        "Rosalind's Bakery on Fourth Street will close after 41 years when its lease ends.",
        "“Flour went up, rent went up, and I got older,” owner Rosa Quint said.",
    ]
)
LIBRARY = "\n".join(
    [
        "The Elm Park branch library will open on Sundays starting in March.",
        "Librarian Hugo Brandt said families had asked for weekend hours for years. “Sunday is"
        " when parents can bring their kids,” Brandt said.",
    ]
)
POOL = "\n".join(
    [
        "The Elm Park pool will reopen in June after a $3 million repair.",
        "Librarian Petra Vos, who swims there every morning, said she had missed it. “It is"
        " the best hour of my day,” Vos said.",
    ]
)


def _searcher(dates: dict[str, dt.date]) -> Searcher:
    bodies = {"bakery": BAKERY, "library": LIBRARY, "pool": POOL}
    authors = {"bakery": "Iris Mendel", "library": "Karl Osten", "pool": "June Abara"}
    stories = [
        parse_story(
            story_file_text(
                {"id": sid, "authors": [authors[sid]], "published": date}, bodies[sid]
            ).encode(),
            source=f"{sid}.txt",
        )
        for sid, date in dates.items()
    ]
    return Searcher(build_snapshot(stories, "test"))


DATES = {
    "bakery": dt.date(2026, 1, 9),
    "library": dt.date(2026, 2, 20),
    "pool": dt.date(2026, 2, 3),
}


def test_the_newest_asked_about_itself() -> None:
    searcher = _searcher(DATES)
    answer = searcher.ask("who wrote the most recent article?")
    assert answer.about_story is not None, answer.reason
    assert answer.about_story.story.id == "library"
    answer = searcher.ask("what is the newest piece about")
    assert answer.about_story is not None, answer.reason
    assert answer.about_story.story.id == "library"


def test_the_newest_asked_within() -> None:
    answer = _searcher(DATES).ask("in the latest article, what did the librarian say")
    assert answer.answered, answer.reason
    assert {p.story_id for p in answer.passages} == {"library"}


def test_guards() -> None:
    """Pass on main too: two stories of the same latest date name no one newest story, and a
    story named by its words is that story."""
    searcher = _searcher({**DATES, "pool": dt.date(2026, 2, 20)})
    answer = searcher.ask("who wrote the latest story")
    assert not answer.answered and answer.reason and answer.reason.startswith("Which story")
    answer = _searcher(DATES).ask("who wrote the pool article")
    assert answer.about_story is not None and answer.about_story.story.id == "pool"
