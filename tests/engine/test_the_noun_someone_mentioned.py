""" "whats the catch the professor mentioned": a noun, then a relative clause whose subject
(opening with an article or an owner's word) names whose words they are. Typed with "whats" or
"what's" (no "is" the passive reading sees) the whole "the catch the professor" was read as
the speaker, someone the story never quotes, and the question refused ("The story doesn't
quote the catch the professor."); with "what was" only the listed heads ("thing", "part",
"line", ...) were read so, and "the one thing the union leader mentioned" took "one" for the
head ("doesn't quote thing the union leader"). Found reading fresh-68 r07 ("ok but whats the
catch the professor mentioned, why not just celebrate it", not refused itself: the words after
the comma make it a plain question)."""

from __future__ import annotations

import pytest

from tests.engine.stories import FERRY_STRIKE, searcher_for

STRIKE_STORY = "\n".join(
    [
        FERRY_STRIKE,
        "Port commissioner Alan Pryce said the reduced ferry service would run every two hours.",
    ]
)


@pytest.fixture(scope="module")
def strike():  # type: ignore[no-untyped-def]
    return searcher_for("strike", STRIKE_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        # refused on main: "The story doesn't quote the catch the union leader."
        ("whats the catch the union leader mentioned", "Dana Moreau"),
        ("what's the offer the executive mentioned", "Victor Hale"),
        # searched as a plain question on main
        ("what was the catch the union leader mentioned", "Dana Moreau"),
        # refused on main: "doesn't quote thing the union leader"
        ("what is the one thing the union leader mentioned", "Dana Moreau"),
        # guards, as on main: a listed head before a name; "what's" for "what has"
        ("what was the first thing hale said", "Victor Hale"),
        ("what's the port commissioner said about the ferries", "Alan Pryce"),
    ],
)
def test_the_words_of_whom_a_relative_clause_after_a_noun_names(
    strike,  # type: ignore[no-untyped-def]
    typed: str,
    speaker: str,
) -> None:
    answer = strike.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
