""" "How many people did the inspectors interview": the verb after "did" and its subject is
the deed counted, even a word that is a noun too ("interview", "survey"). Where the story
tells of that deed nowhere, a passage counting people detained or moved is no high answer:
its number counts something else. A story that tells the deed's number still answers."""

from __future__ import annotations

from tests.engine.stories import searcher_for

COUNTED = (
    "According to the Harbour Watch group, the port authority has evicted 1,200 families"
    " from the docks, though only 40 have been rehoused."
)
PORT_STORY = "\n".join(
    [
        "The Saltmere port authority began clearing the old docks on Monday.",
        "“We are making room for the container terminal,” director Ana Lund said.",
        COUNTED,
        "The terminal is due to open in 2028, the authority said.",
        "Harbour Watch called the clearances “a disgrace” in a statement.",
    ]
)


def test_a_count_of_another_deed_is_not_high() -> None:
    searcher = searcher_for("saltmere-port", PORT_STORY)
    for question in (
        "how many people did harbour watch interview",
        "how many families did the group survey",
    ):
        answer = searcher.ask(question)
        assert not (answer.confidence == "high" and answer.passages[0].text == COUNTED), question


def test_the_deed_told_is_still_answered() -> None:
    searcher = searcher_for("saltmere-port", PORT_STORY)
    answer = searcher.ask("how many families did the port authority evict")
    assert answer.confidence == "high"
    assert answer.passages[0].text == COUNTED


def test_a_sentence_after_the_question_names_no_deed() -> None:
    searcher = searcher_for("saltmere-port", PORT_STORY)
    answer = searcher.ask(
        "how many families were evicted according to harbour watch. the real number please"
    )
    assert answer.confidence == "high"
    assert answer.passages[0].text == COUNTED
