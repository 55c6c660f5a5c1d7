""" "How many years" asks a number: "several years" says there were more than one, not how
many. A passage holding only "several" is no high answer to a count; one giving the number
still is."""

from __future__ import annotations

from tests.engine.stories import searcher_for

VAGUE = (
    "None of that appears to bother the mayor, who has built a friendship with the club's owner"
    " over several years."
)
CLUB_STORY = "\n".join(
    [
        "The Brevik rowing club will move to the new harbour in June, its owner said.",
        "“The water there is calmer for our juniors,” said coach Rui Costa.",
        "Members voted on Tuesday to sell the old boathouse on the river.",
        VAGUE,
        "The first race from the new harbour is due to start in July.",
    ]
)


def test_several_years_is_no_number_of_years() -> None:
    searcher = searcher_for("brevik-club", CLUB_STORY)
    answer = searcher.ask("how many years is the lease for")
    assert not (answer.confidence == "high" and answer.passages[0].text == VAGUE)


def test_a_number_of_years_answers() -> None:
    told = "The club signed a lease on the harbour boathouse for ten years."
    searcher = searcher_for("brevik-club", CLUB_STORY.replace(VAGUE, told))
    answer = searcher.ask("how many years is the lease for")
    assert answer.confidence == "high"
    assert answer.passages[0].text == told
