"""A quotation carrying on from the paragraph that names whose words they are and about which
country ("an Andean Water Forum report on Peru says", then "“A rationing scheme introduced
in October 2023 is still in force ...”") does not name the country again; read alone, it was
the least close in meaning of the passages a question naming the country finds ("what year
did the rationing in peru start": the country is a good share of the question's tokens), and
closeness, min-max scaled over those passages, gave it 0 however far its words led. In the
order shown it is read in its context: the question's words naming a place against the
paragraph before, the others against its own (`MeaningCloseness._in_context`; over the sets
in tests/data, "when did el salvador's state of emergency start" and ten more first,
docs/quality-history.md, 9rank10)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

WATER_STORY = "\n".join(
    [
        "Lima's water utility will keep cutting service to outer districts through the dry "
        "season, officials said on Monday.",
        "Residents of Peru's capital have grown used to filling buckets before dawn, and some "
        "neighborhoods now get water only three days a week.",
        "“The utility has failed to invest in its reservoirs for a decade and left the poorest "
        "districts to pay for it,” an Andean Water Forum report on Peru says.",
        "“A rationing scheme introduced in October 2023 is still in force, cutting supply to "
        "millions. Tanker trucks charge ten times the utility's price, and complaints to "
        "regulators go unanswered.”",
        "Peru's government says the shortage is the result of a long drought and has promised "
        "new pipelines for Lima.",
        "Peru's environment minister, Rosa Quispe, said last week that the country would start "
        "building two desalination plants next year.",
        "Farmers in the south of Peru say their wells have dropped by several meters.",
        "The utility's chief, Marco Ruiz, blamed illegal connections for a third of the water "
        "lost.",
    ]
)

RATIONING = "A rationing scheme introduced in October 2023"


@pytest.fixture(scope="module")
def water() -> Searcher:
    return searcher_for("peru-water", WATER_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # the minister's "would start building ... next year", naming Peru, came first
        "what year did the rationing in peru start",
        "what year did peru's rationing start",
    ],
)
def test_a_quotation_is_read_with_the_country_the_paragraph_before_names(
    water: Searcher, question: str
) -> None:
    answer = water.ask(question)
    assert RATIONING in answer.passages[0].text


def test_a_question_naming_no_place_is_ranked_as_before(water: Searcher) -> None:
    answer = water.ask("what year did the rationing start")
    assert RATIONING in answer.passages[0].text


def test_the_reading_in_context_needs_a_place_the_paragraph_before_names(
    water: Searcher,
) -> None:
    words = water._words_in_context(["rationing", "peru"], ["ration", "peru"], frozenset())
    assert words is None  # no word naming a place: nothing to read in context
    words = water._words_in_context(["rationing", "peru"], ["ration", "peru"], frozenset({"peru"}))
    assert words is not None
    pool = [(passage, 1.0, 0) for passage in range(len(water.snapshot.passages))]
    in_context = water._in_context(pool, words)
    # the rationing quotation (after the report "on Peru"), not the report's own quotation
    # (after a paragraph naming Peru, but holding the word itself: "... report on Peru says")
    assert list(in_context) == [3]
