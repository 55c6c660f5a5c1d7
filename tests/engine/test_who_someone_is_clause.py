""" "who X is" in a clause's order ("do you know who okafor is", "any idea who okafor is?")
asks who X is, as "who is okafor" does: the passage describing X by a role of theirs first,
not a passage naming X in someone's words (before: the mayor's words on him first)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

DEPOT_STORY = "\n".join(
    [
        "Mayor Lena Ortiz opened the new bus depot on Monday.",
        "The opening also came as the city was ordered to rehire Samuel Okafor, a Dunmore "
        "mechanic it mistakenly fired last year.",
        "But during the opening, Ortiz said it would be “absurd” for her to rehire Okafor "
        "despite a unanimous court ruling.",
        "The depot holds forty buses.",
    ]
)


@pytest.mark.parametrize("question", ["do you know who okafor is", "any idea who okafor is?"])
def test_who_someone_is_in_a_clause_finds_their_description(question: str) -> None:
    searcher = searcher_for("depot", DEPOT_STORY)
    assert "mechanic" in searcher.ask("who is okafor").passages[0].text
    answer = searcher.ask(question)
    assert answer.answered
    assert "mechanic" in answer.passages[0].text, question
