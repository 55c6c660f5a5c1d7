"""A question asking of someone it names by name ("how is Mayor Reyes handling the complaints
about rusty water") whose first passage tells someone else's doing on the topic, without
writing their name ("Hale warned that complaints of rusty water ... should be taken
seriously"), while the paragraph right after it carries on in the writer's words, pointing
back at it, names them and holds a word of the question the first lacks ("Those complaints
don't seem to trouble Mayor Dana Reyes"): read with what it points back at, the one after
tells of them, and is shown first. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

WATER_STORY = "\n".join(
    [
        "The Millbrook city council met on Monday to discuss the aging water plant on Orchard"
        " Road.",
        "Mayor Dana Reyes opened the meeting with a report on the town's new library.",
        "Engineer Tom Hale said the plant's pumps are forty years old and need replacing.",
        "While calling the repairs “overdue,” Hale warned that complaints of rusty water from"
        " residents near the plant should be taken seriously.",
        "Those complaints don't seem to trouble Reyes. She posted a video on Friday praising"
        " the plant's safety record.",
        "The council will vote on the repair budget in June.",
        "Reyes has led the city since 2019 and faces reelection next year.",
        "Residents asked Reyes about the price of parking downtown.",
    ]
)


@pytest.fixture(scope="module")
def water() -> Searcher:
    return searcher_for("water", WATER_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "How is Reyes handling the complaints of rusty water from the plant? Is she troubled?",
        "how does mayor reyes treat the rusty water complaints, does it trouble her",
    ],
)
def test_the_passage_carrying_on_that_names_them_comes_first(
    water: Searcher, question: str
) -> None:
    # before: Hale's warning first (it holds more of the question's words)
    answer = water.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Those complaints")
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # no one named as the subject: the warning on the complaints stays first
        ("are there complaints about rusty water near the plant", "Hale warned"),
        # the one asked of is the one whose doing the first passage tells
        ("how is hale treating the complaints of rusty water", "Hale warned"),
    ],
)
def test_otherwise_the_first_stays(water: Searcher, question: str, words: str) -> None:
    answer = water.ask(question)
    assert answer.answered, answer.reason
    assert words in answer.passages[0].text
