"""A people typed in one spelling ("Ecuadorans") is the people a story writes in another
("Ecuadorians"): two of the country's people's words in WordNet one edit apart, the story's
written as a plural too, reached from a plural typed (the people, not the adjective of "the
Ecuadoran central bank"). In the order shown only, however many passages name the country:
its other words ("Ecuador") are reached only where few passages name it
(`_other_names_bridges`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.text import terms
from tests.engine.stories import searcher_for

# a story about Ecuador writing "Ecuadoran" as an adjective in most passages, and its people as
# "Ecuadorians" once
WAGE_STORY = "\n".join(
    [
        "The Ecuadoran government said on Monday it would raise the minimum wage by 5 percent in"
        " January.",
        "Labour Minister Diego Mora said Ecuadoran exporters of shrimp and bananas could afford"
        " the rise.",
        "Ecuadoran business groups warned that the rise would cost jobs in textile factories.",
        "The Ecuadoran central bank expects growth of 2 percent this year, its governor said.",
        "“Families here live on what their children send,” Mora said.",
        "Ecuadoran officials will meet bankers in Quito next week to discuss the plan.",
        "In 2019, Mora persuaded Spain to extend work permits for Ecuadorians living in Madrid."
        " Spain agreed a year later.",
        "The Ecuadoran economy shrank sharply during the pandemic, and unemployment rose above 6"
        " percent.",
        "Opposition leader Lucia Paredes called the rise an election stunt.",
        "Ecuadoran unions had asked for 10 percent.",
        "The wage rise will cost the Ecuadoran state about $40 million a year.",
        "Ecuador adopted the dollar as its currency in 2000.",
    ]
)
PERMITS = "work permits for Ecuadorians"


@pytest.fixture(scope="module")
def wages() -> Searcher:
    return searcher_for("wages", WAGE_STORY)


def test_a_plural_typed_reaches_the_storys_spelling(wages: Searcher) -> None:
    # third before, behind two passages of the adjective alone
    answer = wages.ask("has mora helped ecuadorans abroad")
    assert PERMITS in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # not among the three shown before
        "did mora ever actually do anything for ecuadorans before this",
        "what has mora done for ecuadorans",
    ],
)
def test_the_storys_spelling_is_among_those_shown(wages: Searcher, question: str) -> None:
    assert any(PERMITS in passage.text for passage in wages.ask(question).passages[:3])


@pytest.mark.parametrize(
    ("question", "bridges"),
    [
        ("has mora helped ecuadorans abroad", {"ecuadoran": ("ecuadorian",)}),
        ("what about ecuadorians", {}),  # the story's own spelling: nothing to reach
        ("what does the ecuadoran central bank expect", {}),  # the adjective, not the people
        ("what has mora done for guatemalans", {}),  # another people
    ],
)
def test_which_spellings_are_reached(
    wages: Searcher, question: str, bridges: dict[str, tuple[str, ...]]
) -> None:
    assert wages._other_spellings_bridges(question, terms(question)) == bridges
