"""Initials members type for a phrase the story writes in lower case ("SoE", "soe": its "state
of emergency"), or for a name of two capitalised words ("WH": White House): searched for the
phrase's words, weighed below the question's own; never English words, nor the code of a
country or a US state."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FLOOD = "\n".join(
    [
        "The council declared a state of emergency on Friday after the river burst its banks.",
        "A boil water notice stays in force for the lower town, the water board said.",
        "Planners blamed urban sprawl along the river for the worse flooding.",
        "Mayor Dana Whitfield said the town would help anyone who lost a home.",
        "Nobody from the White House has visited the town, the mayor said.",
        "Families will get cash aid from the county within a week.",
        "The ferry will keep its summer timetable.",
        "The annual river meeting was put off until spring.",
    ]
)


@pytest.fixture(scope="module")
def flood() -> Searcher:
    return searcher_for("flood", FLOOD)


def first(searcher: Searcher, question: str) -> int:
    answer = searcher.ask(question)
    assert answer.answered, (question, answer.reason)
    return answer.passages[0].paragraph


def test_initials_of_a_lower_case_phrase_find_it(flood: Searcher) -> None:
    """Before, "SoE" was a name the story never uses ("The story doesn't mention SoE."), and
    "bwn" a word it lacks: the passage holding "lower town" came first."""
    assert first(flood, "when was the SoE declared") == 1
    assert first(flood, "is the bwn still on") == 2
    assert first(flood, "is the BWN still on") == 2


def test_two_capitals_of_a_name_the_story_spells_out(flood: Searcher) -> None:
    answer = flood.ask("what does the WH think of the mayor")
    assert (answer.confidence, answer.passages[0].paragraph) == ("high", 5)


def test_a_country_or_state_code_is_no_phrase_s_initials(flood: Searcher) -> None:
    """ "CA" is California (or Canada), not the story's "cash aid": the county's payments are
    no answer to what it is doing (read as "cash aid", they were one, rated high)."""
    assert flood.ask("what is CA doing").confidence == "low"


def test_letters_that_spell_no_phrase_of_the_story_are_still_refused(flood: Searcher) -> None:
    assert flood.ask("what is the SE").reason == "The story doesn't mention SE."
    assert flood.ask("what did the NTSB say").reason == "The story doesn't quote the NTSB."


def test_english_words_are_never_read_as_initials(flood: Searcher) -> None:
    """ "us" and "US" are the initials of the story's "urban sprawl", "arm" its "annual
    river meeting", but words first: the flooding's passage is found by its own words, and
    "US" stays a name the story never uses."""
    assert first(flood, "will the flooding hurt us") == 3
    # "arm": the story's "annual river meeting" read as initials came first
    assert first(flood, "did anyone break an arm") != 8
    assert flood.ask("is the US to blame").reason == "The story doesn't mention US."


def test_words_that_meet_by_chance_are_no_phrase() -> None:
    """ "river town" stands once among six passages on the river and six on the town: words
    that happen to meet, whose initials no one types for them; "RT" is a name the story never
    uses. The river board's "RB" is its phrase (the board's one passage holds it), as the
    "flood-relief fund" is "FRF"."""
    searcher = searcher_for(
        "river",
        "\n".join(
            [
                "The river rose overnight and the town woke to flooded streets.",
                "Boats crossed the river where the town square had been.",
                "The river board said the town would be dry by Sunday.",
                "Shops in the town closed while the river stayed high.",
                "The town hall opened as a shelter as the river spread.",
                "Children in the river town were sent to schools upstream.",
                "Donations to a flood-relief fund opened on Monday.",
                "Crews worked over the weekend keeping the roads clear.",
                "Volunteers rowed boats over rooftops to reach people.",
            ]
        ),
    )
    assert searcher.ask("what did the RT do").reason == "The story doesn't mention RT."
    assert first(searcher, "what did the RB say") == 3
    assert first(searcher, "what did RB say") == 3  # before: "The story doesn't quote RB."
    assert first(searcher, "when did the FRF open") == 7  # a hyphen joins two of its words
    # no name of a thing: a phrase of a preposition, a verb and its object
    assert searcher.ask("what did OTW say").reason == "The story doesn't quote OTW."
    assert searcher.ask("what did KTR say").reason == "The story doesn't quote KTR."
    assert searcher.ask("is the BOR over").reason == "The story doesn't mention BOR."
