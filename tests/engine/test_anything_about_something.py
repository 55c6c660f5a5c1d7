"""A follow-up "did he say anything about X" asks about X, not for more of his words: the
passages shown before stay candidates, and it is not refused because all of his quotations were
shown (before: "That is all the story quotes of Howard Lindqvist.", though the story tells what
he did not say about X; now his closest words, low). "did he say anything else" still asks
for more."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

CLINIC_STORY = "\n".join(
    [
        "About 300 nurses at Halvern Community Clinic walked off the job on Monday.",
        "The clinic's chief executive, Howard Lindqvist, said the strike was reckless. "
        "“Walking out on sick people is not the answer,” Lindqvist said.",
        "Lindqvist did not say whether the clinic would restore the 60 positions it cut.",
        "“We have begged for two years,” said Priya Raman, president of the nurses' union.",
    ]
)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    return searcher.ask(then, follow_up=FollowUp(first, before.asked_speaker_id, shown))


def test_anything_about_something_is_not_more_of_his_words() -> None:
    searcher = searcher_for("clinic", CLINIC_STORY)
    answer = _after(searcher, "what did lindqvist say", "did he say anything about the positions")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Howard Lindqvist"


def test_anything_else_still_asks_for_more() -> None:
    searcher = searcher_for("clinic", CLINIC_STORY)
    answer = _after(searcher, "what did lindqvist say", "did he say anything else")
    assert not answer.answered
    assert answer.reason == "That is all the story quotes of Howard Lindqvist."
