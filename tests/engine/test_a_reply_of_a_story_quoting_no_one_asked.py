"""A reply whose conversation's story quotes no one it asks the words of ("what did the
director say" after the governor's words on the parks budget, a story quoting no director) is
answered with another story's passages, as before, but says so first (`Answer.note`: "“...”
doesn't quote the director. From the other stories:"), and is never rated high: whose words
they are is not the story the conversation is about. On main the ferry director's words came
with nothing said (9probe11 c03: the stadium mayor's, after the lunch story's principal)."""

from __future__ import annotations

import pytest

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import Searcher
from tests.engine.stories import asked_in_turn
from tests.engine.test_a_word_one_story_holds import FERRY, PARKS


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    stories = [
        parse_story(
            story_file_text({"id": sid, "title": title}, body).encode(), source=f"{sid}.txt"
        )
        for sid, title, body in [
            ("parks", "Quill trims parks in a lean budget", PARKS),
            ("ferry", "Calder Bay ferry cuts trips", FERRY),
        ]
    ]
    return Searcher(build_snapshot(stories, "test"))


@pytest.mark.parametrize(
    "reply", ["what did the director say", "what did the director say about fuel"]
)
def test_another_story_s_words_are_said_to_be(searcher: Searcher, reply: str) -> None:
    answer = asked_in_turn(searcher, "what did quill say about the parks", reply)
    assert answer.passages[0].story_id == "ferry"
    assert answer.note == (
        "“Quill trims parks in a lean budget” doesn't quote the director. From the other stories:"
    )
    assert answer.confidence == "low"
    assert answer.public_json()["note"] == answer.note


def test_whom_no_words_of_the_reply_name_is_named(searcher: Searcher) -> None:
    answer = asked_in_turn(searcher, "what did quill say about the parks", "and the director?")
    assert answer.passages[0].story_id == "ferry"
    assert answer.note is not None
    assert "doesn't quote Paul Dane." in answer.note


def test_guards(searcher: Searcher) -> None:
    """No note where the conversation's story quotes whom it asks, or no story was answered
    from before (the other story's director plainly)."""
    answer = asked_in_turn(searcher, "what did quill say about the parks", "what did quill say")
    assert answer.note is None
    assert answer.passages[0].story_id == "parks"
    answer = searcher.ask("what did the director say")
    assert answer.note is None
    assert answer.passages[0].story_id == "ferry"
