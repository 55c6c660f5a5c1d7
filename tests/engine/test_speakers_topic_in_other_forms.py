"""A speaker's passage holds the topic asked about in another form of its word, on a story of
its own: "why does Vance say the detention numbers are a problem" is answered where the story
reports her in its own words ("According to Vance, the sheriff's office has detained 300
people ..."), not only where she says "detention". Among a speaker's passages, one holding a
topic word in any of its forms (WordNet's derivationally related ones the story uses) is on the
topic."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for, speakers_of

# A jail and a lawyer for the families of those held in it: her words reported once, with the
# figures, and quoted once, with the topic's noun.
JAIL_STORY = "\n".join(
    [
        "Families gathered outside the Harlan County jail on Tuesday with civil rights lawyer"
        " Rhea Vance.",
        "According to Vance, the sheriff's office has detained 300 people at the county jail"
        " since early March, though only 40 were charged with a crime.",
        "“Detention without charge has become routine here,” Vance said.",
        "“These are not criminals, they are our neighbours and their children,” she added.",
        "“Nobody in this county is any safer from crime because of it,” Vance told reporters.",
        "The sheriff, Tom Corbel, did not answer questions about the jail.",
        "Vance has represented families in the county since 2019.",
    ]
)


@pytest.fixture(scope="module")
def jail() -> Searcher:
    return searcher_for("jail", JAIL_STORY)


def test_the_reported_figures_are_hers(jail: Searcher) -> None:
    assert speakers_of(jail, "detained 300") == ["Rhea Vance"]


@pytest.mark.parametrize(
    "question",
    [
        "why does vance say the detention numbers are a problem",
        "what did vance say about detentions",
    ],
)
def test_her_passage_holding_the_verb_is_on_the_topic(jail: Searcher, question: str) -> None:
    # before: only the passage holding "detention" was kept of hers, the figures never shown
    texts = [passage.text for passage in jail.ask(question).passages]
    assert any("detained 300" in text for text in texts)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("what did vance say about detention", "“Detention without charge"),
        ("what did vance say about crime", "“Nobody in this county"),
    ],
)
def test_her_passage_holding_the_questions_own_word_comes_first(
    jail: Searcher, question: str, first: str
) -> None:
    # the other form widens what is on the topic, not what answers first ("criminals")
    assert jail.ask(question).passages[0].text.startswith(first)
