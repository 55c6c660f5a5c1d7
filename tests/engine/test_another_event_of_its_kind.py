"""A date asked of an event named by its kind with "the" ("when was the vote") is not
answered with high confidence by a passage holding that kind only after "a"/"an" ("had asked
for a vote in 2019") where the story tells of "the vote" elsewhere: that one is another event
of the kind, and its date is not the one asked. A passage telling of the event itself still
answers."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "The Dunmore town council approved a new budget for the public library on Tuesday.",
        "The vote followed months of debate, council leader Ana Ruiz said.",
        "“This is a good day for readers,” Ruiz said.",
        "Residents first demanded a vote on the library's future in 2019, which the mayor refused.",
        "The library will open on Sundays from next spring.",
    ]
)


@pytest.mark.parametrize(
    "question", ["when was the vote", "when did the vote take place", "what year was the vote"]
)
def test_another_event_of_the_kind_is_no_date_of_the_one_asked(question: str) -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and "in 2019" in answer.passages[0].text)


@pytest.mark.parametrize("question", ["when was the vote held", "what day was the vote"])
def test_the_event_told_with_the_answers(question: str) -> None:
    story = LIBRARY_STORY.replace(
        "The vote followed months of debate", "The vote, held on Tuesday, followed months of debate"
    )
    searcher = searcher_for("dunmore-library", story)
    answer = searcher.ask(question)
    assert answer.confidence == "high"
    assert "held on Tuesday" in answer.passages[0].text


def test_the_other_event_asked_by_its_own_words_answers() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask("when did residents first demand a vote on the library")
    assert answer.confidence == "high"
    assert "in 2019" in answer.passages[0].text


def test_a_word_of_the_question_picks_the_other_event() -> None:
    # "the vote the mayor refused": the question's own words pick the 2019 vote
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask("when was the vote the mayor refused")
    assert answer.confidence == "high"
    assert "in 2019" in answer.passages[0].text
