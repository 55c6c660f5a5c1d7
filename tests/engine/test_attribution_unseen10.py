"""Shapes attribution set 10 (`tests/data/attribution/unseen-10`, read whole in the twenty-sixth
session, 9attr16) showed open: a surname two people share, written alone after a paragraph
naming only one of them, or before the other was named at all. Each story here is of our own
wording (a rowing club's regatta), with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "The Lakeside Rowing Club won the autumn regatta on Saturday for the first time."
CLOSING = "The club races again in the spring."


def regatta(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_shared_surname_before_the_other_is_named_is_the_one_named_so_far() -> None:
    # Before: "Okafor thanked the crew" (of Nadia and, later, her sister Grace Okafor) named
    # nobody for the pronoun after it
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "The crew finished three lengths clear of the field.",
        "Okafor thanked the crew on the dock. “We trained for this in the dark,” she said.",
        "Her sister, Grace Okafor, coached the club for a decade.",
    )
    searcher = searcher_for("regatta-before-named", body)
    assert quoted(searcher, "trained for this") == ["Nadia Okafor"]


def test_a_shared_surname_right_after_a_paragraph_naming_one_of_them() -> None:
    # Before: `"...," Okafor said` right after a paragraph introducing Daniel Okafor was
    # nobody's (both Okafors named by then)
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father and the club's longtime coach, was quieter.",
        "“She has been up at five every day since March,” Okafor said.",
    )
    searcher = searcher_for("regatta-after-intro", body)
    assert quoted(searcher, "up at five") == ["Daniel Okafor"]


def test_a_shared_surname_after_a_paragraph_naming_both_stays_undecided() -> None:
    # guard: the paragraph before names both of them
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father, watched Nadia Okafor cross the line.",
        "“It was the best race of the year,” Okafor said.",
    )
    searcher = searcher_for("regatta-both-named", body)
    assert quoted(searcher, "best race") == [None]


def test_a_shared_surname_after_a_paragraph_writing_it_alone_stays_undecided() -> None:
    # guard: the paragraph before writes the shared surname alone too
    body = regatta(
        "Nadia Okafor, 24, the crew's stroke, set the pace in the final.",
        "Daniel Okafor, her father, said Okafor had trained hard.",
        "“It was the best race of the year,” Okafor said.",
    )
    searcher = searcher_for("regatta-alone-before", body)
    assert quoted(searcher, "best race") == [None]
