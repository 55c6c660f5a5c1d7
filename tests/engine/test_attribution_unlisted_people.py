"""A pronoun or a role cue whose owner the story names without making them a person it knows,
on stories of our own wording (nineteenth session, from the wrong credits of an unseen set):
- someone named only in passing ("Marcus Bell and Teresa Okafor, who both work nights, came to
  the picket line") before `"...," she said`: the pronoun may be them, so the last speaker, two
  paragraphs back, is no longer credited (it was: the worst error);
- a role cue ("the coach said") in a paragraph whose subject the story names but never gives a
  role: which of the two is meant is a guess, so not the one holder named paragraphs back."""

from __future__ import annotations

from tests.engine.stories import searcher_for, speakers_of

OPENING = "Night-shift nurses at Harlow General walked out on Monday over staffing, the union said."
CLOSING = "Talks between the two sides are due to resume on Friday."


def strike(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_pronoun_after_someone_named_in_passing_is_not_the_last_speaker() -> None:
    body = strike(
        "“We are stretched past what is safe,” said Dana Whitfield, a ward nurse for 12 years.",
        "Whitfield said managers had ignored three letters from the ward.",
        "Peter Hale and Grace Onyango, who share a ward on the fourth floor, joined the line"
        " after their shift. “We left at seven and came straight here,” she said.",
    )
    searcher = searcher_for("strike-passing", body)
    assert speakers_of(searcher, "stretched past what is safe") == ["Dana Whitfield"]
    # Grace Onyango's words, whom the story makes no person: nobody's, never Whitfield's
    assert speakers_of(searcher, "We left at seven") == [None]


def test_two_named_together_then_he_is_neither_alone() -> None:
    body = strike(
        "Union steward Tom Reyes said the hospital had “run out of goodwill.”",
        "Reyes and his deputy, veteran orderly Samuel Kent, spoke to reporters together outside"
        " the gates. “We had no other choice,” he said.",
    )
    searcher = searcher_for("strike-together", body)
    assert speakers_of(searcher, "run out of goodwill") == ["Tom Reyes"]
    assert speakers_of(searcher, "We had no other choice") == [None]


def test_a_role_cue_after_a_subject_with_no_role_is_not_the_far_holder() -> None:
    body = "\n".join(
        [
            "Brookfield beat Easton 21-20 in the county final on Saturday.",
            "Easton coach Mark Ferris said his side had “left it all out there.”",
            "For twenty years, Alan Pryce has run the Brookfield bench from one folding chair.",
            "Pryce said the win belonged to “every parent who drove a minibus.”",
            "Ferris praised the winners but said the last penalty had been harsh.",
            "Alan Pryce admitted he had nearly taken his captain off at half time. “She told me,"
            " ‘Leave me on,’ and I did,” the coach said.",
            "Brookfield will host the regional round next month.",
        ]
    )
    searcher = searcher_for("final-coaches", body)
    assert speakers_of(searcher, "left it all out there") == ["Mark Ferris"]
    assert set(speakers_of(searcher, "every parent who drove")) == {"Alan Pryce"}
    # Pryce's words, whom the story never calls a coach: nobody's, never Ferris's
    # (the outer quotation; the inner 'Leave me on' is a quotation of its own, nobody's)
    assert set(speakers_of(searcher, "Leave me on")) <= {None, "Alan Pryce"}
    assert "Mark Ferris" not in speakers_of(searcher, "and I did")
