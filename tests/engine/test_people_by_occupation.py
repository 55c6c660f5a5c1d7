"""People a story introduces by what they do ("lighthouse keeper Tomas Berg", "Ines Duarte, a
pharmacist,") are people, and their words theirs; an occupation that names nobody, or someone
else, credits nobody."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import people_and_roles as people
from tests.engine.stories import searcher_for, speakers_of

OPENING = "Ferries to the outer islands ran late all week as fog settled over the harbour."
CLOSING = "The harbour office expects the fog to lift by Sunday."


def harbour(*paragraphs: str) -> Searcher:
    return searcher_for("harbour", "\n".join([OPENING, *paragraphs, CLOSING]))


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        # Before: nobody in the story, the quotation nobody's
        (
            "“We have not seen fog like this in years,” lighthouse keeper Tomas Berg said.",
            "Tomas Berg",
            "lighthouse keeper",
        ),
        (
            "“We have not seen fog like this in years,” Tomas Berg, a lighthouse keeper, said.",
            "Tomas Berg",
            "lighthouse keeper",
        ),
        (
            "Tomas Berg, a lighthouse keeper on the point, said fog like this was rare.",
            "Tomas Berg",
            "lighthouse keeper",
        ),
        ("Tomas Berg, a fisherman, said fog like this was rare.", "Tomas Berg", "fisherman"),
        (
            "“We have not seen fog like this in years,” skipper Tomas Berg said.",
            "Tomas Berg",
            "skipper",
        ),
        # Before: a person named "Fisherman Tomas Berg"
        ("Fisherman Tomas Berg said fog like this was rare.", "Tomas Berg", "fisherman"),
        (
            "“We have not seen fog like this in years,” said ferry captain Tomas Berg.",
            "Tomas Berg",
            "ferry captain",
        ),
    ],
)
def test_someone_introduced_by_their_occupation_is_a_person_and_the_speaker(
    paragraph: str, name: str, role: str
) -> None:
    searcher = harbour(paragraph)
    assert list(people(searcher)) == [name]
    assert role in people(searcher)[name]
    assert speakers_of(searcher, "fog like this") == [name]
    answer = searcher.ask("what did berg say about the fog")
    assert answer.asked_speaker == name
    assert [q.speaker for q in answer.passages[0].quotes] == [name]


def test_the_occupation_later_stands_for_the_person_it_introduced() -> None:
    searcher = harbour(
        "Ines Duarte, a pharmacist, said the ferry had not brought medicine since Monday.",
        "“We have run out of insulin twice,” the pharmacist said.",
    )
    assert speakers_of(searcher, "insulin") == ["Ines Duarte"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We have not seen fog like this in years,” a fisherman said.",
        "“We have not seen fog like this in years,” fishermen said.",
        "“We have not seen fog like this in years,” a Nordline engineer said.",
        "“We have not seen fog like this in years,” Nordline engineers said.",
        "Fishermen said fog like this was rare.",
    ],
)
def test_an_occupation_that_names_nobody_credits_nobody(paragraph: str) -> None:
    searcher = harbour(paragraph)
    assert people(searcher) == {}
    assert speakers_of(searcher, "fog like this") == [None]


def test_someone_elses_employee_or_neighbour_is_not_them() -> None:
    searcher = harbour(
        "Lighthouse keeper Tomas Berg has kept the lamp lit for a week.",
        "“He has not slept,” Berg's assistant said.",
        "“The lamp never went out,” Berg's neighbour said.",
    )
    assert list(people(searcher)) == ["Tomas Berg"]
    assert speakers_of(searcher, "slept") == [None]
    assert speakers_of(searcher, "lamp never") == [None]


def test_an_organisation_before_an_occupation_is_no_person() -> None:
    searcher = harbour("“The radar failed twice,” Nordline engineer Kari Dahl said.")
    assert people(searcher) == {"Kari Dahl": ("Nordline engineer", "engineer")}
    assert speakers_of(searcher, "radar") == ["Kari Dahl"]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a first name that is also an occupation, or a word that is no occupation: the name whole
        ("Hunter Ames said fog like this was rare.", "Hunter Ames"),
        ("Hunter S. Thompson said fog like this was rare.", "Hunter S. Thompson"),
        ("Summer Olsen said fog like this was rare.", "Summer Olsen"),
    ],
)
def test_a_capitalised_word_opening_a_sentence_is_a_role_only_when_it_is_an_occupation(
    paragraph: str, name: str
) -> None:
    searcher = harbour(paragraph)
    assert list(people(searcher)) == [name]
    assert speakers_of(searcher, "fog like this") == [name]


def test_an_occupation_before_a_lone_surname_opening_a_sentence_is_part_of_the_name() -> None:
    # "Baker Holm" may be a first name and a surname: not "Holm", who might be Ana Holm
    searcher = harbour(
        "“Nobody comes out in this,” café owner Ana Holm said.",
        "Baker Holm said the fog was bad for trade.",
    )
    assert speakers_of(searcher, "Nobody comes") == ["Ana Holm"]
    assert speakers_of(searcher, "bad for trade") != ["Ana Holm"]


def test_a_noun_heading_a_clause_about_someone_is_not_their_role() -> None:
    searcher = harbour(
        "Tomas Berg praised the nurse Ines Duarte hired last spring.",
        "“She came out in the fog every night,” the nurse said.",
    )
    assert speakers_of(searcher, "every night") == [None]


def test_a_verb_before_a_name_is_not_their_occupation() -> None:
    searcher = harbour(
        "The harbour office will host Ines Duarte on Friday.",
        "“Everyone is welcome,” the host said.",
    )
    assert speakers_of(searcher, "welcome") == [None]


def test_the_occupation_of_someone_an_appositive_relates_them_to_is_not_theirs() -> None:
    searcher = harbour(
        "Tomas Berg, a fisherman's son, said the fog had kept the boats in for days.",
        "“It is the worst week of the year,” the fisherman said.",
    )
    assert speakers_of(searcher, "boats in") == ["Tomas Berg"]
    assert speakers_of(searcher, "worst week") == [None]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We have not seen fog like this in years,” conservative Republicans said.",
        "“We have not seen fog like this in years,” rival Nordline said.",
        "“We have not seen fog like this in years,” partner Nordline Shipping Company said.",
    ],
)
def test_an_adjective_or_an_organisation_after_a_noun_for_a_person_is_no_person(
    paragraph: str,
) -> None:
    searcher = harbour(paragraph)
    assert people(searcher) == {}
    assert speakers_of(searcher, "fog like this") == [None]


def test_an_occupation_opening_a_sentence_before_no_given_name_is_part_of_that_name() -> None:
    # "guardian" most often names a person; "Life Insurance" is nobody's name
    searcher = harbour("Guardian Life Insurance said the ferry claims would be paid in full.")
    assert "Life Insurance" not in people(searcher)


def test_two_people_each_with_their_occupation_speak_together_not_alone() -> None:
    # Before: credited to the second alone (with titles too: "X, a lawyer, and Y, a professor,")
    searcher = harbour(
        "Tomas Berg, a fisherman, and Ines Duarte, a pharmacist, said the ferries should stop."
    )
    assert set(people(searcher)) == {"Tomas Berg", "Ines Duarte"}
    assert speakers_of(searcher, "ferries should stop") == [None]
