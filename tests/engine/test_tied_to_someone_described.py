""" "has the maryland guy's wife said anything abt all this": someone by their tie to a person
the story names only in other words ("the maryland guy": its "a Maryland man"; "the prof": its
professor), asked for their words. The speaker words were looked up whole, and a possessive
on a description ("guy's", "prof's") kept the reader of names from finding the owner, so the
words named no one, were read as no speaker and were searched: the closest passages shown,
the story's passage on the owner first (fresh-65 u03, an absent speaker answered low). Now
"<owner>'s <a word for a person>" whose owner is read as someone the story names (as a
speaker's words are, or found where the owner's words end, as a question's are) is someone
the story does not quote, and the question is refused so. Whom the story names by such a tie
("Whitlock's lawyer, Perry Vance") and the owner's own words ("the prof's take") are read as
before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

QUARRY_STORY = "\n".join(
    [
        "A Vermont man, Dale Whitlock, sued the town of Elbridge on Tuesday over a quarry permit"
        " he says will poison his well.",
        "“They never once tested the water on our road,” Whitlock said.",
        "Whitlock’s lawyer, Perry Vance, said the town skipped a hearing the law requires.",
        "University of Vermont professor Leon Marsh, who studies groundwater, said blasting can"
        " crack bedrock.",
        "“Wells a mile away can go dry within a season,” Marsh said.",
        "Town manager Ruth Cole said the permit followed state rules.",
    ]
)


@pytest.fixture(scope="module")
def quarry():  # type: ignore[no-untyped-def]
    return searcher_for("quarry", QUARRY_STORY)


@pytest.mark.parametrize(
    ("typed", "who"),
    [
        ("has the vermont guy's wife said anything about the lawsuit", "the vermont guy's wife"),
        ("did the vermont guy's son say anything", "the vermont guy's son"),
        ("what did the prof's wife say", "the prof's wife"),
    ],
)
def test_someone_tied_to_a_person_described_is_not_quoted(
    quarry,  # type: ignore[no-untyped-def]
    typed: str,
    who: str,
) -> None:
    answer = quarry.ask(typed)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


def test_whom_the_story_names_by_the_tie_is_asked_for_their_words(quarry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = quarry.ask("what did whitlock's lawyer say")
    assert answer.asked_speaker == "Perry Vance"


def test_the_owners_own_words_are_asked_for(quarry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = quarry.ask("what was the prof's take on the blasting")
    assert answer.asked_speaker == "Leon Marsh"
    assert "Wells a mile away" in answer.passages[0].text
