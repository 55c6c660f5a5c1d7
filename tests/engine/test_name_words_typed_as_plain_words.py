""" "Did anyone bring up clean water at all": two words of a longer name ("Clean Water
Action") typed in lower case, ending what they name, are those words when the story uses them
as plain words too ("clean water for the valley"), not the name said short. A passage holding
them only inside the name is no high answer; the name typed whole still answers."""

from __future__ import annotations

from tests.engine.stories import searcher_for

IN_NAME = (
    "According to Clean Water Action, the Delmar plant has released 400 tons of waste into the"
    " river since 2019."
)
PLANT_STORY = "\n".join(
    [
        "The Delmar chemical plant will expand its site next year, the company said on Monday.",
        "“We are proud to bring 300 jobs to the valley,” plant manager Ruth Ames said.",
        IN_NAME,
        "At a town meeting, farmers said clean water for the valley mattered more than the jobs.",
        "The county will vote on the permit in March.",
    ]
)


def test_plain_words_held_only_in_a_name_are_not_high() -> None:
    searcher = searcher_for("delmar-plant", PLANT_STORY)
    answer = searcher.ask("ok but did anyone bring up clean water at all??")
    assert not (answer.confidence == "high" and answer.passages[0].text == IN_NAME)


def test_the_group_named_still_answers() -> None:
    searcher = searcher_for("delmar-plant", PLANT_STORY)
    answer = searcher.ask("what did clean water action find")
    assert answer.confidence == "high"
    assert answer.passages[0].text == IN_NAME
    # named short, before a noun of people: still the group's passage first
    answer = searcher.ask("what did the clean water people find out about the plant")
    assert answer.passages[0].text == IN_NAME
