"""A follow-up naming someone only by a pronoun ("who was she answering", after the mayor's
words in the ferry story) is not answered high by a passage of another story: whom "she"
means is someone of the story the conversation is about (before: a passage of the clinic story
holding "answer" was rated high)."""

from __future__ import annotations

from bot.engine.builder import build_snapshot
from bot.engine.corpus import parse_story, story_file_text
from bot.engine.search import FollowUp, Searcher

FERRY = "\n".join(
    [
        "The Port Alder council voted on Tuesday to cut the winter ferry schedule.",
        "Mayor Orla Finnegan denied that the council planned to sell the ferry terminal. "
        "“There is no sale,” she said.",
    ]
)
CLINIC = "\n".join(
    [
        "About 300 nurses at Halvern Community Clinic walked off the job on Monday.",
        "“Walking out on sick people is not the answer,” said Howard Lindqvist, the clinic's "
        "chief executive.",
    ]
)


def _story(story_id: str, body: str) -> object:
    return parse_story(story_file_text({"id": story_id}, body).encode(), source=f"{story_id}.txt")


def test_a_pronoun_follow_up_is_not_answered_high_from_another_story() -> None:
    stories = [_story("ferry", FERRY), _story("clinic", CLINIC)]
    searcher = Searcher(build_snapshot(stories, "test"))  # type: ignore[arg-type]
    first = "what did finnegan deny"
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    assert {story for story, _ in shown} == {"ferry"}
    answer = searcher.ask(
        "who was she answering", follow_up=FollowUp(first, before.asked_speaker_id, shown)
    )
    assert not (answer.confidence == "high" and answer.passages[0].story_id == "clinic"), (
        answer.passages[0].text
    )
