"""A question with chat around it in a message typed on the move: the writer's own words
before a preface ("parked at the depot, quick q how old is she"), a laugh and a remark after it
("how old is she lol she looks like a kid"). The question alone says what kind of answer it asks
for, and the remark's words ("looks", "kid") find nothing it asks about."""

from __future__ import annotations

import pytest

from bot.engine.chat import asking_sentence
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LIGHTHOUSE_STORY = "\n".join(
    [
        "The county reopened the Gannet Point lighthouse on Saturday after a two-year restoration.",
        "“We owe this to every sailor who came home safely,” said keeper Ada Marlow, 67, at the"
        " ceremony.",
        "Marlow, who first climbed the tower as a kid, looks after the old lamp with two"
        " volunteers.",
        "The restoration cost $1.2 million, paid for by a state grant.",
    ]
)


@pytest.fixture(scope="module")
def lighthouse() -> Searcher:
    return searcher_for("lighthouse", LIGHTHOUSE_STORY)


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("parked at the depot, quick q how old is marlow", "how old is marlow"),
        ("on my break, ok so how much did it cost", "how much did it cost"),
    ],
)
def test_the_question_after_a_comma_starts_past_its_preface(message: str, asked: str) -> None:
    # before: the preface ("quick q", "ok so") hid the question word, and the whole message
    # was read for its kind of answer
    assert asking_sentence(message) == asked


@pytest.mark.parametrize(
    "question",
    ["on my break, quick q how old is the keeper", "at the depot, quick q how old is marlow"],
)
def test_the_age_is_asked_past_the_writers_own_words_and_a_preface(
    lighthouse: Searcher, question: str
) -> None:
    # before: read for no kind of answer, the passage holding her age held low
    answer = lighthouse.ask(question)
    assert "67" in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    ["how old is marlow lol she looks like a kid", "how old is marlow lmaooo she looks like a kid"],
)
def test_a_remark_after_a_laugh_finds_nothing(lighthouse: Searcher, question: str) -> None:
    # before: the remark's "looks" and "kid" found the passage of her childhood, held low
    answer = lighthouse.ask(question)
    assert "67" in answer.passages[0].text
    assert answer.confidence == "high"
