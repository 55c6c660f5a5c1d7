""" "Per Flores-Macias, what signal does Washington send by ...?": "per" opening a message is
capitalised as its first word, and no dictionary lists it, so it was read as the first word of
a name the story never uses ("The story doesn't mention Per Flores-Macias") though the reading
had taken it for the word asking whose words. "Has Foggy Bottom changed its guidance for
Americans traveling to El Salvador?": a place news writes for the body housed there, which
WordNet defines as that body's name ("United States Department of State, which is housed
..."); the story tells what "the State Department" did, so the question is searched, not
refused as of a thing never mentioned (fresh-71 s01, p07)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

ADVISORY_STORY = "\n".join(
    [
        "Prime Minister Ana Duarte of Belize visited Washington on Tuesday to discuss trade.",
        "The State Department has also lowered its travel advisory on Belize to the lowest"
        " level, a boost for the country's tourism from American travelers.",
        "“Lowering the advisory tells every cruise line that Belize is open for business,”"
        " said Marco Ruiz, an economist at Tulane University.",
        "“For the Pentagon, the visit matters less,” Ruiz added.",
    ]
)


@pytest.fixture(scope="module")
def advisory():  # type: ignore[no-untyped-def]
    return searcher_for("advisory", ADVISORY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: "The story doesn't mention Per Ruiz."
        "Per Ruiz, what does the lower advisory tell cruise lines?",
        "Per Marco Ruiz what message does the advisory send to cruise lines",
        # a guard, as on main
        "per Ruiz, what does the lower advisory tell cruise lines?",
    ],
)
def test_per_opening_a_message_is_no_name(advisory, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = advisory.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“Lowering the advisory")


@pytest.mark.parametrize(
    "typed",
    [
        # on main: "The story doesn't mention Foggy Bottom."
        "Has Foggy Bottom changed its guidance for Americans traveling to Belize?",
        "did foggy bottom change the Belize travel advisory?",
    ],
)
def test_a_place_defined_as_a_body_the_story_names(advisory, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = advisory.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The State Department")


@pytest.mark.parametrize(
    "typed",
    [
        # WordNet's "Capitol Hill" is "the legislative branch of the United States
        # government": no name it opens with; "Scotland Yard" is the London police's, of which
        # the story tells nothing
        "Has Capitol Hill changed its guidance for Americans traveling to Belize?",
        "Has Scotland Yard changed its guidance for Americans traveling to Belize?",
    ],
)
def test_a_name_for_what_the_story_never_names_is_refused(advisory, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = advisory.ask(typed)
    assert not answer.answered
