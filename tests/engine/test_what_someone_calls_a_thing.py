""" "what did trump call the people they sending over there": what someone calls a thing, asked
by its noun after "call" or "describe", is told where the story gives it a word ("“These are
sick people,” the president said"), not where the noun is only what something is said to or
of, after a preposition ("I want to say hello to the people of El Salvador"), which main put
first (fresh-80 s03; "what did trump call the people" was high on it). A label after "as"
("described as “a very low fee”") is a word given it."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

COOP_STORY = "\n".join(
    [
        "The Kern Valley co-op held its harvest meeting on Thursday in Delano, led by co-op"
        " manager Lena Diaz.",
        "“Good evening to the growers of Kern County, and thank you for coming,” Diaz said as"
        " the meeting opened. “It has been a long season for all of us.”",
        "Buyers from two packing companies had cut the price of table grapes by a fifth this"
        " season.",
        "“These are stubborn growers, and they will not sell at a loss,” the manager said."
        " Buyers did not answer calls.",
        "Omar Reyes, a grower from Arvin, said the co-op would ask the county for help with cold"
        " storage.",
    ]
)
GREETING = "“Good evening to the growers"
LABEL = "“These are stubborn growers"


@pytest.fixture(scope="module")
def coop():  # type: ignore[no-untyped-def]
    return searcher_for("coop", COOP_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the greeting first, high
        "what did diaz call the growers of kern county",
        "how did diaz describe the growers of kern county",
        # on main: the greeting first, low
        "what did diaz call the growers at the meeting",
        "how did diaz describe the growers",
        # guards, the label first on main too
        "what did diaz call the growers",
        "diaz called the growers what??",
    ],
)
def test_what_someone_calls_a_thing_is_where_they_give_it_a_word(coop, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = coop.ask(typed)
    assert answer.asked_speaker == "Lena Diaz"
    assert answer.passages[0].text.startswith(LABEL)


def test_a_label_the_ranking_puts_first_is_answered(coop) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = coop.ask("what did the co-op manager call the growers of the county")
    assert answer.passages[0].text.startswith(LABEL)
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "typed", ["what did diaz say to the growers", "what did diaz say about the growers"]
)
def test_words_said_to_them_are_not_asked_as_a_label(coop, typed: str) -> None:  # type: ignore[no-untyped-def]
    # guards, as on main
    assert coop.ask(typed).passages[0].text.startswith(GREETING)
