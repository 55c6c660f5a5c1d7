"""A question naming someone is about them, on a story of its own: a passage holding the rest of
its topic only in sentences that do not name them (nor point back to them by "he" or "she"),
and quoting none of them, tells of that topic about someone else. "What was the mayor charged
with" of a paragraph naming her in one sentence and the councillors charged in the next is
shown as the closest the story comes, not as the answer; a passage telling it of them is the
answer."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

COUNCIL_STORY = "\n".join(
    [
        "Mayor Ines Calder opened the new harbour library on Monday. Two councillors were "
        "charged with fraud over the library's building contract last spring.",
        "Councillor Tomas Berg was suspended from the planning committee in March after "
        "auditors questioned his expenses.",
        "The library holds 40,000 books and a reading room facing the harbour.",
        "Residents queued for an hour to see the reading room, and the cafe ran out of coffee.",
        "Calder said the town had waited twenty years for a library of its own.",
        "Harbour master Lena Osei retired in June. She had run the ferry service across the bay "
        "for thirty years.",
    ]
)


@pytest.fixture(scope="module")
def council() -> Searcher:
    return searcher_for("council", COUNCIL_STORY)


@pytest.mark.parametrize(
    "question",
    ["what was ines calder charged with", "is calder accused of fraud over the contract"],
)
def test_the_topic_told_of_someone_else_is_no_answer(council: Searcher, question: str) -> None:
    answer = council.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert "charged with fraud" in answer.passages[0].text  # the closest the story comes
    signals = council.confidence_signals(question)
    assert signals is not None and signals.coverage > 0.5  # the words are there, apart


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("why was tomas berg suspended from the planning committee", "auditors questioned"),
        ("when did ines calder open the harbour library", "on Monday"),
        # "She" points back to her: the sentence tells of her
        ("how long did lena osei run the ferry service", "thirty years"),
    ],
)
def test_the_topic_told_of_them_is_the_answer(council: Searcher, question: str, shown: str) -> None:
    answer = council.ask(question)
    assert answer.confidence == "high" and shown in answer.passages[0].text
