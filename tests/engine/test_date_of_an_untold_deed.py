"""A date asked of a deed ("when did the council ditch the tenants for Hartwell") is not
vouched for by a passage that tells the deed in no form: its date ("Hartwell building a clinic
... four years ago") dates something else it tells. A passage telling the deed ("built", of
"build") answers, and so does one dating the thing whose coming about is asked ("when did the
curfew start" of "A curfew imposed in June 2021"), or a deed of the subject told in other words
(the clause of its date names the subject: "when did Hartwell drop that clinic on them")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import SCHOOL_CLOSING, searcher_for

STORY = "\n".join(
    [
        "Tenants in the Eastmere district packed the council chamber on Thursday night.",
        "The council has been criticized for its close ties to the builder Hartwell at the"
        " expense of the tenants' association, with Hartwell building a new clinic and a sports"
        " hall in the district four years ago as a “gift” to residents.",
        "A curfew imposed on the district in June 2021 remains in place, residents said.",
        "“We were never asked,” said association secretary Noor Haddad.",
    ]
)


@pytest.fixture(scope="module")
def eastmere() -> Searcher:
    return searcher_for("eastmere", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "when did the council ditch the tenants association for hartwell",
        "so when did the council drop the tenants for hartwell??",
    ],
)
def test_a_date_of_another_deed_is_not_vouched_for(eastmere: Searcher, question: str) -> None:
    answer = eastmere.ask(question)
    assert answer.answered and answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("when did hartwell build the clinic", "four years ago"),
        ("when did the curfew start", "June 2021"),
        # the subject's own deed in other words: the date's clause names Hartwell
        ("when did hartwell drop that clinic on them", "four years ago"),
    ],
)
def test_a_date_of_the_deed_asked_answers(eastmere: Searcher, question: str, held: str) -> None:
    answer = eastmere.ask(question)
    assert answer.confidence == "high"
    assert held in answer.passages[0].text


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("brackwater", SCHOOL_CLOSING)


@pytest.mark.parametrize(
    "question",
    [
        "when did the board realize the harlow deal was a mistake",
        "when did the board admit the harlow sale was wrong",
    ],
)
def test_an_undated_deed_in_another_story_is_not_vouched_for(
    school: Searcher, question: str
) -> None:
    answer = school.ask(question)
    assert answer.answered and answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("when did the district sell the harlow campus", "2017"),
        ("when did the board vote to close elm street", "Monday"),
        ("when did the developer buy the harlow campus", "2017"),
    ],
)
def test_a_dated_deed_in_another_story_answers(school: Searcher, question: str, held: str) -> None:
    answer = school.ask(question)
    assert answer.confidence == "high"
    assert held in answer.passages[0].text
