"""Shapes of news English that left a quotation with nobody in stories written for attribution
set 9 (`tests/data/attribution/unseen-9`, twenty-fifth session). Each story here is of our own
wording (a harbour board and its dredging contract), with guards that must stay as they were."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "The Calder Bay harbour board voted on Monday to delay a $30 million dredging contract."
CLOSING = "The board meets again on March 3."


def harbour(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_an_undecided_shared_surname_paragraphs_back_does_not_decide_a_later_pronoun() -> None:
    # Before: "Okafor said" (of Grace and Samuel Okafor, undecided) three paragraphs back was
    # the last cue with no one named for subject, and it kept the "he" after Harlan, named in
    # the pronoun's own paragraph, nobody's
    body = harbour(
        "Board chair Grace Okafor said the delay was needed. Commissioner Samuel Okafor, who is"
        " not related to the chair, voted against it.",
        "“We have waited long enough,” he said.",
        "Okafor said the board would hire an outside engineer.",
        "The contractor's crews left the dock on Monday afternoon.",
        "Port director Neil Harlan answered on the port's website an hour later. “Our crews are"
        " ready the day the board is,” he wrote.",
    )
    searcher = searcher_for("harbour-shared-surname", body)
    assert quoted(searcher, "Our crews are ready") == ["Neil Harlan"]


def test_an_undecided_shared_surname_in_the_previous_paragraph_is_still_decided_by_gender() -> None:
    # guard: the undecided cue right before the pronoun is still read as before
    body = harbour(
        "Board chair Grace Okafor said the delay was needed. Commissioner Samuel Okafor, who is"
        " not related to the chair, voted against it.",
        "Okafor said the board would hire an outside engineer.",
        "“We will not cut corners,” she said.",
    )
    searcher = searcher_for("harbour-shared-surname-guard", body)
    assert quoted(searcher, "We will not cut corners") == ["Grace Okafor"]
