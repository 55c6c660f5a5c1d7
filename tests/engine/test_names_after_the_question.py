"""A name the story never uses, in words after the question's mark that ask nothing ("what did
Lunde say about the wall? pulling sources for a UNESCO brief"), on a story of its own: what the
writer says of their own work is no part of what is asked, so the name there is no evidence
the story is silent. It was: "The story doesn't mention UNESCO." The same name in the question
itself still is ("what did Lunde say about UNESCO?")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The Vessø harbour wall was built in 1871 and has not been repaired since 1990.",
        "Harbour master Siri Lunde said the wall “will not survive another bad winter.”",
        "The county has set aside 3 million kroner for the repairs.",
        "Fishermen said the work should start before the autumn storms.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did Lunde say about the wall? pulling sources for a UNESCO brief",
        "quick one — what's the harbour master's take on the wall? for the NRK piece tonight",
        "How much was set aside for the repairs? Writing it up for Aftenposten.",
    ],
)
def test_a_name_after_the_question_is_no_evidence_of_silence(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert answer.answered, answer.reason
    assert "wall" in answer.passages[0].text or "3 million" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["what did Lunde say about UNESCO?", "so what did UNESCO say about the wall? curious"],
)
def test_a_name_the_story_never_uses_in_the_question_is_still_refused(
    harbour: Searcher, question: str
) -> None:
    answer = harbour.ask(question)
    assert not answer.answered
    assert "UNESCO" in (answer.reason or "")
