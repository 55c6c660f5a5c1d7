"""A follow-up opening "and about ..." ("and about the mayor?", "and on the budget?") asks
what the same speaker said of what it names, in place of the question before's topic: whom it
names is not a new speaker (before: "and about Ortiz?" after the steward's words on the staff
asked for Ortiz's words and showed her passage on another matter; "and about the ribbon?"
asked for no one's)."""

from __future__ import annotations

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from bot.engine.search.settings import FollowUp
from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "Mayor Lena Ortiz opened the new riverside library on Saturday, a week after the city "
        "council cut its staff budget.",
        "“This building belongs to every family in Dunmore, and the rooftop garden is open to "
        "all,” Ortiz said.",
        "“The staff deserve better than this,” said union steward Maria Chen, who represents "
        "the library's workers.",
        "“Mayor Ortiz cut our hours and then cut the ribbon,” Chen added. “She should be "
        "ashamed of herself.”",
        "The library will open seven days a week, with a reading room for children on the "
        "second floor.",
    ]
)


def _after(searcher: Searcher, first: str, then: str) -> Answer:
    before = searcher.ask(first)
    shown = tuple((p.story_id, p.paragraph) for p in before.passages)
    return searcher.ask(then, follow_up=FollowUp(first, before.asked_speaker_id, shown))


def test_and_about_someone_keeps_the_speaker() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = _after(searcher, "what did chen say about the staff", "and about ortiz?")
    assert answer.asked_speaker == "Maria Chen"
    assert "cut our hours" in answer.passages[0].text


def test_and_about_something_keeps_the_speaker() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = _after(searcher, "what did chen say about the staff", "and about the ribbon?")
    assert answer.asked_speaker == "Maria Chen"
    assert "cut the ribbon" in answer.passages[0].text


def test_and_someone_is_still_the_next_speaker() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = _after(searcher, "what did chen say about the staff", "and ortiz?")
    assert answer.asked_speaker == "Lena Ortiz"


def test_more_of_someone_all_of_whose_words_were_shown_says_so() -> None:
    # before: "The story doesn't say anything about that."
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = _after(searcher, "what did ortiz say", "what else did she say")
    assert not answer.answered
    assert answer.reason == "That is all the story quotes of Lena Ortiz."


def test_a_pronoun_of_the_other_sex_is_not_the_speaker_before() -> None:
    # before: "he" kept Lena Ortiz as the one asked ("The story doesn't say anything ...")
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = _after(searcher, "what did ortiz say", "what else did he say")
    assert answer.asked_speaker != "Lena Ortiz"
    assert not answer.answered
    assert "ask with the person's name" in (answer.reason or "")
