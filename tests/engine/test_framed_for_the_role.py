"""What something brings someone, asked of them by name, told by a story in a sentence framed
for them by their role: "what does velez get out of it" of "“For the governor, the route is a
chance to ...”" where the story's one governor is Governor Ana Velez. News names a person once
and by role after; the passage framed so (`Searcher._framed_first`) was not read as framed
for her (`_framed_for_gain` knew her by name or alias only), and a passage of the speaker's
holding her name but no gain ("Velez was right to sign it") was rated high. Now a role that
names one person of the passage's story, and nothing but the role ("the governor"), is that
person (`Searcher._held_role_of`). Not a role two people of the story hold: "For the
senator," of a story with two senators is framed for neither."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

ROUTE_STORY = "\n".join(
    [
        "Harlan Air will fly daily between Port Merrow and the capital from March, under a deal"
        " signed on Friday with the state.",
        "“Velez knows the coast,” said economist Tom Reyes of Governor Ana Velez, who signed"
        " the deal.",
        "“Velez was right to sign it, and Velez will say so,” Reyes said.",
        "“Nobody courted Harlan harder than Velez,” Reyes said.",
        "“For the governor, the route is a chance to show voters on the coast that the capital"
        " has not forgotten them, a year before she faces them again,” Reyes said.",
        "“For Harlan, cheap landing fees and full planes matter more than politics,” Reyes said.",
        "State Sen. Ines Moreau and State Sen. Paul Grady both voted for the subsidy.",
        "“For the senator, the subsidy is a way to bring jobs home,” a spokesman said.",
    ]
)
FRAMED = "“For the governor,"


@pytest.fixture(scope="module")
def route() -> Searcher:
    return searcher_for("route", ROUTE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "reyes on what velez gets out of it?",
        "according to reyes, what does velez get out of the deal",
        "what's in it for ana velez, according to the economist",
    ],
)
def test_a_gain_asked_by_name_is_told_framed_for_the_role(route: Searcher, question: str) -> None:
    answer = route.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Tom Reyes"
    assert answer.passages[0].text.startswith(FRAMED)
    # on main: her name's passage first, rated high ("reyes on what velez gets out of it?")
    assert answer.confidence == "high"


def test_a_role_two_people_hold_frames_for_neither(route: Searcher) -> None:
    answer = route.ask("what does moreau get out of the subsidy")
    assert not (answer.passages and answer.passages[0].text.startswith("“For the senator,"))
