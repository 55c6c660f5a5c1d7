"""A number dictated in words ("two hundred and thirty eight", "eighty five thousand", "two
thousand and nine") is read in figures as a story writes numbers of ten or more ("238",
"85,000", "2009"): in words, it matched nothing. "aloud to" before a verb is "allowed to"
("is he even aloud to run again"). Both in `chat.expand_shorthand`."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand


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
