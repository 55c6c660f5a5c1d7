""" "What <things> ..." ("what hazards did inspectors find") asks which ones. A passage holding
the kind's word and naming none ("reports of safety hazards at the mill should be taken
seriously") does not answer it with high confidence where another passage of the story lists
them ("found widespread hazards, including exposed wiring, ..."): that one tells which, and
is shown first (low). A passage listing them answers."""

from __future__ import annotations

from tests.engine.stories import searcher_for

VAGUE = (
    "Still, while calling the sale “a fresh start for the town”, union organiser Dana Pike"
    " warned that reports of safety hazards inside the old mill should be taken seriously."
)
LISTED = (
    "Inspectors have found widespread hazards, including exposed wiring, rotten floor beams,"
    " asbestos insulation and blocked fire exits."
)
STORY = "\n".join(
    [
        "The old Carver mill in Brandt Falls was sold on Monday to a developer from Boston.",
        VAGUE,
        "The developer plans two hundred flats and a riverside park by 2027.",
        "“We have waited ten years for this,” said Mayor Ruth Hale.",
        "The town council approved the sale by a vote of 5-2 in March.",
        "Last year a fire in the east wing was put out within an hour.",
        LISTED,
    ]
)


def test_a_passage_naming_none_of_the_kind_is_not_the_answer() -> None:
    searcher = searcher_for("brandt-falls", STORY)
    answer = searcher.ask("what hazards are there inside the mill")
    assert not (answer.confidence == "high" and answer.passages[0].text == VAGUE)
    assert answer.passages[0].text == LISTED  # the passage telling which, first


def test_the_passage_listing_them_answers() -> None:
    searcher = searcher_for("brandt-falls", STORY)
    answer = searcher.ask("what hazards did inspectors find")
    assert answer.passages[0].text == LISTED
