""" "what did the museum's chief say": one in charge asked with the owner of their role ("the
museum's chief", "the museum's head") is the one a story writes with that owner before a role
of theirs ("said Lena Park, the museum's director"), not someone read as a leader whose role
has another owner (the union's president, whom "chief" reached as a leader). On the base
the union's president, high: a wrong speaker (9probe15)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MUSEUM_STORY = "\n".join(
    [
        "The city's museum workers voted on Friday to strike over pay.",
        "“We will walk out on Monday if the offer does not improve,” said Ned Voss, the union's"
        " president.",
        "“The exhibit halls will stay open with volunteers,” said Lena Park, the museum's"
        " director.",
        "Visitors said they had not heard of the strike.",
    ]
)


@pytest.fixture(scope="module")
def museum():  # type: ignore[no-untyped-def]
    return searcher_for("museum", MUSEUM_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        # on the base: the union's president
        ("what did the museum's chief say", "Lena Park"),
        ("What did the museum's head say about the strike?", "Lena Park"),
        # guards: so on the base too
        ("what did the museum's director say", "Lena Park"),
        ("what did the union's boss say", "Ned Voss"),
        ("what did the union's chief say about the strike", "Ned Voss"),
    ],
)
def test_the_owner_says_whose_head(museum, typed: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert museum.ask(typed).asked_speaker == speaker
