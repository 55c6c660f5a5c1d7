"""A question's informal word for a person or for something said reaches the broader kind its
definition names ("tourists": "someone who travels for pleasure", a traveler; "flak": "intense
adverse criticism"), for the ranking; and "-wise" after a noun ("money-wise") is read as "as
regards", no topic word of its own. On a story of their own."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import Source, WordNet, wordnet_directory
from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import searcher_for

# A harbour town's lighthouse repair: the council's advisory is for "travelers", the mayor
# faces "criticism"; "council", "mayor" and "lighthouse" are in other paragraphs too.
HARBOUR_STORY = "\n".join(
    [
        (
            "The harbour town of Merrow reopened its old lighthouse on Saturday after a "
            "two-year repair."
        ),
        "The council issued an advisory asking travelers to keep off the cliff path in storms.",
        "Mayor Ruth Penn said the council would open the lighthouse every weekend from May.",
        "The council fenced off the lighthouse steps after rockfalls last winter.",
        "Fishermen said the repairs blocked the quay for months.",
        "Penn faced sharp criticism from shop owners over the cost of the repairs.",
        "The repair cost 2 million pounds, paid from a state grant.",
        "Shop owners said the closed quay cost them a summer of trade.",
        "The council told Penn to stay away from the lighthouse until the vote.",
    ]
)
_ADVISORY_PARAGRAPH = 2
_CRITICISM_PARAGRAPH = 6


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("merrow", HARBOUR_STORY)


def _without_broader_kinds(searcher: Searcher) -> Searcher:
    sources = tuple(s for s in SearchSettings().bridge_sources if s is not Source.BROADER_DEFINED)
    return Searcher(searcher.snapshot, SearchSettings(bridge_sources=sources))


def test_a_word_for_a_person_reaches_the_kind_its_definition_names(harbour: Searcher) -> None:
    """The story never says "tourists"; its advisory is for "travelers", the kind of person
    WordNet's definition of a tourist names ("someone who travels for pleasure"). The advisory
    comes first, before the council's word to the mayor; without the source it does not."""
    question = "what did the council tell tourists"
    assert harbour.ask(question).passages[0].paragraph == _ADVISORY_PARAGRAPH
    assert _without_broader_kinds(harbour).ask(question).passages[0].paragraph != (
        _ADVISORY_PARAGRAPH
    )


def test_a_word_for_something_said_reaches_the_kind_its_definition_names(
    harbour: Searcher,
) -> None:
    """ "flak" is "intense adverse criticism", a kind of criticism: the paragraph on the
    criticism the mayor faces is among the first three; without the source it is lower (since
    9desc3 "the mayor" is searched as Penn too, which the paragraph names: third, not below)."""
    question = "what is the mayor getting flak for"
    shown = [p.paragraph for p in harbour.ask(question, top_k=10).passages]
    assert _CRITICISM_PARAGRAPH in shown[:3]
    without = [
        p.paragraph for p in _without_broader_kinds(harbour).ask(question, top_k=10).passages
    ]
    assert _CRITICISM_PARAGRAPH not in without[: shown.index(_CRITICISM_PARAGRAPH) + 1]


def test_a_broader_kind_is_only_one_of_a_person_or_of_something_said() -> None:
    """A definition's kind of state, act or group is too broad to stand for the word:
    "feeling" is a "state", "team" a "unit"; the kinds of people and of what is said are
    followed, and only where the definition names them."""
    directory = wordnet_directory()
    assert directory is not None
    wordnet = WordNet(directory)
    assert "man" in wordnet.related("guy", [Source.BROADER_DEFINED])
    assert "traveler" in wordnet.related("tourists", [Source.BROADER_DEFINED])
    assert "criticism" in wordnet.related("flak", [Source.BROADER_DEFINED])
    assert "state" not in wordnet.related("feeling", [Source.BROADER_DEFINED])
    assert "unit" not in wordnet.related("team", [Source.BROADER_DEFINED])
    # a hypernym the definition does not name: "jail" is a "correctional institution"
    assert wordnet.related("jail", [Source.BROADER_DEFINED]) == frozenset()


@pytest.mark.parametrize("typed", ["money-wise", "money wise"])
def test_wise_after_a_noun_is_no_topic_word(harbour: Searcher, typed: str) -> None:
    """ "money-wise" is "as regards money": the question is answered as the one without "-wise"
    ("wise" read as a word the story lacks reached the senses of the adjective and the noun,
    "way", and reordered the passages)."""
    with_wise = harbour.ask(f"is the repair worth it {typed}")
    plain = harbour.ask("is the repair worth it for the money")
    assert [p.paragraph for p in with_wise.passages] == [p.paragraph for p in plain.passages]
    assert with_wise.confidence == plain.confidence
