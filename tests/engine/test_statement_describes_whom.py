"""A statement before a question may name whom its "he" means by a description the story
gives them ("the Oxford guy flagged unpaid workers, so why did he ...": the story's "Oxford
University economist Daniel Reyes"), as a question names a speaker by one
(bot/engine/search/searcher.py, `_described_subject`): not refused as someone it cannot tell,
nor read as an unknown person's description ("the Oxford guy flagged unpaid workers")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Mayor Tom Hale of Harwick hosted Governor Elena Ruiz on Tuesday at city hall.",
        "The pair have built a mutually useful partnership, according to Oxford University"
        " economist Daniel Reyes.",
        "“For Mayor Hale, the port deal shows voters he can bring in jobs,” Reyes said.",
        "“It's a pleasure to be here with the mayor,” Ruiz said. “We are eager to help.”",
        "While calling the visit a “publicity boost for both leaders,” Reyes warned that reports"
        " of unpaid dock workers should be taken seriously.",
        "The docks were built in 1920 and need repairs.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "The Oxford guy flagged unpaid workers, so why did he still call the trip a boost?",
        "the oxford guy complained about dock pay. why did he call the trip a boost for both then?",
    ],
)
def test_a_statement_describing_someone_says_whom_he_means(visit: Searcher, question: str) -> None:
    answer = visit.ask(question)
    assert answer.answered
    assert answer.asked_speaker == "Daniel Reyes"
    assert answer.passages[0].text.startswith("While calling the visit")


def test_someone_the_story_does_not_describe_is_still_refused(visit: Searcher) -> None:
    answer = visit.ask("the mexican president, what did he say about the docks")
    assert not answer.answered
