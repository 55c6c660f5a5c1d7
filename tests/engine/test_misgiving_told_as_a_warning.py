""" "Did the professor flag any red flags people should keep in mind about this partnership?":
a misgiving asked of someone ("did X flag any caveats", "voice any reservations", "raise
concerns", now "raise any red flags" too) asks for their words, and the story tells a misgiving
as their warning: "Flores-Macias warned that reports of human rights abuses inside Salvadoran
prisons should be taken seriously". "red flags" was no misgiving, the question a plain one
("Those concerns don't seem to be top of mind" first, the professor's warning not in three:
fresh-74 p03); and the misgiving's noun reached no passage of theirs ("concerns": "Those
concerns", not his). Now it reaches the story's "warned" and "cautioned" (fresh-71's "Did the
Cornell professor flag any caveats re: the visit ..." now high, first as before). A weak bridge:
a question word their other passage holds still wins ("... about the stadium")."""

from __future__ import annotations

import pytest

from bot.engine.question import misgivings_asked
from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "Mayor Ines Kale opened the new stadium in Harlow on Saturday.",
        "The stadium is a good bet for the town, according to Bristol University economist"
        " Paul Ortiz.",
        "“For Harlow, the stadium brings jobs and a reason for people to stay in town,” Ortiz"
        " said.",
        "Ortiz also praised the design of the stadium, which seats 20,000 people.",
        "Still, Ortiz warned that the city's debts from the project could take decades to repay.",
        "Those debts are not on the council's agenda this month.",
    ]
)
WARNING = "Still, Ortiz warned"


@pytest.fixture(scope="module")
def stadium():  # type: ignore[no-untyped-def]
    return searcher_for("stadium", STADIUM_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: a plain question, "Ortiz also praised the design ..." first
        "did Ortiz raise any red flags?",
        # on main: "The stadium is a good bet for the town, according to ... economist" first
        "has the economist flagged any doubts?",
    ],
)
def test_a_misgiving_asked_is_their_warning(stadium, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = stadium.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(WARNING)


def test_a_misgiving_reaching_the_warning_is_answered_high(stadium) -> None:  # type: ignore[no-untyped-def]
    # on main: first, low (the topic's one word, "concerns", in no passage)
    answer = stadium.ask("did Ortiz voice any concerns?")
    assert answer.passages[0].text.startswith(WARNING)
    assert answer.confidence == "high"


def test_a_misgiving_of_a_thing_named_is_no_high_answer_on_another(stadium) -> None:  # type: ignore[no-untyped-def]
    # on main: "The stadium is a good bet ..." first and high; the passages holding "stadium"
    # still come first (what is left), but no longer rated high
    answer = stadium.ask("has the economist flagged any doubts about the stadium?")
    assert answer.confidence == "low"


def test_what_they_praised_is_no_misgiving(stadium) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: no misgiving asked
    answer = stadium.ask("what did Ortiz say the stadium brings to Harlow?")
    assert answer.passages[0].text.startswith("“For Harlow")


@pytest.mark.parametrize(
    ("typed", "nouns"),
    [
        ("did the professor flag any red flags people should keep in mind?", ["flags"]),
        ("has she voiced serious reservations about it", ["reservations"]),
        ("did he raise concerns, and did she express doubts?", ["concerns", "doubts"]),
        ("did the mayor raise the flag at the ceremony?", []),
        ("what did he say about the concerns", []),
    ],
)
def test_the_misgivings_asked(typed: str, nouns: list[str]) -> None:
    assert misgivings_asked(typed) == nouns
