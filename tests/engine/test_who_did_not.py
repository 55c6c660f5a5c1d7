"""Who did not do something ("who didn't vote for the cut") is told only by a sentence saying
someone did not, or voted against: a passage telling that it was done ("voted 5-2 to cut") is
not rated high (before: it was, naming no one). One saying so still is."""

from __future__ import annotations

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Port Alder council voted 5-2 on Tuesday to cut the winter ferry schedule.",
        "Mayor Orla Finnegan defended the cut to the winter schedule.",
        "The ferry will run twice a day from January.",
    ]
)


def test_a_passage_telling_it_was_done_is_not_high() -> None:
    answer = searcher_for("ferry", STORY).ask("who didn't vote for the cut")
    assert answer.answered
    assert answer.confidence == "low"


def test_a_passage_saying_who_did_not_still_is() -> None:
    story = STORY.replace(
        "The Port Alder council voted 5-2 on Tuesday to cut the winter ferry schedule.",
        "Councilor Bea Hartley did not vote for the cut to the winter ferry schedule.",
    )
    answer = searcher_for("ferry", story).ask("who didn't vote for the cut")
    assert answer.confidence == "high"
    assert "Hartley" in answer.passages[0].text
