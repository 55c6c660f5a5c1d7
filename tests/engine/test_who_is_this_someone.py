""" "ok so who even is this bukele guy n why is he so chummy w trump??": "who is this X" asks who
X is, as "who is X" does; chat points at the one it asks about with "this" or "that". Read as
any question naming Bukele, the passage of his failed visit to Biden came first, not the one
telling who he is ("Salvadoran President Nayib Bukele", fresh-78 c01)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "Harbor Board chair Lena Voss, a former ship captain, opened the new ferry terminal on"
        " Monday.",
        "The terminal cost $40 million and took three years to build.",
        "Voss tried to meet the governor in 2022, but the governor refused. Now Voss is back in"
        " favor.",
        "“We built this for the island,” Voss said.",
    ]
)


@pytest.fixture(scope="module")
def ferry():  # type: ignore[no-untyped-def]
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage of her failed meeting first (the last high)
        "who is this voss person",
        "who even is this voss lady",
        "whos that voss woman anyway",
        "who was that voss again",
        # a guard, first on main too
        "who is voss",
    ],
)
def test_who_this_someone_is_is_told_where_they_are_described(ferry, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = ferry.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Harbor Board chair Lena Voss")
