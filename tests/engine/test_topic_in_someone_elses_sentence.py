"""A passage quoting the one asked and, in a sentence of its own, someone else: the topic it
holds only in the other's sentence is the other's, not what the one asked said ("what did
Trump say about the ruling" of his "These are sick people" beside his Cabinet's sentence on
the ruling). Not vouched for as the words of the one asked; the other's words still are, and
a question asking of a group ("their argument", "the mayor's team") may mean that other."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "Mayor Lena Ortiz opened the new riverside library on Saturday, a week after the city "
        "council met to settle its budget.",
        "“This building belongs to every family in Dunmore,” Ortiz said. “Come in and use it.”",
        "“We are not going anywhere,” the mayor said. Council member Raj Patel called the budget "
        "vote a betrayal and said the council had broken its promise to the library staff.",
        "The library will open seven days a week, with a reading room for children on the "
        "second floor.",
        "“The staff deserve better than this,” said union steward Maria Chen, who represents "
        "the library's workers.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did ortiz say about the budget vote",
        "what did the mayor say about the broken promise",
    ],
)
def test_the_topic_in_someone_elses_sentence_is_not_their_answer(question: str) -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker == "Lena Ortiz"
    assert answer.confidence != "high"


def test_the_other_speakers_words_still_answer() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask("what did patel say about the budget vote")
    assert answer.confidence == "high"
    assert "called the budget vote a betrayal" in answer.passages[0].text


def test_the_one_asked_on_their_own_topic_still_answers() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask("what did ortiz say about the building")
    assert answer.confidence == "high"
    assert "This building belongs" in answer.passages[0].text
