"""Shapes attribution set 14 (`tests/data/attribution/unseen-14`, attr-16, read whole in the
twenty-ninth session by 9attr24) left nobody's or credited to a bare surname, by cause, on a
ferry story of our own: a full name after a preposition opening its sentence ("For Lena
Moraru, the ferry's oldest pilot, ..."). Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "The last ferry between Port Ellis and Greyhaven will sail on Sunday, the county said"
    " Monday, after 84 years of service."
)
CLOSING = "A bridge over the strait is due to open next spring."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_full_name_after_a_preposition_opening_its_sentence() -> None:
    # Before: "Moraru" alone was credited: the run "For Lena Moraru" was no name, so the
    # bare surname of the cue became someone of its own
    body = ferry(
        "For Lena Moraru, the ferry's oldest pilot, the news came as no surprise. She has"
        " crossed the strait twice a day since 1991.",
        "“I knew the bridge would win one day,” Moraru said. “I just hoped I'd retire first.”",
    )
    searcher = searcher_for("ferry-for", body)
    assert quoted(searcher, "bridge would win") == ["Lena Moraru"]
    assert quoted(searcher, "retire first") == ["Lena Moraru"]


def test_a_full_name_after_an_opening_preposition_with_no_appositive() -> None:
    body = ferry(
        "To Lena Moraru, the closing means an end to a family trade.",
        "“My grandfather ran this route with a steam engine,” Moraru said.",
    )
    assert quoted(searcher_for("ferry-to", body), "steam engine") == ["Lena Moraru"]


def test_a_month_after_an_opening_preposition_is_a_date() -> None:
    # Guard: "In May Moraru ..." is a date and a surname, no "May Moraru"
    body = ferry(
        "In May Moraru told the county board that the crossing lost money every winter.",
        "“We cannot run an empty boat,” Moraru said.",
    )
    searcher = searcher_for("ferry-may", body)
    assert "May Moraru" not in people_and_roles(searcher)
