"""A question asking only for a thing someone has ("what is Moreau's salary", "what's the
coach's nationality") is answered by a passage holding that thing's word (or one bridged to
it), not by one that only names its owner: however much of the owner it tells, it does not
tell the salary. A thing a passage tells without its word (someone's reaction, their role)
is still answered."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Lucie Moreau opened the rebuilt harbour of Saint-Aubin on Friday, three years "
        "after a storm wrecked its old pier.",
        "“This harbour is the heart of our town, and now it beats again,” Moreau said.",
        "The city council approved a budget of 14 million euros for the work in 2022.",
        "Fishing coach Pedro Alves, who trains the town's young sailors, watched from the quay.",
        "“The boats can finally come home,” Alves said.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what is lucie moreau's salary?",
        "What is Pedro Alves's nationality?",
    ],
)
def test_a_passage_naming_only_the_owner_is_not_answered_high(question: str) -> None:
    searcher = searcher_for("saint-aubin-harbour", HARBOUR_STORY)
    answer = searcher.ask(question)
    assert answer.confidence != "high"


def test_the_thing_held_is_still_answered() -> None:
    searcher = searcher_for("saint-aubin-harbour", HARBOUR_STORY)
    answer = searcher.ask("what was the city council's budget")
    assert answer.confidence == "high"
    assert "14 million euros" in answer.passages[0].text


def test_a_thing_told_without_its_word_is_still_answered() -> None:
    searcher = searcher_for("saint-aubin-harbour", HARBOUR_STORY)
    answer = searcher.ask("what was alves's reaction")
    assert answer.confidence == "high"
    assert "finally come home" in answer.passages[0].text
