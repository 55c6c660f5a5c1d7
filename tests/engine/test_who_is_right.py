""" "who's right here" asks a verdict, "right" its word: not chat's tag ("..., right?") nor its
"right here" (just here), which left nothing to search and refused the question as one the
story is silent on. Now the closest passages, rated low."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "The Dunmore council voted 5-2 on Monday to sell the north pier to a hotel developer.",
        "Council member David Morrow, who voted against the sale, called it a giveaway. “We are"
        " handing the waterfront to people who will never fish from it,” Morrow said.",
        "Councilwoman Ines Calder, who proposed the sale, said the pier cost the town too much."
        " “We cannot keep paying to patch it,” Calder said.",
    ]
)


@pytest.mark.parametrize("question", ["who's right here", "who is right?", "so whos right"])
def test_a_verdict_asked_shows_the_closest_passages_low(question: str) -> None:
    answer = searcher_for("pier", PIER_STORY).ask(question)
    assert answer.answered
    assert answer.confidence == "low"
    assert answer.passages


def test_a_tag_is_still_no_topic() -> None:
    answer = searcher_for("pier", PIER_STORY).ask("morrow voted against the sale, right?")
    assert answer.answered
    assert answer.passages[0].paragraph == 2
