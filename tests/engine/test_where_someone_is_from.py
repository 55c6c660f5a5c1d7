""" "Where is X from" asks where they come from: the passage introducing them by a role naming
a place ("Pedro Alves, a Lisbon man") comes first, not one sending them to another place
("Alves will move the team's training ... to the lake at Porto") that holds more of their
name; that one is never rated high."""

from __future__ import annotations

from tests.engine.stories import searcher_for

COACH_STORY = "\n".join(
    [
        "The river club has hired a new coach for its rowing team.",
        "Pedro Alves, a Lisbon man who rowed for Portugal in two Olympics, starts on Monday.",
        "Club president Maria Santos said the board had looked for a coach for a year.",
        "Alves will move the team's training from the river to the lake at Porto next spring, "
        "Santos said, and Alves hopes to bring the club to the national finals.",
    ]
)


def test_the_passage_telling_where_they_are_from_comes_first() -> None:
    searcher = searcher_for("river-club-coach", COACH_STORY)
    answer = searcher.ask("where is alves from")
    assert "a Lisbon man" in answer.passages[0].text
    assert not ("Porto" in answer.passages[0].text and answer.confidence == "high")


def test_someone_introduced_without_a_place_is_left_as_ranked() -> None:
    searcher = searcher_for("river-club-coach", COACH_STORY)
    answer = searcher.ask("where is santos from")
    assert answer.confidence != "high"
