""" "is it safer to go there now according to our government": whose account is asked is the
asker's own government, a group the story may report the words of in other words (its State
Department's travel warning). "our" before a role or a body was not read as whose ("the
government" was), so the question was searched as a plain one and a passage naming another
country's government ("his government turned one of the most dangerous countries into the
safest", a historian's words) rated high (fresh-64 p03, "... according to our govt"). Now
"our" and "my" are read as "the" is before a role (`question._names_someone`, and
`_reported_group`): "our government" is searched, no passage vouched for as its words; "my
senator", a role the story gives no one, is refused. And "according to X" put before the
question with no comma ("according to the government is it safer ...") ends X at the
question's verb: it was read as someone named "the government is it safer", refused."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Prime Minister Ivo Marak of Veltria met President Joan Ruiz at the White House on Friday.",
        "“For Prime Minister Marak, the visit is a chance to show how his government turned one"
        " of the most dangerous countries into the safest in the region, which is expected to"
        " bring tourism and investment,” said Lena Ortiz, a historian at Tulane University.",
        "The State Department lowered its travel warning for Veltria to the lowest level last"
        " month.",
        "Veltria has a population of about 3 million.",
        "Marak was elected in 2019.",
    ]
)


@pytest.fixture(scope="module")
def visit():  # type: ignore[no-untyped-def]
    return searcher_for("veltria", VISIT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: high on the historian's words
        "is it safer to go there now according to our government",
        # on main: refused, "The story doesn't quote the government is it safer."
        "according to the government is it safer to go there",
        # a guard (low on main too)
        "according to our government is veltria safe now",
    ],
)
def test_our_government_is_searched_and_no_passage_vouched_for(visit, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = visit.ask(typed)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"
    assert any("travel warning" in p.text for p in answer.passages)


def test_my_role_no_one_holds_is_refused(visit) -> None:  # type: ignore[no-untyped-def]
    # on main: searched
    answer = visit.ask("what did my senator say about the visit")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote my senator."
