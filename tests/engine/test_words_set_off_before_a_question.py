"""Words set off before a question by a colon ("patron at the desk wants 2 things
lol: how old is he? and ...", "2 questions: ..."): the question after them says what kind of
answer it asks for, as it would alone, and how many questions follow counts nothing the story
tells."""

from __future__ import annotations

import pytest

from bot.engine.chat import asking_sentence
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Ines Calder opened the new breakwater on Friday with two harbour pilots.",
        "Calder has run the fishing town for a decade, and the breakwater was her promise.",
        "“It is the best thing this town has built in fifty years,” said Calder, 58.",
        "The town has 12,000 residents, most of them fishermen and their families.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "question", ["2 questions: how old is calder?", "two things - how old is calder"]
)
def test_how_many_questions_follow_counts_nothing(harbour: Searcher, question: str) -> None:
    # before: "2", "two" found the paragraph of the two harbour pilots first
    answer = harbour.ask(question)
    assert "58" in answer.passages[0].text


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("patron at the desk wants 2 things lol: how old is he?", "how old is he?"),
        ("from my neighbour: how many people live in the town", "how many people live in the town"),
    ],
)
def test_the_question_after_words_set_off_is_the_one_asking(message: str, asked: str) -> None:
    # its kind of answer is read there (before: the whole message, whose opening asks nothing)
    assert asking_sentence(message) == asked


def test_a_question_pointing_back_at_the_words_set_off_asks_of_them() -> None:
    # "who said this?": the words before the colon are what it asks of
    message = "one hell of a mayor: who said this??"
    assert asking_sentence(message) == message
