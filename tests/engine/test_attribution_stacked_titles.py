"""Two abbreviated titles in a row before a name ("Lt. Cmdr. Amy Faulk", "Sgt. Maj. Tom
Reyes"): the second title is part of the role, not of the name (9attr15). A story of our own."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

BODY = "\n".join(
    [
        "The ferry Marten ran aground near Tolley Point on Sunday night, stranding 140 people.",
        "The ferry hit rocks, according to Coast Guard Lt. Cmdr. Amy Faulk.",
        "“The vessel was well outside the channel,” Faulk said.",
        "Sgt. Maj. Tom Reyes said the crew was “shaken but fine.”",
        "Capt. Lena Ortiz said the pier was “closed until Friday.”",
        "The ferry returns to service on Friday.",
    ]
)


def test_a_second_abbreviated_title_is_part_of_the_role() -> None:
    # Before: "Cmdr. Amy Faulk" with the role "Coast Guard Lt.", "Maj. Tom Reyes" and "Capt.
    # Lena Ortiz" (neither abbreviation was a title)
    searcher = searcher_for("ferry-stacked-titles", BODY)
    assert quoted(searcher, "well outside") == ["Amy Faulk"]
    assert quoted(searcher, "shaken but fine") == ["Tom Reyes"]
    assert quoted(searcher, "closed until") == ["Lena Ortiz"]
    answer = searcher.ask("what did faulk say")
    assert answer.asked_speaker == "Amy Faulk"
    # the abbreviation stands for its word: she is "the commander"
    assert searcher.ask("what did the commander say").asked_speaker == "Amy Faulk"
