"""Speaker words naming someone only through another person's role ("the spokesman for Ruiz",
"a lawyer for Ortiz", "the judge on the Ortiz case") ask for that other person's words, as
"Ruiz's spokesman" does: never the words of the one named, whom the question is not asking."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TERMINAL_STORY = "\n".join(
    [
        "Mayor Dana Ruiz of Port Alden opened the new ferry terminal on Friday.",
        "“This terminal belongs to every family in this town,” Ruiz said at the ribbon cutting.",
        "The terminal cost $48 million, most of it paid by the state.",
        "Contractor Ray Ortiz, whose firm built the terminal, is being sued by the town over"
        " cost overruns.",
        "City spokeswoman Mia Chen said the new ferry schedule would be published next week.",
    ]
)


@pytest.fixture(scope="module")
def terminal() -> Searcher:
    return searcher_for("terminal", TERMINAL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the spokesman for ruiz say about the terminal",
        "what did a lawyer representing ruiz say about the terminal",
    ],
)
def test_someone_speaking_for_the_one_named_is_not_them(terminal: Searcher, question: str) -> None:
    answer = terminal.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "Ruiz" not in answer.reason


def test_the_refusal_names_whom_the_question_asks(terminal: Searcher) -> None:
    answer = terminal.ask("what did the judge on the ortiz case say about the overruns")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the judge on the ortiz case."


def test_the_one_named_asked_by_name_is_still_asked(terminal: Searcher) -> None:
    answer = terminal.ask("what did ruiz say about the terminal")
    assert answer.asked_speaker == "Dana Ruiz"
    assert answer.passages[0].text.startswith("“This terminal belongs")


def test_the_role_holder_the_story_names_is_asked(terminal: Searcher) -> None:
    # "the spokeswoman for Ruiz" is the story's spokeswoman, as "Ruiz's spokeswoman" is, the
    # words tying Ruiz to her no qualifier she must fit
    for question in (
        "what did the spokeswoman for ruiz say about the schedule",
        "what did the spokeswoman under ruiz say about the schedule",
    ):
        answer = terminal.ask(question)
        assert answer.asked_speaker == "Mia Chen"
        assert answer.passages[0].text.startswith("City spokeswoman Mia Chen")
