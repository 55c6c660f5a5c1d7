"""A question asking the words of two people together ("what did veng and lund say", "X &
Y") shows a passage of each first, not the passages of the one the best passage quotes
(before: the other's words third or not shown)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The Port Ellis ferry will stop running on Sundays from May, the county said on Friday.",
        "Transit chief Wendell Brask said fewer than forty people ride on a Sunday. “We are"
        " sailing an empty boat,” Brask said. “Every Sunday run costs us $9,000.”",
        "“We looked at every other way to save the money,” Brask said. “There was none.”",
        "“The Sunday boat is how my patients get to the clinic,” said Dr. Imani Cole, who runs"
        " the island's only clinic.",
        "Brask said the county would pay for a water taxi for medical visits. “Nobody will miss"
        " an appointment,” he said.",
        "Ferry captain Rolf Strand said his crew would lose a day's pay. “We found out from the"
        " newspaper,” Strand said.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("what did brask and cole say", {"Wendell Brask", "Imani Cole"}),
        ("what did cole and brask say", {"Wendell Brask", "Imani Cole"}),
        ("what did brask & strand say", {"Wendell Brask", "Rolf Strand"}),
        ("what did strand, brask say about sundays", {"Wendell Brask", "Rolf Strand"}),
    ],
)
def test_each_ones_words_first(ferry: Searcher, question: str, people: set[str]) -> None:
    answer = ferry.ask(question)
    assert answer.answered, question
    firsts = [{q.speaker for q in p.quotes} & people for p in answer.passages[:2]]
    assert set().union(*firsts) == people, (question, [p.paragraph for p in answer.passages])


def test_one_person_asked_unchanged(ferry: Searcher) -> None:
    answer = ferry.ask("what did brask say")
    assert all(any(q.speaker == "Wendell Brask" for q in p.quotes) for p in answer.passages[:2])
