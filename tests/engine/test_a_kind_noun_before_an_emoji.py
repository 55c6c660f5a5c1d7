""" "bukele age? 🙏 between mtgs": a search box's "X age" asks how old X is, as "how old is X"
does, but only where the message ended at the noun or its marks: an emoji after it ("🙏")
hid the noun, though the pattern reading it reads past any mark; the passage of his age was
not returned (fresh-71 c06, which "between mtgs" still spoils: the writer's circumstances)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "Mayor Ines Kale opened the new harbor ferry terminal on Saturday.",
        "“This terminal is for every family on the east side,” Kale, 51, said.",
        "The terminal cost $40 million and will serve 3,000 riders a day.",
        "Kale has met the port authority several times over the past year.",
    ]
)


@pytest.fixture(scope="module")
def harbor():  # type: ignore[no-untyped-def]
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the passage of her age not first, low
        "kale age? 🙏",
        "mayor age 😅",
        # guards, as on main: the terminal's cost is first and high on its words alone
        "terminal cost?? 🙏",
        "kale age?",
    ],
)
def test_the_kind_noun_read_past_an_emoji(harbor, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbor.ask(typed)
    assert answer.confidence == "high"
    expected = "The terminal cost" if "cost" in typed else "“This terminal is for every family"
    assert answer.passages[0].text.startswith(expected)
