""" "What has X agreed to do with Y" asks which deed they agreed to: "do" stands for it, so a
passage telling they agreed to any deed ("The shelter has agreed to accept dogs seized from
the breeder") answers, as it does asked in the deed's own words; only a deed asked by its
verb ("did the shelter agree to put down the dogs") is checked against the one told
(`test_agreed_to_something_else.py`)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

AGREED = (
    "A judge ordered the Colfax breeder to hand over every animal on the farm by Friday. The"
    " Marrow Hill shelter has agreed to accept dogs seized from the breeder, having so far"
    " housed more than 60 in kennels just outside the town of Ardley."
)
STORY = "\n".join(
    [
        "County officers raided a dog breeding farm near Colfax last week.",
        "“The conditions were the worst I have seen in twenty years,” said officer Dana Pruitt.",
        AGREED,
        "Volunteers at the shelter worked through the weekend to clean the kennels.",
        "The breeder faces eleven counts of animal cruelty in county court.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what has the marrow hill shelter agreed to do with the dogs seized from the breeder",
        "what did the shelter agree to do with the seized dogs?",
    ],
)
def test_the_deed_agreed_answers(question: str) -> None:
    searcher = searcher_for("colfax-dogs", STORY)
    answer = searcher.ask(question)
    assert answer.passages[0].text == AGREED
    assert answer.confidence == "high"


def test_another_deed_asked_by_its_verb_is_still_checked() -> None:
    """Passes on main too."""
    searcher = searcher_for("colfax-dogs", STORY)
    answer = searcher.ask("did the shelter agree to put down the seized dogs")
    assert not (answer.confidence == "high" and answer.passages[0].text == AGREED)
