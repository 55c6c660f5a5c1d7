"""A role asked with its owner after it ("the chief of staff for the mayor", "the aide to the
governor", "the lawyer of the dock workers union") is read as the same role owned before it
("the mayor's chief of staff") is: whom the owner's role names, held only by one whose role the
story gives that owner. Before, speaker words of more than six words were too long to name
anyone, so "the chief of staff for the mayor" was no speaker asked and the question was
answered high with the words of the story's one chief of staff, the governor's; and "to" and
"of" were not read as tying a role to its owner, in a question or next to a name in a story
("Dina Holt, chief of staff to Governor Ray Munson")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for
from tests.engine.test_owned_role_is_theirs import VERDICT_STORY

STRIKE_STORY = "\n".join(
    [
        "Dockworkers at the Port of Callaway walked off the job on Friday after talks with the"
        " shipping lines broke down over pensions.",
        "Dina Holt, chief of staff to Governor Ray Munson, said the state would not step in"
        " “while both sides are still at the table.”",
        "The union's lawyer, Marco Bell, said the shipping lines had “walked away from a deal"
        " they signed in March.”",
        "Ellen Price, a spokeswoman for the shipping lines, said the companies had offered"
        " a raise of four percent.",
        "Harbor pilot Ken Osei said ships were already waiting off the breakwater.",
    ]
)


@pytest.fixture(scope="module")
def strike() -> Searcher:
    return searcher_for("strike-owners", STRIKE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: each answered high with Dina Holt's words, the governor's chief of staff
        "what did the chief of staff for the mayor say",
        "what did the chief of staff to the mayor say about the strike",
        "what did the chief of staff of the port director say",
        # before: high with Holt's words too, her owner written after "to" not read
        "what did the mayor's chief of staff say",
    ],
)
def test_a_role_for_another_owner_is_not_theirs(strike: Searcher, question: str) -> None:
    answer = strike.ask(question)
    assert answer.asked_speaker != "Dina Holt", question
    assert not answer.answered, question
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote"), question


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        # before: answered as a plain question, no speaker asked
        ("what did the chief of staff to the governor say", "Dina Holt", "Dina Holt"),
        ("what did the chief of staff for the governor say", "Dina Holt", "Dina Holt"),
        ("what did the lawyer of the dock workers union say", "Marco Bell", "The union's"),
        ("what did the spokeswoman for the big shipping lines say", "Ellen Price", "Ellen Price"),
        # as before
        ("what did the governor's chief of staff say", "Dina Holt", "Dina Holt"),
        ("what did the union's lawyer say", "Marco Bell", "The union's"),
    ],
)
def test_a_role_for_its_owner_is_their_holder(
    strike: Searcher, question: str, speaker: str, opening: str
) -> None:
    answer = strike.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


def test_a_long_question_that_names_no_role_is_not_a_speakers(strike: Searcher) -> None:
    # more than six words, but no role tied to its owner: searched as before
    answer = strike.ask("what did the ships waiting off the breakwater for days say")
    assert answer.asked_speaker is None


@pytest.fixture(scope="module")
def verdict() -> Searcher:
    return searcher_for("verdict-tied", VERDICT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: answered high with the mayor's chief of staff's words
        "what did the chief of staff for the governor say",
        "what did the chief of staff to the governor say about the verdict",
    ],
)
def test_the_governors_chief_of_staff_is_not_the_mayors(verdict: Searcher, question: str) -> None:
    answer = verdict.ask(question)
    assert answer.asked_speaker != "Greg Pham", question
    assert not answer.answered, question


def test_the_mayors_chief_of_staff_asked_after_the_role(verdict: Searcher) -> None:
    answer = verdict.ask("what did the chief of staff for the mayor say")
    assert answer.confidence == "high"
    assert answer.asked_speaker == "Greg Pham"


ZONING_STORY = "\n".join(
    [
        "The Elm Park planning board voted 4-1 on Wednesday to let a developer build 80"
        " townhouses on the old dairy farm north of the river.",
        "The developer's attorney, Lena Fisk, said the homes would be ready by the fall of 2027.",
        "The neighbors' lawyer, Omar Haddad, said they would ask a judge to block the vote.",
        "Board member Carla Ruiz, the only one to vote no, said the roads could not take the"
        " traffic.",
    ]
)


@pytest.fixture(scope="module")
def zoning() -> Searcher:
    return searcher_for("zoning-owners", ZONING_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        # before: each shown low, or refused, the other side's lawyer read first and dropped
        ("what did the developer's lawyer say", "Lena Fisk", "The developer's attorney"),
        ("what did the lawyer for the developer say", "Lena Fisk", "The developer's attorney"),
        ("what did the attorney for the neighbors say", "Omar Haddad", "The neighbors' lawyer"),
        ("what did the neighbors attorney say", "Omar Haddad", "The neighbors' lawyer"),
        # as before
        ("what did the neighbors' lawyer say", "Omar Haddad", "The neighbors' lawyer"),
        ("what did the developer's attorney say", "Lena Fisk", "The developer's attorney"),
    ],
)
def test_a_lawyer_is_an_attorney_of_the_same_owner(
    zoning: Searcher, question: str, speaker: str, opening: str
) -> None:
    answer = zoning.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


def test_the_lawyer_of_an_owner_not_quoted_is_no_one(zoning: Searcher) -> None:
    answer = zoning.ask("what did the board's lawyer say")
    assert answer.asked_speaker not in {"Lena Fisk", "Omar Haddad"}
