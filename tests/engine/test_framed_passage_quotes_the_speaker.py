""" "cornell prof's take - what does trump get out of it": what something brings someone, asked
of a speaker's words; the passage of theirs framed for whom it asks of ("“For President Trump,
...,” Flores-Macias said") is put first, looked for in the story when the ranking did not reach
it (`Searcher._framed_first`). A passage so found was taken in as quoting no one asked
(`_first_that` made it a candidate with none of their quotes), so the confidence model read it
as no passage of the speaker's (`Signals.speaker` 0): right, low (fresh-64 s06; fresh-15 s02,
fresh-51 s03 and own-forum r02 the same, rated high now). Now it holds the asked speaker's
quotes it holds (`Searcher._their_quotes_in`)."""

from __future__ import annotations

from tests.engine.stories import searcher_for

HOST_STORY = "\n".join(
    [
        "The city of Halden signed a deal on Monday to host the regional soccer final for the"
        " next three years.",
        "“Kale knows Kale’s voters,” Tulane University historian Lena Ortiz said of Mayor Ruth"
        " Kale.",
        "“Kale was right, and Kale will say so,” Ortiz said.",
        "“Nobody outworks Kale,” Ortiz said.",
        "“For Kale, hosting the final is a chance to put the city on the map before the next"
        " election, which should bring visitors and new shops to a downtown that has struggled"
        " for years,” Ortiz said.",
        "“For the league, cheaper stadium rent and loyal crowds matter,” Ortiz said.",
        "Kale called the deal “a win for every family in Halden.”",
    ]
)


def test_a_framed_passage_found_in_the_story_is_read_as_the_speakers() -> None:
    searcher = searcher_for("halden", HOST_STORY)
    typed = "tulane historian's take - what does kale get out of it"
    answer = searcher.ask(typed)
    assert answer.asked_speaker == "Lena Ortiz"
    assert answer.passages[0].text.startswith("“For Kale,")
    reading = searcher.confidence_reading(typed)
    assert reading is not None
    assert reading[0].speaker == 1.0  # on main: 0.0, though the passage quotes her
