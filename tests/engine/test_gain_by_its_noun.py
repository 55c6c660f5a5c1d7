""" "According to the Cornell academic, what's the payoff for Bukele himself from cozying up to
Trump?": someone's gain asked for by its noun (a payoff, an upside, benefits, perks) is asked
as "what's in it for X" and "what does X get out of it" are: the passage whose sentence opens
"For X," tells it, whatever words it then tells it in. Only the verbs and "in it for" were
read so; the professor's passage framed "For President Trump," came first, the one framed "For
President Bukele," third (fresh-66 s08). Not of several at once ("the advantages for both of
them"), as with "what does it mean for"."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FINAL_STORY = "\n".join(
    [
        "Mayor Ines Kale hosted the regional football final at the new stadium on Saturday.",
        "The city of Harlow has a population of 90,000, and its stadium seats 20,000 fans.",
        "“For the league, the final in Harlow proves that smaller cities can host big games,”"
        " said Paul Ortiz, a sports economist at Bristol University.",
        "“For Mayor Kale, hosting the final has given her a stage to show the city's new"
        " transit line, which is expected to bring visitors and investment,” Ortiz added.",
        "Ortiz said the stadium had cost the city more than planned.",
    ]
)


@pytest.fixture(scope="module")
def final():  # type: ignore[no-untyped-def]
    return searcher_for("final", FINAL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: the league's passage first, Kale's second
        "According to the sports economist, what's the payoff for Kale herself from hosting"
        " the final?",
        # on main: the opening passage first
        "what's the upside for the mayor in hosting?",
        # a guard: first on main too
        "per ortiz, any benefits for kale from the final?",
    ],
)
def test_the_gain_asked_by_its_noun_is_the_passage_framed_for_them(final, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = final.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("“For Mayor Kale,")


def test_the_perks_for_a_body(final) -> None:  # type: ignore[no-untyped-def]
    # on main: first, low
    answer = final.ask("what are the perks for the league?")
    assert answer.confidence == "high"
    assert answer.passages[0].text.startswith("“For the league,")


def test_the_gain_of_both_is_no_ones_framing(final) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: a sentence framed for one of them tells half of it
    answer = final.ask("what did ortiz say the advantages for both of them were?")
    assert answer.confidence == "low"
