"""A word for a role that the story does not write, a synonym of one it does ("the mill's
boss" for its "chief executive"), names whoever holds that role: before, it named no one (no
speaker asked, the answer not held to their words)."""

from __future__ import annotations

from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Workers at the Brackley paper mill voted on Friday to accept a new contract.",
        "The mill's chief executive, Martin Osei, said the vote ended a hard year."
        " “It is a fair deal for everyone,” Osei said.",
        "“We gave up more than we wanted,” said Dana Kirk, a steward at the mill.",
    ]
)


def test_a_synonym_of_a_role_names_its_holder() -> None:
    answer = searcher_for("mill", STORY).ask("what did the mill's boss say about the deal")
    assert answer.asked_speaker == "Martin Osei"
    assert "fair deal" in answer.passages[0].text
