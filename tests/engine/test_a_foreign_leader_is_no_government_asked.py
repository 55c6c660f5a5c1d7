""" "How is the administration getting around the Supreme Court ruling on Garcia?": a
government named by "the" and a word for the people around a leader, with no country or
owner, is the story's own country's (as "our president" is). A passage quoting only a foreign
leader ("Bukele said it would be “preposterous” ... despite a unanimous Supreme Court ruling",
"Salvadoran President" in a U.S. story) tells of his doing, not the administration's: it was
rated high, the passage of the Cabinet's reason second (fresh-87 r03). Now shown as the
closest, never vouched for; a passage quoting the story's own officials is, as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

VISIT_STORY = "\n".join(
    [
        "Chilean President Rosa Vidal visited the White House on Tuesday, her first trip to the"
        " United States since taking office.",
        "“She is a tremendous leader,” President Donald Trump said.",
        "The visit also came as the White House was told to arrange the release of Tomas Ortega,"
        " a Texas teacher it wrongly sent to a Chilean jail.",
        "During the visit, Vidal said it would be “absurd” for her to send Ortega back to the"
        " U.S. in spite of a unanimous Supreme Court ruling.",
        "Treasury Secretary Scott Bessent called the Supreme Court ruling a win and said it did"
        " not oblige the government to act because the court has no reach over a jail abroad.",
        "The two leaders also discussed copper tariffs.",
    ]
)


@pytest.fixture(scope="module")
def visit():  # type: ignore[no-untyped-def]
    return searcher_for("visit", VISIT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: high, on Vidal's passage
        "How's the administration dodging the Supreme Court ruling on Ortega? What's their"
        " argument?",
        # low on main as well
        "How is the administration dodging the Supreme Court ruling on Ortega?",
        "why is the administration sidestepping the unanimous Supreme Court ruling on Ortega",
    ],
)
def test_a_foreign_leaders_words_are_not_the_administrations(visit, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = visit.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("During the visit, Vidal said")
    assert answer.confidence == "low"


def test_the_own_officials_words_are_still_vouched_for(visit) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: the Treasury Secretary is of the story's own country
    answer = visit.ask("how did the administration justify ignoring the supreme court ruling")
    assert answer.passages[0].text.startswith("Treasury Secretary Scott Bessent")
    assert answer.confidence == "high"
