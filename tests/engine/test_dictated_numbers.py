"""A number dictated in words ("two hundred and thirty eight", "eighty five thousand", "two
thousand and nine") is read in figures as a story writes numbers of ten or more ("238",
"85,000", "2009"): in words, it matched nothing. "aloud to" before a verb is "allowed to"
("is he even aloud to run again"). Both in `chat.expand_shorthand`."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from tests.engine.stories import searcher_for


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("did two hundred and thirty eight trucks cross", "did 238 trucks cross"),
        ("was it eighty five thousand", "was it 85,000"),
        ("was it in two thousand and nine", "was it in 2009"),
        ("about twenty-one people", "about 21 people"),
        ("three thousand five hundred", "3,500"),
        ("is he even aloud to run again", "is he even allowed to run again"),
        # as typed: small numbers a story spells, years, a bare "hundred", reading aloud
        ("for six weeks", "for six weeks"),
        ("one of them", "one of them"),
        ("back in nineteen eighty four", "back in nineteen eighty four"),
        ("a hundred people", "a hundred people"),
        ("hundreds of them", "hundreds of them"),
        ("she read it aloud to the class", "she read it aloud to the class"),
    ],
)
def test_dictated_numbers_and_homophones(typed: str, read: str) -> None:
    assert expand_shorthand(typed) == read


HARBOR_STORY = "\n".join(
    [
        "Port director Valentina Okafor-Brandt announced on Monday that the Eastgate harbor will"
        " close to all boats for six weeks starting June 2 so its main channel can be dredged.",
        "Desmond Kilbride, who heads the Eastgate fishing cooperative, said the closure would"
        " cost his 238 members about $1.2 million in lost catch.",
        "The city council voted 7-2 on Thursday to allow the closure.",
        "The harbor last closed for dredging in 2009.",
    ]
)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # a guess offered last is no topic word: the passage holding the figure answers it
        ("when did the harbor last close was it 2009", "in 2009"),
        ("when did the harbor last close was it two thousand and nine", "in 2009"),
        ("how many members does the co-op have two hundred and thirty eight", "238 members"),
    ],
)
def test_a_figure_guessed_last_is_answered_by_the_passage_telling_it(
    question: str, told: str
) -> None:
    answer = searcher_for("harbor", HARBOR_STORY).ask(question)
    assert told in answer.passages[0].text
    assert answer.confidence == "high"


MILL_STORY = "\n".join(
    [
        "The Harlow mill closed on Friday after ninety years.",
        "“The mill fed this town for ninety years,” said Ruth Brandt, who worked there.",
        "The owners blamed the price of power, said spokesman Carl Ode.",
        "Some two hundred and forty workers lost their jobs.",
    ]
)


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("who said the mill fed the town for ninety years", "ninety"),
        ("did two hundred and forty workers lose their jobs", "two hundred and forty"),
    ],
)
def test_a_number_the_story_writes_in_words_is_searched_in_words(question: str, held: str) -> None:
    """A story that writes its numbers in words ("ninety years") is searched for the words
    asked: in figures ("90"), they matched nothing of it (the first passage's number was not
    among the words it was found by)."""
    first = searcher_for("mill", MILL_STORY).ask(question).passages[0]
    at = first.text.index(held)
    assert any(h.start <= at < h.end for h in first.highlights)
