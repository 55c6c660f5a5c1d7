""" "abrego garcias lawyer say anything after the meeting?": a question asking whether someone
said anything with its "did" left out, as chat types it (the bare verb, which no statement has
after its subject), asks as "did abrego garcia's lawyer say anything ..." does: someone the
story does not quote is refused. It was read so only of someone the story quotes (as a
statement put to be checked, "bukele say anything about crime?"); of anyone else it was a
plain question, answered with the closest passages (fresh-72 u02)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for
from tests.engine.test_a_thing_of_someones_set_off import ZOO_STORY


@pytest.fixture(scope="module")
def zoo():  # type: ignore[no-untyped-def]
    return searcher_for("zoo", ZOO_STORY)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        # on main: each answered, low, on the closest passages
        ("lindqvist say anything after the tour?", "The story doesn't quote lindqvist."),
        ("so the mayor react at all?", "The story doesn't quote the mayor."),
        ("the mayor's lawyer say anything about the aviary?", "the mayor's lawyer"),
    ],
)
def test_someone_not_quoted_is_refused(zoo, typed: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    answer = zoo.ask(typed)
    assert not answer.answered
    assert reason in answer.reason


def test_someone_quoted_has_their_words(zoo) -> None:  # type: ignore[no-untyped-def]
    answer = zoo.ask("ortiz comment on the funding?")
    assert answer.answered, answer.reason
    assert {quote.speaker for quote in answer.passages[0].quotes} == {"Lena Ortiz"}


@pytest.mark.parametrize(
    "typed",
    [
        # guards, as on main: a statement put to be checked ("critics say ..."), and words for
        # people in general, no one asked of
        "critics say the aviary cost too much?",
        "people say anything about the zoo?",
    ],
)
def test_no_one_asked_of_is_searched(zoo, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = zoo.ask(typed)
    assert answer.answered, answer.reason


def test_a_question_asking_with_its_did_is_read_as_before(zoo) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: its "did" is there, no part of whom ("What did the Big Boss")
    answer = zoo.ask("What did the Big Boss say about the birds when she had Pryce on the tour?")
    assert "What did" not in (answer.reason or "")
