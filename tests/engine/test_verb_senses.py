"""A verb typed in a sense other than its most frequent: the story's own word for it, among
the words WordNet has for any of the verb's senses, picked by closeness in meaning ("held"
is "keep" first; a story of arrests says "detained")."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import shared_wordnet
from tests.engine.stories import searcher_for

HARBOUR = "\n".join(
    [
        "Harbor City, Ore. -- Harbour police detained fourteen fishermen on Tuesday after a "
        "clash at the north pier, officials said.",
        "The mayor, Linda Okafor, said the town would rebuild the pier before the summer "
        "season and keep the market open.",
        '"We will not let one bad night define this harbour," Okafor said at a news conference.',
        "The sheriff, Tom Reyes, said the men had thrown crates at the officers and damaged "
        "two boats.",
        "A judge will hear the case next month; the fishermen's union called the clash a "
        "misunderstanding.",
        "Prices at the fish market stayed steady all week, traders said.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "how many fishermen are being held",
        "why were the fishermen held",
        "how many people were held at the pier",
    ],
)
def test_held_finds_the_story_s_detained(question: str) -> None:
    answer = searcher_for("harbour-held", HARBOUR).ask(question)
    assert answer.passages[0].paragraph == 1
    assert "detained fourteen fishermen" in answer.passages[0].text
    # for the ranking only: the confidence model does not count the bridge
    assert answer.confidence == "low"


def test_a_verb_s_senses_two_steps_out_reach_detain() -> None:
    wordnet = shared_wordnet()
    if wordnet is None:
        pytest.skip("WordNet is not installed")
    assert "detain" in wordnet.verb_sense_words("held")
    assert "keep" in wordnet.verb_sense_words("held")


VALLEY = "\n".join(
    [
        "Marlow, Ore. -- The county imprisoned six protesters after the dam rally on Friday, "
        "the sheriff's office said.",
        "Organisers said the rally drew more than 400 people to the valley road.",
        "The dam's owner, Ridge Power, said the protesters had cut a fence and blocked trucks.",
        "A spokesman for the protesters, Dan Iles, said the group would keep up its campaign.",
        "The county board meets on Monday to discuss the dam's permit.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["how many people were locked up", "were people locked up"],
)
def test_locked_up_finds_the_story_s_imprisoned(question: str) -> None:
    # "lock up" is "put away", whose sense is "imprison": two steps in WordNet
    answer = searcher_for("valley-locked", VALLEY).ask(question)
    assert "imprisoned six protesters" in answer.passages[0].text
    assert answer.confidence == "low"


SCHOOL = "\n".join(
    [
        "Dunmore, Pa. -- The school board voted on Thursday to close two elementary schools "
        "by next fall, saving about $3 million a year.",
        "Parents packed the meeting and several asked for more attention to bus routes.",
        "Teachers at the two schools will move to Lincoln Elementary in the fall.",
        '"Our budget is the problem we have to solve first," board president Alan Kerr said.',
        "Teachers' safety concerns about the crowded buildings were not on the agenda, "
        "the union said.",
        "The district will hold a second hearing on the plan in March.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "they don't even care about the teachers, do they",
        "the board doesnt really care abt teachers right",
    ],
)
def test_a_base_verb_after_does_reaches_a_rarer_sense(question: str) -> None:
    # "care" is "attention" in its two most frequent senses; "concern" is a word of its
    # fifth verb sense's "worry", which the story's "concerns" picks
    answer = searcher_for("school-care", SCHOOL).ask(question)
    assert "concerns about the crowded" in answer.passages[0].text


def test_care_s_verb_senses_two_steps_out_reach_concern() -> None:
    wordnet = shared_wordnet()
    if wordnet is None:
        pytest.skip("WordNet is not installed")
    # "worry, care" (its fifth verb sense) and "worry"'s "concern, interest, occupy, worry"
    assert {"concern", "worry"} <= wordnet.verb_sense_words("care")
