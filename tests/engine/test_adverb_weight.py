"""A question's adverbs not made from an adjective ("still", "so far") weigh little in ranking,
but where a passage holds the phrase the question makes of one, on a story of its own: a
river town's bridge repairs. "Still" opens a paragraph on something else, and "so far" says
how many repairs are done."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import first_passage, searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The Oldmill bridge over the Varne river closed in May after inspectors found cracks.",
        "Engineers said the bridge will stay closed to cars until the deck is replaced.",
        "Still, the ferry company said trade on the river had never been better.",
        "The council has so far repaired 12 of the 40 cracked beams.",
        "The repairs cost the town more than its whole roads budget for the year.",
        "Inspectors counted the cracked beams again in June.",
        "A footpath across the weir opened in June for walkers and cyclists.",
        "The mayor, Ines Kolar, promised a new crossing within three years.",
        "Shops on the east bank say they lost a third of their customers.",
        "The ferry now runs every twenty minutes, twice as often as before.",
        "Schools changed their bus routes to go round by the motorway.",
        "The river rose to its highest level in a decade in March.",
        "Fishermen have asked for the old piers to be kept, though they are dangerous.",
        "Divers say the river under the bridge is dangerous after heavy rain.",
    ]
)


def _searcher(adverb_weight: float) -> Searcher:
    # the words' ranking alone: closeness in meaning would also put the right passage first
    # here, as it often does, but not for every question on the dev and fresh sets
    story = searcher_for("bridge", BRIDGE_STORY)
    return Searcher(
        story.snapshot, SearchSettings(semantic_weight=0.0, adverb_weight=adverb_weight)
    )


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return _searcher(0.3)


@pytest.fixture(scope="module")
def adverbs_as_words() -> Searcher:
    return _searcher(1.0)


@pytest.fixture(scope="module")
def adverbs_unweighed() -> Searcher:
    return _searcher(0.0)


def _score(searcher: Searcher, question: str, opening: str) -> float:
    answer = searcher.ask(question)
    return next(p.score for p in answer.passages if p.text.startswith(opening))


def test_an_adverb_alone_does_not_find_a_passage_using_it_otherwise(
    bridge: Searcher, adverbs_as_words: Searcher
) -> None:
    question = "is the river still dangerous"
    assert first_passage(bridge, question).startswith("Divers say the river")
    # weighed as a word, the story's one "Still" outweighed "dangerous", which two passages use
    assert first_passage(adverbs_as_words, question).startswith("Still, the ferry company")


def test_the_phrase_the_question_makes_of_an_adverb_weighs_in_full(
    adverbs_unweighed: Searcher, adverbs_as_words: Searcher
) -> None:
    question = "how many cracked beams so far"
    repaired = "The council has so far repaired"
    assert first_passage(adverbs_unweighed, question).startswith(repaired)
    assert _score(adverbs_unweighed, question, repaired) == pytest.approx(
        _score(adverbs_as_words, question, repaired)
    )
    # "still" alone, not in the question's phrase ("river still"/"still dangerous"), weighs less
    ferry = "Still, the ferry company"
    river = "is the river still dangerous"
    assert _score(adverbs_unweighed, river, ferry) < _score(adverbs_as_words, river, ferry)


def test_a_question_of_adverbs_alone_is_searched_by_them(bridge: Searcher) -> None:
    # nothing else to search for: the adverb weighs as a word
    assert first_passage(bridge, "still?").startswith("Still, the ferry company")
