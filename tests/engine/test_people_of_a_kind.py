"""People named by what they are ("the prison guards", "the voters") asked for their words, on
a story of its own: refused when the story never tells of such people by any form of the word
(clear evidence it does not quote them), searched when it does ("the critics" of a story
telling who "criticized"), and never credited to anyone."""

from __future__ import annotations

import pytest

from bot.engine.question import people_of_a_kind
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

JAIL_STORY = "\n".join(
    [
        "The county closed the old Halden jail on Friday after years of complaints.",
        "“The building was falling apart,” Sheriff Dana Moss said.",
        "Some inmates' relatives criticized the move, saying the new prison is too far away.",
        "Members of the county board said the new prison would cost less to run.",
    ]
)


@pytest.fixture(scope="module")
def jail() -> Searcher:
    return searcher_for("jail", JAIL_STORY)


@pytest.mark.parametrize(
    ("who", "noun"),
    [
        ("the prison guards", "guards"),
        ("the voters", "voters"),
        ("the guards at the gate", "guards"),
        ("the deportees", "deportees"),  # a plural the lemma table lacks
        ("the prison", None),
        ("the gangs", None),  # a group, not a kind of person
        ("guards", None),  # not "the <kind>s": a word of the topic as likely
    ],
)
def test_people_of_a_kind_are_a_plural_noun_for_a_kind_of_person(
    who: str, noun: str | None
) -> None:
    assert people_of_a_kind(who) == noun


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what did the jail guards say", "the jail guards"),
        ("what did the voters say about the jail", "the voters"),
    ],
)
def test_people_the_story_never_tells_of_are_refused(
    jail: Searcher, question: str, who: str
) -> None:
    # Before: the closest passages, as if the sheriff's words might be theirs
    answer = jail.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


def test_the_cops_of_a_story_quoting_its_sheriff_are_searched(jail: Searcher) -> None:
    # "the cops" are the police (chat's word, written out), and the police of a county are
    # its sheriff's people: the sheriff speaking is no clear evidence the story quotes no
    # police (9refuse; before it, refused as a kind of people the story never tells of)
    answer = jail.ask("what did the cops say about the jail")
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert answer.passages[0].text.startswith("“The building was falling apart,”")


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("what did the critics say about the move", "criticized the move"),
        ("what did the inmates say", "inmates' relatives"),
    ],
)
def test_people_the_story_tells_of_are_searched_and_credited_to_no_one(
    jail: Searcher, question: str, fragment: str
) -> None:
    answer = jail.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low" and answer.asked_speaker is None
    assert fragment in answer.passages[0].text


def test_people_the_story_tells_of_as_speaking_are_its_answer(jail: Searcher) -> None:
    # "Members of the county board said ...": the passage reports their words, so it may be
    # vouched for, though no one of them is a person the story names
    answer = jail.ask("what did the board members say about the new prison")
    assert answer.confidence == "high" and answer.asked_speaker is None
    assert "Members of the county board said" in answer.passages[0].text
