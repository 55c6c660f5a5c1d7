"""Shapes of news English that left a quotation with nobody, or credited it to the wrong
person, in attribution set 7 (`tests/data/attribution/unseen-7`, twenty-second session: read
whole). Each story is of our own wording, with guards that must stay as they were."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "The Fenwick ferry crews walked off the job on Monday over a new schedule."
CLOSING = "Talks resume on Thursday."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_words_another_speaker_told_in_a_reported_clause_are_theirs() -> None:
    # Before: with no "that" after "said", the name before "told" was no clause subject, and
    # the words relayed were nobody's
    body = ferry(
        "Deckhand Tomasz Wolski and harbor master Irene Calloway met the crews at the pier.",
        "Wolski said Calloway told him after the meeting, “The schedule is not up for a vote.”",
        "Pilot Dana Holm, a captain for 20 years, said her dispatcher, Luis Ortega, told the"
        " crews before the first sailing, “Nobody leaves the dock short-handed.”",
        "“We heard her, and we heard him,” Wolski said.",
    )
    searcher = searcher_for("ferry-relayed", body)
    assert quoted(searcher, "not up for a vote") == ["Irene Calloway"]
    assert quoted(searcher, "Nobody leaves the dock") == ["Luis Ortega"]
    assert quoted(searcher, "We heard her") == ["Tomasz Wolski"]


def test_a_name_after_told_or_an_inverted_cue_is_no_reported_subject() -> None:
    # guards: "told Y" makes Y the one spoken to, and `"...," said Y` is Y's own cue
    body = ferry(
        "Deckhand Tomasz Wolski and harbor master Irene Calloway met the crews at the pier.",
        "Wolski told Calloway after the meeting, “The schedule has to change.”",
        "“It will not,” said Calloway, who left soon after.",
    )
    searcher = searcher_for("ferry-told", body)
    assert quoted(searcher, "The schedule has to change") == ["Tomasz Wolski"]
    assert quoted(searcher, "It will not") == ["Irene Calloway"]


def test_words_an_unnamed_sender_radioed_in_a_reported_clause_are_nobodys() -> None:
    # Before: "radioed" is no cue word, so the words went to the reporter, Wolski
    body = ferry(
        "Deckhand Tomasz Wolski, who had waited at the pier since dawn, said a dispatcher"
        " radioed him before noon: “Stay home, no boat is sailing today.”",
        "Harbor master Irene Calloway said her deputy, Luis Ortega, phoned the crews at six:"
        " “The first sailing is cancelled.”",
    )
    searcher = searcher_for("ferry-radioed", body)
    assert quoted(searcher, "no boat is sailing") == [None]
    assert quoted(searcher, "first sailing is cancelled") == ["Luis Ortega"]
