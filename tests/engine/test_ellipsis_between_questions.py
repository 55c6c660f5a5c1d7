""" "ok how'd trump react to the garcia answer... and did he take a shot at the press": two
questions typed with an ellipsis between them, not a question mark. A message was cut into its
questions only at a question mark, a semicolon, " + " or ", and what did ...", so the two were
read as one, whose words found a passage on neither ("take" of the second found Trump's "take
these horrible criminals": fresh-64 c06, his reaction second). Now an ellipsis is a break too,
where the words on both sides ask (`reading._PART_BREAK`, `question_parts`): each question is
asked of its own words, "he" the person the first names. Words that ask nothing before it ("so...
what did ...") or after it ("... about the prison") stay one question; a question after it that
corrects the one before ("... no wait, what did vega say", `chat._RESTATING`) is what was
meant, alone."""

from __future__ import annotations

import pytest

from bot.engine.search.reading import question_parts
from tests.engine.stories import searcher_for

SCHOOL_STORY = "\n".join(
    [
        "The school board voted on Monday to close Elm Street Elementary at the end of the year.",
        "Board chair Rosa Vance said the district could not keep a half-empty building open.",
        "“This is the saddest vote I have taken,” Mayor Ken Albright said after the vote.",
        "Albright then turned to reporters. “You people will write whatever you want anyway,” he"
        " said.",
        "“We will take every child who needs a seat at Oak Park,” Albright said in March.",
        "Parents have until June to choose a new school.",
    ]
)


@pytest.fixture(scope="module")
def school():  # type: ignore[no-untyped-def]
    return searcher_for("school", SCHOOL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        "how'd albright react to the decision... and did he take a shot at the press",
        "how'd albright react to the decision… and did he take a shot at the media",
    ],
)
def test_each_question_around_an_ellipsis_is_answered(school, typed: str) -> None:  # type: ignore[no-untyped-def]
    # on main: his "We will take every child" second, his words to reporters not shown
    answer = school.ask(typed)
    assert answer.asked_speaker == "Ken Albright"
    shown = [p.text for p in answer.passages]
    assert shown[0].startswith("“This is the saddest vote")
    assert any(text.startswith("Albright then turned to reporters") for text in shown)


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        (
            "how'd he react to the vote... and did he take a shot at the press",
            ["how'd he react to the vote", "and did he take a shot at the press"],
        ),
        ("so... what did the mayor say", ["so... what did the mayor say"]),
        # a correction after it asks what was meant instead (as "like, ..." restates)
        ("what did the mayor say... no wait, what did vance say", ["no wait, what did vance say"]),
        (
            "what did the mayor say... about the school",
            ["what did the mayor say... about the school"],
        ),
    ],
)
def test_an_ellipsis_breaks_only_between_questions(typed: str, parts: list[str]) -> None:
    assert question_parts(typed) == parts
