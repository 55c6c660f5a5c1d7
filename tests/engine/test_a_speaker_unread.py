"""A question asking what someone said, whose words naming them could not be read ("what did
el salvavidas de la playa say about the strongest rip current": words neither English, nor
WordNet's, nor the story's), is read as naming no one and searched as a plain question; the
passage on the topic is then anyone's words, and was rated high on main though the question
may not mean its speaker (the lifeguard asked for is no one the story quotes; the mayor's
words on the current were vouched for). Now no passage is vouched for, as for a group the
story does not know. A word the story uses, or an English one, reads as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BEACH_STORY = "\n".join(
    [
        "Red flags flew over Gull Point beach on Sunday after two swimmers were pulled from the"
        " water.",
        "“The rip current off the north jetty is the strongest we have seen in ten years,” said"
        " Mayor Carla Dunn.",
        "Lifeguards closed the north end of the beach until Tuesday.",
        "“People should swim only between the flags,” said fire chief Owen Mills.",
    ]
)


@pytest.fixture(scope="module")
def beach() -> Searcher:
    return searcher_for("beach", BEACH_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did el salvavidas de la playa say about the strongest rip current in ten years",
        "que dijo el capitan del puerto about the strongest rip current in ten years",
    ],
)
def test_words_of_someone_unread_are_not_vouched_for(beach: Searcher, question: str) -> None:
    answer = beach.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
    assert answer.passages[0].text.startswith("“The rip current")
    # on main: rated high, the mayor's words as the words asked for
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the mayor say about the rip current off the north jetty", "Carla Dunn"),
        ("what did la alcaldesa say about the rip current off the north jetty", "Carla Dunn"),
    ],
)
def test_words_of_someone_read_are_vouched_for(
    beach: Searcher, question: str, speaker: str
) -> None:
    answer = beach.ask(question)
    assert answer.asked_speaker == speaker
    assert answer.passages[0].text.startswith("“The rip current")
    assert answer.confidence == "high"


def test_a_plain_question_is_vouched_for(beach: Searcher) -> None:
    answer = beach.ask("how strong is the rip current off the north jetty")
    assert answer.passages[0].text.startswith("“The rip current")
    assert answer.confidence == "high"
