"""Who holds a role of an owner ("who is the union's lawyer", "who's the lawyer for the
mill", "name of the council's spokeswoman") is the one the story writes with that owner,
as the words of one asked so are (9owner's `_not_owned_by_another`): before, the owner was
read only where a question asked what someone said, and "who is X's lawyer" of a story with
two lawyers was answered high with the other side's lawyer's passage. Now a first passage
naming, of the role's holders, only one the story ties to another owner is not vouched for,
and the passage naming the owner's own holder, where one is shown, is put first.

And a time asked of a thing's start ("when does the fare start", "when does the fare begin")
is not vouched for by a passage whose starting has an object of its own ("riders who start
their shifts in the city will pay the new fare"): its time words are of that starting, and a
passage shown after it telling the thing's own start ("will start the new fare on May 4") is
put first."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STRIKE_STORY = "\n".join(
    [
        "Workers at the Dunmore paper mill walked off the job on Friday after talks on a new"
        " contract broke down.",
        "The union's lawyer, Priya Castell, said the mill had ignored a safety order for a year.",
        "Dunmore's attorney, Owen Grady, said the company had met every order on time.",
        "The mayor's press secretary, Lisa Tran, said the town hoped for a quick deal.",
        "Some 400 workers joined the strike, the union said.",
    ]
)


@pytest.fixture(scope="module")
def strike() -> Searcher:
    return searcher_for("mill-strike", STRIKE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: each high with the union's lawyer's passage first
        "who is dunmore's lawyer",
        "who is the lawyer for dunmore paper",
        "who's the company's lawyer",
        "what is the name of the mill's lawyer",
    ],
)
def test_the_other_owners_holder_is_not_vouched_for(strike: Searcher, question: str) -> None:
    answer = strike.ask(question)
    assert not (answer.confidence == "high" and "Castell" in answer.passages[0].text), question


@pytest.mark.parametrize(
    "question",
    [
        "who is dunmore's lawyer",
        "who is the lawyer for dunmore paper",
        "who's the company's lawyer",
    ],
)
def test_the_owners_own_holder_is_first(strike: Searcher, question: str) -> None:
    answer = strike.ask(question)
    assert "Owen Grady" in answer.passages[0].text, question


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # as before
        ("who is the union's lawyer", "The union's lawyer"),
        ("who is the mayor's press secretary", "The mayor's press secretary"),
    ],
)
def test_the_owners_holder_still_answers(strike: Searcher, question: str, opening: str) -> None:
    answer = strike.ask(question)
    assert answer.passages[0].text.startswith(opening), question
    assert answer.confidence == "high", question


@pytest.mark.parametrize(
    "question",
    ["who is the governor's press secretary", "who is the press secretary to the governor"],
)
def test_another_owners_role_of_several_words(strike: Searcher, question: str) -> None:
    # before: high with the mayor's press secretary
    answer = strike.ask(question)
    assert answer.confidence != "high", question


FARE_STORY = "\n".join(
    [
        "The Lowell transit board voted on Tuesday to raise the bus fare from $2 to $3.",
        "Riders who start their shifts in the city will pay the new fare, the board said on"
        " Tuesday.",
        "Board member Ana Price voted against the increase.",
    ]
)


@pytest.fixture(scope="module")
def fare() -> Searcher:
    return searcher_for("bus-fare", FARE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: each high with the riders' shifts
        "when does the new fare start",
        "when does the fare begin",
    ],
)
def test_a_start_of_something_else_dates_no_start(fare: Searcher, question: str) -> None:
    answer = fare.ask(question)
    assert answer.confidence != "high", question


def test_the_things_own_start_is_first() -> None:
    # before: the riders' shifts first, high
    story = "\n".join(
        [FARE_STORY, "The board will start the new fare on May 4, after new machines are in."]
    )
    answer = searcher_for("bus-fare-dated", story).ask("when does the new fare start")
    assert "May 4" in answer.passages[0].text


BOATYARD_STORY = "\n".join(
    [
        "Judge Ellen Park of the Carver County court ruled on Thursday that Harbor Marine could"
        " not close the Pier 9 boatyard.",
        "The workers' lawyer, Dan Ochoa, said the ruling saved 120 jobs.",
        "A spokesman for Harbor said the company would appeal.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        # before: each high with the ruling's passage, which names the judge and the company
        "who speaks for harbor",
        "who speaks for harbor marine",
        "who is the judge's clerk",
        "who is the court's clerk",
    ],
)
def test_a_role_no_one_holds_is_not_vouched_for(question: str) -> None:
    answer = searcher_for("boatyard", BOATYARD_STORY).ask(question)
    assert not (answer.confidence == "high" and "Judge" in answer.passages[0].text), question
