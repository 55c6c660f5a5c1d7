""" "How many people were injured" counts people to whom something was done: a passage giving
a number of people to whom something else was done ("police arrested 40 people") is not its
answer, however much of the topic it holds (before: rated high). The passage giving the
number of the deed asked still is."""

from __future__ import annotations

from tests.engine.stories import searcher_for

MARCH_STORY = "\n".join(
    [
        "Thousands of dock workers marched through Dunmore on Saturday over pay.",
        "According to the port union, police arrested 40 people during the march, and only "
        "six have been charged.",
        "The union said clearing the quay had caused widespread abuses, including beatings, "
        "injuries and lost wages.",
        "Harbour minister Lena Okafor said the talks on pay would resume on Monday.",
    ]
)


def test_a_count_of_another_deed_is_not_rated_high() -> None:
    searcher = searcher_for("dock-march", MARCH_STORY)
    answer = searcher.ask("how many people has the union counted as injured")
    assert answer.confidence != "high"


def test_the_count_of_the_deed_asked_is_answered() -> None:
    searcher = searcher_for("dock-march", MARCH_STORY)
    answer = searcher.ask("how many people did police arrest")
    assert answer.confidence == "high"
    assert "arrested 40 people" in answer.passages[0].text
