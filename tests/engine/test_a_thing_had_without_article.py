""" "does abrego garcia have family in maryland? wife/kids?": whether someone has a thing named
with no article (a plural, a mass noun) is told only by a passage holding the thing, as "did X
have a licence" and "any concerns" were (`_lacks_what_any_asks`); and a word of it held only
inside a name of capitalised words is no use of it. On main the passage on Abrego Garcia, "a
Maryland man" the White House was ordered to bring back, was rated high: "family" was read only
with an article, and its bridge "house" (the household) was held, in "White House" (fresh-67
u08). A thing that is a figure ("does X have numbers behind it") is told by a figure."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

QUARRY_STORY = "\n".join(
    [
        "The county board voted on Tuesday to reopen the Dunmore quarry, owned by Ray Whitlock.",
        "Whitlock, a Vermont builder, was told by the Harbour House office to cut the blasting"
        " hours before the permit is renewed.",
        "“We have waited three years for this,” Whitlock said after the vote.",
        "Board chair Alma Reyes said reopening would cost the county 40 times less than"
        " trucking gravel in from Ohio.",
    ]
)


@pytest.fixture(scope="module")
def quarry():  # type: ignore[no-untyped-def]
    return searcher_for("quarry", QUARRY_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each high on a passage naming him, the thing read only after an article
        "does whitlock have kids in vermont?",
        "did whitlock have partners in the quarry?",
        "does whitlock have debts from the quarry?",
    ],
)
def test_a_bare_thing_no_passage_holds_is_not_vouched_for(quarry, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = quarry.ask(typed)
    assert answer.answered
    assert answer.confidence == "low"


def test_a_thing_held_only_in_a_name_is_not_held(quarry) -> None:  # type: ignore[no-untyped-def]
    # on main: high, "family" reaching "house" (a household), held only in "Harbour House"
    answer = quarry.ask("does whitlock have a family in vermont?")
    assert answer.confidence == "low"


def test_a_bare_thing_the_passage_holds_is(quarry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = quarry.ask("does whitlock have blasting hours to cut?")
    assert answer.confidence == "high"
    assert "blasting hours" in answer.passages[0].text


def test_a_figure_had_is_told_by_a_figure(quarry) -> None:  # type: ignore[no-untyped-def]
    # on main: low, "figures" held by no passage
    answer = quarry.ask("does reyes have any figures on the cost?")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("Board chair Alma Reyes")
    # a guard, as on main
    answer = quarry.ask("does reyes have numbers behind her cost claim?")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("Board chair Alma Reyes")


def test_a_verb_or_an_adverb_after_have_is_no_thing(quarry) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "has he ever", "had been" ask of no thing had
    answer = quarry.ask("has whitlock ever waited for the permit?")
    assert answer.confidence == "high"
