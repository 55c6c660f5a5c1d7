"""Whom a question asks for by a word for one in charge other than the story's ("the union
boss", "the union chief", "the union leadership", "the school leader") is read through
WordNet's senses as the story's person in charge of what the words qualify it by: "boss"
and "chief" each have a sense that is a kind of leader, "leadership" is WordNet's group of
leaders ({leadership, leaders}), and a school's head is its principal ({principal, school
principal, head teacher, head}: "the educator who has executive authority for a school").
"the school principal" is the story's "Eastfield's principal" ("school principal" is one of
the role's own words). A role WordNet has as one noun with its qualifier ("the fire chief")
keeps its own reading, and a role the story gives nobody is refused as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

HOSPITAL_STORY = "\n".join(
    [
        "Nurses at Marlow General Hospital voted on Tuesday to strike next month over"
        " staffing, the hospital said.",
        "Odile Ferrante, who worked night shifts in the cardiac ward for 15 years and now"
        " leads the nurses' union, said wards were running with half the nurses they need."
        " “We are one sick day away from closing a floor,” Ferrante said.",
        "Eastfield's principal, Tobias Grell, said the school's nurse would be among those"
        " walking out. “Our students will have no one to see when they feel ill,” Grell said.",
        "Fire Chief Rhona Patel said ambulances might be sent to the next county during the"
        " strike. “Every minute on the road counts,” Patel said.",
        "The hospital's chief executive, Anders Kaye, said talks would resume on Friday.",
    ]
)


@pytest.fixture(scope="module")
def hospital() -> Searcher:
    return searcher_for("hospital", HOSPITAL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the union boss say about staffing",
        "what did the nurses union chief say",
        "how did the union leadership react to the vote",
        "what did the boss of the union say",
    ],
)
def test_one_in_charge_of_a_union_is_its_leader(hospital: Searcher, question: str) -> None:
    answer = asked_for_words(hospital, question, "Odile Ferrante")
    assert "one sick day" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "what did the school leader say about the strike",
        "what did the school principal say",
        "what did the school chief say about the nurse",
    ],
)
def test_one_in_charge_of_a_school_is_its_principal(hospital: Searcher, question: str) -> None:
    answer = asked_for_words(hospital, question, "Tobias Grell")
    assert "no one to see" in answer.passages[0].text


def test_a_role_of_its_own_keeps_its_reading(hospital: Searcher) -> None:
    """ "fire chief" is one noun of WordNet's: the story's fire chief, not a leader of fire."""
    asked_for_words(hospital, "what did the fire chief say about ambulances", "Rhona Patel")


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what did the union president say", "The story doesn't quote the union president"),
        ("what did the opposition say about the strike", "The story doesn't mention"),
        ("how did the stock market react to the strike", "The story doesn't mention"),
    ],
)
def test_a_role_the_story_gives_nobody_is_refused(
    hospital: Searcher, question: str, reason: str
) -> None:
    answer = hospital.ask(question)
    assert not answer.answered
    assert answer.reason is not None
    assert answer.reason.startswith(reason), answer.reason


CANNERY_STORY = "\n".join(
    [
        "The Pellworth cannery will close its second line in June, the company said.",
        "The company's chief executive, Lorna Vesey, said sardine catches had fallen for three"
        " years. “We cannot can fish that is not in the sea,” Vesey said.",
        "Emil Drago, who leads the cannery workers' union, said 80 jobs would go. “These are"
        " families who have worked this line for generations,” Drago said.",
    ]
)


def test_a_boss_the_story_describes_in_a_role_of_its_own() -> None:
    """ "the company's boss" describes its chief executive ("boss" is a "chief" in WordNet):
    read so, not as a leader of the company; "the union boss" is the union's leader."""
    cannery = searcher_for("cannery", CANNERY_STORY)
    asked_for_words(cannery, "what did the company's boss say about the catches", "Lorna Vesey")
    asked_for_words(cannery, "what did the union boss say about the jobs", "Emil Drago")
