""" "What did X ask" (no "for", "to" or "of" after it: not a request) asks the question X put:
a passage quoting X without a question mark is not answered with high confidence, and the
passage where X's words are a question is shown first."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STATEMENT = (
    "But during the hearing, councillor Rosa Find said it would be “reckless” for the town "
    "to rebuild the pier despite a unanimous vote."
)
ASKED = "“How can we pay for a pier nobody uses?” Find said. “We can't even fix the roads.”"
PIER_STORY = "\n".join(
    [
        "The Saltby council voted on Wednesday to rebuild the storm-damaged pier.",
        STATEMENT,
        ASKED,
        "Work on the pier is due to start in the spring, the council said.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did find ask when questioned about rebuilding the pier",
        "What did Rosa Find ask about the pier?",
    ],
)
def test_the_question_they_asked_is_shown_first(question: str) -> None:
    searcher = searcher_for("saltby-pier", PIER_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == STATEMENT)
    assert answer.passages[0].text == ASKED


def test_a_request_is_not_a_question() -> None:
    searcher = searcher_for("saltby-pier", PIER_STORY)
    answer = searcher.ask("what did find ask the council for")
    assert answer.passages[0].text != ASKED or answer.confidence != "high"
