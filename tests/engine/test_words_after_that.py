"""A follow-up asking what someone said after what the answer before showed ("and what did
she say after that?", "what did greer say next") shows their first passage after that one, in
the story's order (before: the same passage again, or another of theirs before it)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_in_turn, searcher_for

SCHOOL_STORY = "\n".join(
    [
        "The Marlow school board voted on Monday to close Birch Street Elementary in June.",
        "Superintendent Carla Veng said the building needs a new roof. “We cannot ask children"
        " to learn under buckets,” Veng said.",
        "Parent Tomas Greer spoke against the closure. “My daughter walks to Birch Street. Now"
        " she will ride a bus for forty minutes,” Greer said.",
        "Veng said the district would add two buses. “Nobody will ride longer than twenty-five"
        " minutes,” she said.",
        "Board member Ada Lund, who voted for the closure, said the decision was painful. “I"
        " went to Birch Street myself,” Lund said.",
        "Greer said parents would keep fighting. “We will be at every meeting until they"
        " listen,” he said.",
    ]
)


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    ("first", "then", "paragraph"),
    [
        ("what did veng say about the roof", "and what did she say after that?", 4),
        ("what did veng say about the roof", "what did she say next", 4),
        ("what did greer say about his daughter", "what did veng say after that", 4),
        ("what did lund say", "what did greer say afterwards", 6),
    ],
)
def test_their_next_words_first(school: Searcher, first: str, then: str, paragraph: int) -> None:
    answer = asked_in_turn(school, first, then)
    assert answer.answered, then
    assert answer.passages[0].paragraph == paragraph, (first, then)


def test_the_same_question_alone_unchanged(school: Searcher) -> None:
    # no answer before: "after that" points at nothing, their best passage first
    answer = school.ask("what did veng say")
    assert answer.passages[0].paragraph in (2, 4)
