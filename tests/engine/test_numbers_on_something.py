""" "What were the union's numbers on arrests" asks for counts, as "how many" does: the passage
giving them ("police arrested 40 people ... only six have been charged") comes first, not the
union's words on the arrests without a number (before: first; on the story it was found on,
rated high)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MARCH_STORY = "\n".join(
    [
        "Thousands of dock workers marched through Dunmore on Saturday over pay.",
        "According to the port union, police arrested 40 people during the march, and only "
        "six have been charged.",
        "“The police have carried out arbitrary arrests, beatings and intimidation of "
        "marchers,” the port union said in a statement.",
        "Harbour minister Lena Okafor said the talks on pay would resume on Monday.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["what were the union's numbers on arrests", "what are the stats on arrests"],
)
def test_numbers_asked_are_counts(question: str) -> None:
    searcher = searcher_for("dock-march", MARCH_STORY)
    answer = searcher.ask(question)
    first = answer.passages[0].text
    assert "arrested 40 people" in first, first
