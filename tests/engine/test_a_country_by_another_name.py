"""A country the question names by one of its names ("the UK", "the US") is the one a
passage names by another ("the United Kingdom"), and the other way round: a story writes "the
U.K." in one paragraph and "the United Kingdom" in the next (fresh-73 c01, fresh-78 c02,
fresh-79 n03: "how many deportees from the US" of "deported from the United States, having
so far locked up more than 250"). The names are WordNet's; a name counts where the corpus
writes it of that country. The pronoun "us" stays a pronoun."""

from __future__ import annotations

import pytest

from bot.engine.countries import Countries
from bot.engine.lexicon import WordNet, wordnet_directory
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

QUOTA_STORY = "\n".join(
    [
        "Trade minister Hal Brenner arrived in Oslo on Monday for talks on fishing quotas.",
        "Norway has agreed to take trawlers turned away from the United Kingdom, having so far"
        " licensed more than 40 of them to fish its northern waters.",
        "According to the fishermen's union, Norway has inspected 900 boats this year, though"
        " only 12 were fined.",
        "Officials said the deal would cut the price of cod in the U.K. by a fifth.",
        "In Norway, the price of cod would rise slightly, officials said.",
        "“We cannot wait another season,” Brenner said.",
    ]
)


@pytest.fixture(scope="module")
def quotas() -> Searcher:
    return searcher_for("quotas", QUOTA_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how many boats from the UK does norway have so far",
        "how many boats from the U.K. did norway license??",
    ],
)
def test_a_short_name_reaches_the_full_one(quotas: Searcher, question: str) -> None:
    assert "United Kingdom" in quotas.ask(question).passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "What will happen to the price of cod in the United Kingdom?",
        "what about cod prices in the united kingdom",
    ],
)
def test_the_full_name_reaches_a_short_one(quotas: Searcher, question: str) -> None:
    assert "U.K." in quotas.ask(question).passages[0].text


def test_the_pronoun_us_is_no_country() -> None:
    directory = wordnet_directory()
    assert directory is not None
    countries = Countries(WordNet(directory))
    named = countries.written_as_names
    assert named("what does the deal mean for us? tell us") == []
    assert named("Us and them") == []
    assert named("how many of the states") == []
    assert named("a Latin America tour") == []
    assert [
        text[s:e] for text in ["sent to the US, the States, america"] for _, s, e in named(text)
    ] == [
        "US",
        "the States",
        "america",
    ]
