""" "Principal Victor Ames said ...": a capitalised title before a given name and a surname
whose most frequent sense is no person ("principal": a sum of money first, WordNet has a
school's head second; "chair": a seat first) is the person's role, as "Headmaster" is; on the
base "Principal Victor Ames" was the name whole, so "what did the principal say" found no one
(9probe16)."""

from __future__ import annotations

import pytest

from tests.engine.stories import people_and_roles, searcher_for

CONCERT_STORY = "\n".join(
    [
        "Brookside Middle School's band will play at the state fair in August.",
        "Principal Nadia Brennan said the school would pay for the bus. “Every child who plays"
        " goes, whatever their family can afford,” Brennan said.",
        "“We have rehearsed since March,” said band director Tom Ivers.",
        "“We will sell raffle tickets for new uniforms,” said Chair Lena Ortiz, who leads the"
        " parents' council.",
        "Principal Financial Group, a sponsor, gave $500.",
    ]
)


@pytest.fixture(scope="module")
def concert():  # type: ignore[no-untyped-def]
    return searcher_for("concert", CONCERT_STORY)


def test_the_title_is_a_role_not_part_of_the_name(concert):  # type: ignore[no-untyped-def]
    people = people_and_roles(concert)
    assert "principal" in people["Nadia Brennan"]
    assert "chair" in [role.lower() for role in people["Lena Ortiz"]]


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        ("what did the principal say", "Nadia Brennan"),
        ("did the principal say anything about the bus", "Nadia Brennan"),
        # the role before "of" and what it is of after: the school principal (WordNet's
        # "school principal"), not a qualifier of her own words to fit
        ("what did the principal of the school say", "Nadia Brennan"),
        ("what did the head of the school say", "Nadia Brennan"),
        # a guard: "said Chair Lena Ortiz" read on the base too (after a word in lower case)
        ("what did the chair say about uniforms", "Lena Ortiz"),
    ],
)
def test_asked_by_the_title(concert, typed, speaker):  # type: ignore[no-untyped-def]
    answer = concert.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker


def test_no_person_where_no_given_name_follows(concert):  # type: ignore[no-untyped-def]
    # a guard (so on the base): the sponsor's name is read whole, no one "Financial Group"
    assert "Financial Group" not in people_and_roles(concert)
