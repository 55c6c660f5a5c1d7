"""Asking for someone's words by what they make of something: "what's her take on", "his
theory", "their reasoning", after words naming them set off before the question ("the
geologist, what's her theory on ..."), or by their description with a word for anyone after
what they are ("the geology prof guy", "the council lady"). Each reads as "what did X say".
"""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

QUARRY_STORY = "\n".join(
    [
        "The county council voted on Thursday to reopen the Hollin quarry after a decade.",
        (
            "Durham University geology professor Miriam Okonjo, who studied the site, said the "
            "rock face was sound. “The cracks people worry about are older than the village,” "
            "Okonjo said."
        ),
        (
            "Council leader Harold Pike said the quarry would bring 40 jobs. “Nobody wants lorries"
            " on the school road, and they will not use it,” Pike said."
        ),
        "Residents of the village of Hollin say the blasting will shake their houses.",
    ]
)


@pytest.fixture(scope="module")
def quarry() -> Searcher:
    return searcher_for("quarry", QUARRY_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "expected"),
    [
        # Before: no one's words asked for; rated low
        (
            "the durham prof, what's her take on whether the cracks are dangerous",
            "Miriam Okonjo",
            "older than the village",
        ),
        # Before: "theory" was no word for what someone says
        ("what's the geology prof's theory on the cracks", "Miriam Okonjo", "older than"),
        # Before: "The story doesn't quote the geology prof guy."
        ("what did the geology prof guy say about the cracks", "Miriam Okonjo", "older than"),
        ("what did the council leader guy say about lorries", "Harold Pike", "school road"),
    ],
)
def test_words_asked_for_by_what_someone_makes_of_it(
    quarry: Searcher, question: str, speaker: str, expected: str
) -> None:
    answer = asked_for_words(quarry, question, speaker)
    assert expected in answer.passages[0].text


def test_in_his_own_words_still_names_whom_the_question_names(quarry: Searcher) -> None:
    answer = quarry.ask("in his own words, how did the council leader sell the quarry")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Harold Pike"
