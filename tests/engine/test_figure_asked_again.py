""" "El Salvador's population is like 8 million, right? what's the actual figure in the story": a
question after another asking only for the figure, the number or the answer that one asked
about ("what's the actual figure", "so what's the real number"), as a quiz checks a number it
heard, asks nothing of its own. It was read as a second question, about nothing, and its
closest passages made the whole message low (fresh-66 n01, right). Now it is read as asking
again, as "what exactly did he say" after a question is; one naming a topic of its own ("what's
the actual figure for the volunteers") is still a question of its own."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

RACE_STORY = "\n".join(
    [
        "The Dunmore city marathon drew 12,000 runners on Sunday, organisers said.",
        "Race director Mei Tan said the course would change next year to avoid the bridge.",
        "The winner, Joseph Kirui, finished in 2 hours 9 minutes.",
        "Entry fees rose to $90 this year, and 400 volunteers staffed the water stations.",
    ]
)


@pytest.fixture(scope="module")
def race():  # type: ignore[no-untyped-def]
    return searcher_for("race", RACE_STORY)


@pytest.mark.parametrize(
    ("typed", "gives"),
    [
        # on main: each right, low
        (
            "the marathon's entry fee was like $50, right? what's the actual figure in the story",
            "$90",
        ),
        ("how many runners were there, like 20,000? whats the real number", "12,000 runners"),
        ("the marathon had 20,000 runners right? so what's the correct number?", "12,000 runners"),
    ],
)
def test_the_figure_asked_again_is_the_question_before(race, typed: str, gives: str) -> None:  # type: ignore[no-untyped-def]
    answer = race.ask(typed)
    assert answer.confidence == "high"
    assert gives in answer.passages[0].text


def test_a_figure_of_a_topic_of_its_own_is_a_question_of_its_own(race) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: the volunteers asked too
    answer = race.ask("how many runners were there? what's the actual figure for the volunteers")
    assert answer.confidence == "low"
    assert any("400 volunteers" in p.text for p in answer.passages)
