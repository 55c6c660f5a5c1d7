"""Hearsay from the writer's own chat after a question ("How many people actually live in El
Salvador? Someone in here swears it's 20 million", "someone in here keeps insisting it was
tariffs") says why they ask, nothing of the story: who ("someone"), where they were heard
("in here", "in the chat") and their verb ("swears", "insists", as "says" and "claims" were
already) are left out of what is asked; what they said is kept. On main a hearsay subject
opening a sentence of its own was read as modified by the word before it ("Salvador"), a
place between it and its verb ended it, and "swears" was no verb of hearsay: "swear" found a
passage of someone "insisting", close in meaning, before the one answering (found reading
9read90's set)."""

from __future__ import annotations

import pytest

from bot.engine.chat import conversational_spans
from tests.engine.stories import searcher_for

MILL_CREEK = "\n".join(
    [
        "Officials in Mill Creek voted on Monday to rebuild the flood wall.",
        "The village, with a population of just 4,000, has flooded three times in a decade.",
        "Mayor Jo Hart swore that the new wall would protect every home in Mill Creek, and"
        " insisted it would be finished before the spring floods.",
        "The state will pay $2 million of the cost.",
    ]
)


@pytest.fixture(scope="module")
def creek():  # type: ignore[no-untyped-def]
    return searcher_for("creek", MILL_CREEK)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the mayor's passage second, before the one naming the village, for
        # "swore" and "insisted" (in 9read90's set such a passage came first)
        "how many people live in mill creek? someone in here swears it's like 40,000",
        "How many people live in Mill Creek? Somebody in the chat keeps insisting it's tiny",
    ],
)
def test_hearsay_in_the_writers_chat_is_no_part_of_what_is_asked(creek, typed: str) -> None:  # type: ignore[no-untyped-def]
    shown = [passage.text for passage in creek.ask(typed).passages]
    assert "population of just 4,000" in shown[0]
    assert "Officials in Mill Creek" in shown[1]


@pytest.mark.parametrize(
    ("typed", "left_out"),
    [
        ("is he a dictator? Someone in here swears he is", "Someone in here swears"),
        (
            "was it tariffs? people on reddit keep insisting it was",
            "people on reddit keep insisting",
        ),
        # as on main
        ("people keep saying he is a dictator, is he?", "people keep saying"),
    ],
)
def test_the_hearsay_words_are_left_out(typed: str, left_out: str) -> None:
    assert left_out in [typed[start:end] for start, end in conversational_spans(typed)]


def test_people_of_a_place_asked_about_are_kept() -> None:
    # a guard, as on main: what the people of a place say is what is asked
    typed = "do people in mill creek say the wall is too late?"
    assert conversational_spans(typed) == []
