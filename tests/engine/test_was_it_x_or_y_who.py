""" "was it X or Y who proposed the sale" offers two people as "who proposed the sale, X or Y"
does: the deed is still what the passage rated first must tell (before: high on the
passage of the one who voted against it, holding "sale" and both names' neighbours)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "The Dunmore council voted 5-2 on Monday to sell the north pier to a hotel developer.",
        "Council member David Morrow, who voted against the sale, called it a giveaway. “The"
        " councilwoman is selling the sale to us as a bargain,” Morrow said. “This sale is a"
        " mistake.”",
        "Councilwoman Ines Calder, who proposed the sale, said the pier cost the town too much."
        " “We cannot keep paying to patch it,” Calder said.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "was it morrow or the councilwoman who proposed the sale",
        "was it the councilwoman or morrow who proposed the sale",
    ],
)
def test_the_offered_form_is_not_high_on_a_passage_without_the_deed(question: str) -> None:
    answer = searcher_for("pier", PIER_STORY).ask(question)
    assert answer.answered
    first = answer.passages[0]
    assert first.paragraph == 3 or answer.confidence == "low"


def test_the_deed_told_is_still_high() -> None:
    answer = searcher_for("pier", PIER_STORY).ask("was it morrow or calder who voted against it")
    assert answer.passages[0].paragraph == 2
