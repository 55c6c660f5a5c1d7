"""A question word the story never uses that WordNet gives one sense reaches the words of its
definition ("roster": "a list of names"), below a synonym and in the order shown only, on a
story of its own: a football club whose squad is "a list of the names" of its players, beside
passages on the club's season."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import Source, shared_wordnet
from bot.engine.search import Searcher, SearchSettings
from bot.engine.search.reading import UnknownWord
from tests.engine.stories import first_passage, searcher_for

CLUB_STORY = "\n".join(
    [
        "The Dunmore Rovers begin their season on Saturday against Harlow Town.",
        "The club has set out a list of the names of the 24 players who will travel to Harlow.",
        "Coach Elena Voss said the club had a strong season last year and hoped for more.",
        "Tickets for the season cost $180 for adults and $90 for children.",
        "The stadium's new stand holds 4,000 fans and opened in August.",
        "Voss said the club would give young players a chance this season.",
        "The Rovers finished third in the league last year.",
        "Around 300 fans watched the last training session on Thursday.",
        "The club's shirts are made by a local firm in Dunmore.",
        "Local bus routes will run late on match days.",
    ]
)
# without the definitions, and the broader kind a definition names ("roster", "a list of
# names", is a kind of list: "broader_defined" reaches "list" too)
WITHOUT = tuple(
    s
    for s in SearchSettings().bridge_sources
    if s not in (Source.DEFINITIONS, Source.BROADER_DEFINED)
)


@pytest.fixture(scope="module")
def club() -> Searcher:
    return searcher_for("rovers", CLUB_STORY)


@pytest.fixture(scope="module")
def without(club: Searcher) -> Searcher:
    return Searcher(club.snapshot, SearchSettings(bridge_sources=WITHOUT))


@pytest.mark.parametrize("settings", [{}, {"semantic_weight": 0.0}])
def test_a_word_of_one_sense_reaches_the_words_of_its_definition(
    club: Searcher, without: Searcher, settings: dict[str, float]
) -> None:
    question = "has the club shared its roster for the season"
    searcher = Searcher(club.snapshot, SearchSettings(**settings))
    assert first_passage(searcher, question).startswith("The club has set out a list")
    # without it, the passages on the club's season: the story never says "roster"
    assert first_passage(without, question).startswith(("Voss said", "Coach Elena Voss"))


def test_only_a_word_of_one_sense_is_read_by_its_definition() -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    assert wordnet.definition_words("roster") == {"list", "names"}
    assert wordnet.definition_words("rosters") == {"list", "names"}  # any form of the word
    assert wordnet.definition_words("tiny") == {"small"}
    # several senses: the definition of the one typed is not known ("cheap" is also "flashy")
    assert wordnet.definition_words("cheap") == frozenset()
    assert wordnet.definition_words("deal") == frozenset()
    assert wordnet.definition_words("xqzv") == frozenset()
    # a name: what the thing is, not another way to say the word
    assert wordnet.definition_words("Beijing") == frozenset()
    assert wordnet.definition_words("buddies") == {"accompanies", "activities", "close", "friend"}


def test_only_the_words_the_corpus_uses_are_searched(club: Searcher) -> None:
    # "buddy": "a close friend who accompanies his buddies in their activities", none of them
    # the story's
    assert club._definition_bridges(_unknown(club, "is the roster out"), {}) == ("list", "name")
    assert club._definition_bridges(_unknown(club, "who are his buddies"), {}) == ()


def _unknown(searcher: Searcher, question: str) -> tuple[UnknownWord, ...]:
    """The question's words the corpus never uses, its topic all of them (these questions
    name no speaker), as `_definition_bridges` takes them."""
    words = list(searcher._question_words(question))
    return searcher._unknown_topic_words(question, words, [w.term for w in words])
