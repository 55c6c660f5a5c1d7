"""The people around someone in a member's words ("the mayor's people", "the Ortiz team",
"people close to Ortiz") reach the story's own words for them, written after the person's
name ("Mayor Ortiz's inner circle", "the Ortiz administration")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

TOWN = "\n".join(
    [
        "Fairhaven, Maine -- Mayor Lena Ortiz opened the new ferry terminal on Saturday, "
        "three years after the old one burned down.",
        "The developer, Carl Brandt, has met members of Mayor Lena Ortiz's inner circle "
        "several times over the past year, town records show.",
        "Brandt said people in Fairhaven would thank Ortiz for the terminal for years.",
        "People in the harbour district complained about the noise of the construction for "
        "months, and some people moved away.",
        "Critics say the Ortiz administration ignored the flooding in the lower town while "
        "the terminal was built.",
        "Ortiz told people at the opening that the flooding would be fixed by the spring, "
        "and that the team building the terminal would help.",
        '"We listened to every resident," Ortiz said.',
        "Brandt told reporters the company would bid for the town's next harbour contract.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "has brandt been close to ortiz's people",
        "is brandt tight with ortiz's people",
        "has brandt dealt with people close to Ortiz",
    ],
)
def test_her_people_are_her_inner_circle(question: str) -> None:
    # not "Brandt said people in Fairhaven would thank Ortiz": those people are not hers
    answer = searcher_for("ferry-entourage", TOWN).ask(question)
    assert answer.answered
    assert "inner circle" in answer.passages[0].text
    # for the ranking only: the confidence model does not count the bridge
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    "question",
    [
        "does the ortiz team care about the flooding",
        "did team Ortiz do anything about the flooding",
    ],
)
def test_her_team_is_her_administration(question: str) -> None:
    # not "Ortiz told people ... that the team building the terminal would help"
    answer = searcher_for("ferry-entourage", TOWN).ask(question)
    assert answer.answered
    assert "the Ortiz administration ignored the flooding" in answer.passages[0].text


def test_the_story_s_words_for_her_people_are_those_after_her_name() -> None:
    searcher = searcher_for("ferry-entourage", TOWN)
    ortiz = next(p for p in searcher.snapshot.people if p.name == "Lena Ortiz")
    # "Ortiz's inner circle", "the Ortiz administration"; not "Ortiz told people"
    assert searcher._story_entourage(ortiz) == frozenset({"circl", "administr"})


def test_the_story_s_own_word_for_them_is_read_as_typed() -> None:
    # "administration" is the story's word: no bridge, the question's words find it
    answer = searcher_for("ferry-entourage", TOWN).ask(
        "did the ortiz administration ignore the flooding"
    )
    assert "the Ortiz administration ignored the flooding" in answer.passages[0].text
