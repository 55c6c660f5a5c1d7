""" "What kind of <things> ..." ("what kind of violations are the owners accused of") asks which
ones. A passage that never says the kind's word ("stand accused of breaking the county's zoning
code") tells none of them, closer in meaning though it may be: a passage of the story listing
them after the word ("serious violations, including unpaid overtime, ...") is shown first, and
the first is not vouched for. As for a passage holding the word and listing none
(`test_which_of_a_kind_listed_elsewhere.py`)."""

from __future__ import annotations

from tests.engine.stories import searcher_for

ACCUSED = (
    "The Lindqvist brothers also stand accused of breaking the county's zoning code when they"
    " expanded the Harlow cannery onto farmland."
)
LISTED = (
    "State inspectors say managers at the plant committed serious violations, including unpaid"
    " overtime, locked fire exits and missing safety guards."
)
STORY = "\n".join(
    [
        "The Harlow cannery, owned by the Lindqvist brothers, reopened on Monday after a month.",
        "“We are proud of this plant and of the people who work here,” said Erik Lindqvist.",
        LISTED,
        "The plant employs about 400 people and processes tomatoes and peaches.",
        ACCUSED,
        "Workers plan to vote on joining a union in June.",
    ]
)


def test_the_passage_listing_them_comes_before_one_without_the_word() -> None:
    searcher = searcher_for("harlow-cannery", STORY)
    for question in (
        "what kind of violations are the cannery owners accused of",
        "which violations are the lindqvist brothers accused of at the cannery",
    ):
        answer = searcher.ask(question)
        assert answer.passages[0].text == LISTED, question
        assert not (answer.confidence == "high" and answer.passages[0].text == ACCUSED)


def test_a_passage_listing_them_is_still_the_answer() -> None:
    searcher = searcher_for("harlow-cannery", STORY)
    answer = searcher.ask("what violations did state inspectors find at the plant")
    assert answer.passages[0].text == LISTED
