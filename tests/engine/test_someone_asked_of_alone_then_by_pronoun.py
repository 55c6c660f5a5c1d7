""" "and rubio? what did he say abt all this": a question of its own naming someone and
nothing else ("and rubio?", "what about the port director?", "kale??"), then one asking by a
pronoun, asks for that someone's words, as "rubio, what did he say" does. The two were read as
one plain question, "he" no one: answered with the closest passages, Trump's words first,
where the story never quotes Rubio (fresh-70 u02)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Ines Kale and the rowing club's coach Ruth Amos opened the new harbour on Saturday.",
        "“This harbour brings races back to Calloway,” Kale said.",
        "Port director Alan Webb said the dredging had run three months late.",
        "“We are a small club, but we train hard,” Amos said of the rowers.",
        "Governor Paul Brandt did not attend the opening.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        # on main: each answered, low, on someone else's words
        ("and lindqvist? what did he say abt all this", "The story doesn't quote lindqvist."),
        ("what about lindqvist? what did he say about the harbour", "lindqvist"),
        ("lindqvist?? what did he say about the opening", "lindqvist"),
    ],
)
def test_someone_never_named_is_refused(harbour, typed: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(typed)
    assert not answer.answered
    assert reason in answer.reason
    assert "?" not in answer.reason.removeprefix("The story doesn't quote ")


def test_someone_named_but_never_quoted_is_refused(harbour) -> None:  # type: ignore[no-untyped-def]
    # on main: answered, low, on Kale's words
    answer = harbour.ask("and the governor? what did he say about the harbour")
    assert not answer.answered
    assert "Paul Brandt" in answer.reason


def test_someone_quoted_has_their_words_first(harbour) -> None:  # type: ignore[no-untyped-def]
    # on main: the opening passage first, no one's words
    answer = harbour.ask("and the coach? what did she say about the rowers")
    assert answer.answered, answer.reason
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Ruth Amos"}


@pytest.mark.parametrize(
    "typed",
    [
        # guards, as on main: a question of its own before ("is the harbour finished?"), or
        # words asking nothing of anyone ("seriously?")
        "is the harbour finished? what did she say about it",
        "seriously? what did he say",
    ],
)
def test_a_question_before_is_no_one_named(harbour, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(typed)
    assert "quote" not in (answer.reason or "")
