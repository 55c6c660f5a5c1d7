"""`Secretary of State Dana Whitfield, whose office certifies county results, said ... were
"among the most rigorous in the state."`: a capitalised title with "of" before a name
("Secretary of State", "Minister of Health") introduces the person the name is, with that
title as their role, and the phrase is the subject of the cue after it. On a story of its own
(a vaccine drive)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import people_and_roles, quoted, searcher_for

VACCINE_STORY = "\n".join(
    [
        "More than 40,000 children were vaccinated against measles in Arlo Province last week.",
        "Minister of Health Ana Belmonte, whose ministry runs the clinics, said the drive had "
        "reached “every village that has a road, and most that do not.”",
        "“We will go back for the rest in May,” Belmonte said.",
    ]
)


@pytest.fixture(scope="module")
def vaccine() -> Searcher:
    return searcher_for("arlo", VACCINE_STORY)


def test_a_title_with_of_introduces_the_name_after_it(vaccine: Searcher) -> None:
    assert "Minister of Health" in people_and_roles(vaccine)["Ana Belmonte"]
    assert quoted(vaccine, "every village that has a road") == ["Ana Belmonte"]
    assert quoted(vaccine, "We will go back for the rest") == ["Ana Belmonte"]
