""" "trump quote from april 7 about the money? he said hes 'in' or something": the words after
"quote from" (as after "comments from", "statement from") say whose the words are, but a date
or a weekday ("april 7", "Monday", "sunday", "last week") says when they were said, no one's
name. "April" a first name, "april 7" was read as someone the story does not quote and the
question refused ("The story doesn't quote april 7."), though the name before the noun ("trump
quote") says whose words are asked (fresh-75 s07); so were "Monday" and "sunday". A month alone
stays a name it may be ("what did April say")."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

FERRY_STORY = "\n".join(
    [
        "The island's ferry service will run a winter timetable from next month, the harbour"
        " board announced.",
        "“We can keep the boats running all winter if the county pays its share,” harbour master"
        " Dana Whitcombe said on June 4.",
        "County treasurer Malik Osei said the county had set aside $2 million for the service.",
        "“Nobody on the island should be cut off because of the weather,” Osei added.",
        "Whitcombe said the new boats would carry 300 passengers each.",
    ]
)


@pytest.fixture(scope="module")
def ferry():  # type: ignore[no-untyped-def]
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused, "The story doesn't quote april 2."
        "whitcombe quote from april 2 about the county paying?",
        # on main: refused, "The story doesn't quote Monday."
        "whitcombe quote from Monday about keeping the boats running?",
        # on main: refused, "The story doesn't quote April 30th."
        "whitcombe statement from April 30th on the county's share?",
        # on main: refused, "The story doesn't quote sunday."
        "whitcombe comments from sunday about the winter timetable",
        # a guard, as on main: "june 4" names no one ("june" an English word)
        "whitcombe remarks from june 4 on the county",
    ],
)
def test_the_when_after_from_is_no_one(ferry, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = asked_for_words(ferry, typed, "Dana Whitcombe")
    assert answer.passages[0].text.startswith("“We can keep the boats running")


def test_a_month_alone_may_still_be_a_name(ferry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: April is no one the story quotes
    answer = ferry.ask("what did April say about the ferry?")
    assert not answer.answered
    assert "April" in (answer.reason or "")
