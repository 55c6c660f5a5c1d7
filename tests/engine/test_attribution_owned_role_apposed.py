"""A quotation closed by "said the <owner>'s <role>, <Name>." is the named person's ("said the
clinic's chief executive, Howard Lindqvist."): before, the possessive stopped the reading of
the role, and the words were credited to no one."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

STORY = "\n".join(
    [
        "About 300 nurses at Halvern Community Clinic walked off the job on Monday.",
        "“Walking out on sick people is not the answer,” said the clinic's chief executive, "
        "Howard Lindqvist.",
        "“We have begged for two years,” said the union's president, Priya Raman, on Monday.",
    ]
)


def test_the_named_holder_of_an_owned_role_is_the_speaker() -> None:
    searcher = searcher_for("clinic", STORY)
    assert quoted(searcher, "not the answer") == ["Howard Lindqvist"]
    assert quoted(searcher, "begged for two years") == ["Priya Raman"]
    answer = searcher.ask("what did lindqvist say")
    assert answer.asked_speaker == "Howard Lindqvist"
    assert "not the answer" in answer.passages[0].text
