"""A role asked in other words than the story's ("which leader", "which ex-congressman") is
held by whom the story gives the role in the words news use for it ("the first president of a
South American country", "former Ohio Rep. Tom Bell"): the passage naming them beside it
holds the person asked for, as one naming "the professor" does for "which professor"."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SUMMIT_STORY = "\n".join(
    [
        "Delegates from forty countries gathered in Geneva on Monday for a summit on ocean "
        "fishing quotas.",
        "Most recently, former Ohio Rep. Tom Bell met with Duarte over the weekend ahead of her "
        "trip to the summit.",
        "After landing in Geneva on Sunday, Duarte became the first president of a South "
        "American country to address the summit's closing session.",
        "Valdoria's fishing fleet has shrunk by a third in ten years, officials said.",
        "Duarte said the quotas were unfair to small fleets.",
        "The summit's chair, Ingrid Moe, said talks would resume in May.",
        "Leaders of environmental groups protested outside the hall on Tuesday.",
        "The European delegates proposed a ban on deep-sea trawling.",
        "Japan and Norway opposed the ban.",
        "A final agreement is not expected before next year.",
        "Valdoria President Ana Duarte has led the country since 2020.",
    ]
)


@pytest.fixture(scope="module")
def summit() -> Searcher:
    return searcher_for("summit", SUMMIT_STORY)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "which south american leader got to be the first to speak at the closing session",
            "the first president of a South",
        ),
        ("which ex congressman met up with duarte the weekend before the summit", "Rep. Tom Bell"),
    ],
)
def test_a_role_asked_in_other_words_is_held_by_whom_the_story_gives_it(
    summit: Searcher, question: str, answer: str
) -> None:
    shown = summit.ask(question)
    assert shown.answered, shown.reason
    assert answer in shown.passages[0].text
    assert shown.confidence == "high"


@pytest.mark.parametrize(
    "question", ["which congressman spoke at the closing session", "which senator met duarte"]
)
def test_a_role_no_one_there_holds_stays_low(summit: Searcher, question: str) -> None:
    # Duarte is a president, Bell a representative: neither is the one asked for
    shown = summit.ask(question)
    assert shown.answered, shown.reason
    assert shown.confidence == "low"
