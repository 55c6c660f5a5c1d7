""" "Did the feds change their warning about traveling to El Salvador?": a yes/no question
whose verb does something to the words ("change", "drop", "lift") asks of that deed, which a
story tells in its own words, not for the words of whoever did it. "their warning" was read as
the subject's words, the subject running to the possessive ("the feds change their"), and the
question was refused: "The story doesn't quote the feds change their" (fresh-87 p03). The
speaker is the words before the verb ("the feds"); of someone the story quotes, the question
still asks for their words ("did the fire chief repeat his warning": the chief's, where "the
fire chief repeat his" was refused as no one the story quotes); of anyone else it asks of the
deed, searched, not refused."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FLOOD_STORY = "\n".join(
    [
        "Floodwater reached the old mill district of Harwell on Tuesday.",
        "“We have sandbags for every house on the river road,” Mayor Dana Whitcombe said.",
        "Fire chief Owen Pryce said crews would stay on the levee through the night.",
        "The county health office has since lifted its boil-water notice for the east side, and"
        " the state parks agency reopened the river trail.",
        "“Nobody should drive through standing water,” Pryce said.",
    ]
)


@pytest.fixture(scope="module")
def flood():  # type: ignore[no-untyped-def]
    return searcher_for("flood", FLOOD_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused, "The story doesn't quote the government change their"
        "did the government change their warning about boiling the tap water?",
        "has the county lifted their warning on boiling water? asking for my mom",
        "did the feds soften their stance on boiling water on the east side",
    ],
)
def test_a_deed_done_to_their_words_is_searched(flood, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = flood.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The county health office")


def test_their_words_said_again_are_still_theirs(flood) -> None:  # type: ignore[no-untyped-def]
    # on main: refused, "The story doesn't quote the fire chief repeat his"; a verb doing
    # something to someone's words, of someone the story quotes, still asks for theirs
    answer = flood.ask("did the fire chief repeat his warning about standing water?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Owen Pryce"
    assert answer.passages[0].text.startswith("“Nobody should drive")
