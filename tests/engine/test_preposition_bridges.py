"""A question's preposition, which has no term of its own, reaches the story's word for it
through its senses as an adverb in WordNet ("before" -> "ahead"), on a story of its own: a
product launch, where the video was posted "ahead of" it and another passage names the launch
and a video too."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import Source
from bot.engine.search import Searcher, SearchSettings
from tests.engine.stories import first_passage, searcher_for

LAUNCH_STORY = "\n".join(
    [
        "Harlow Motors unveiled its first electric truck on Friday at a plant in Dunmore.",
        (
            "Ahead of the launch, the company posted a teaser video showing the truck driving "
            "through deep snow."
        ),
        "Reviewers liked the launch video.",
        "The truck will cost $52,000 and reach dealers in the spring.",
        "Chief executive Mara Lind said the plant would hire 900 workers.",
        "Later, the company said it had taken 3,000 orders in the first day.",
        "Unions welcomed the jobs but asked about pay at the new plant.",
        "The plant was built on the site of a closed paper mill.",
        "Rival makers have cut prices on their own electric trucks this year.",
        "Dunmore's mayor called the opening a turning point for the town.",
        "Around 200 people watched the truck leave the plant.",
        "Charging stations along the highway are still scarce, drivers said.",
        "The company's shares rose 8 percent after the event.",
    ]
)
WORDS_ONLY = {"semantic_weight": 0.0}  # the words' ranking alone, as in a corpus too large


@pytest.fixture(scope="module")
def launch() -> Searcher:
    story = searcher_for("launch", LAUNCH_STORY)
    return Searcher(story.snapshot, SearchSettings(**WORDS_ONLY))


@pytest.fixture(scope="module")
def without(launch: Searcher) -> Searcher:
    sources = tuple(s for s in SearchSettings().bridge_sources if s is not Source.PREPOSITIONS)
    return Searcher(launch.snapshot, SearchSettings(bridge_sources=sources, **WORDS_ONLY))


def test_before_reaches_the_storys_ahead_of(launch: Searcher, without: Searcher) -> None:
    question = "what video did the company post before the launch"
    assert first_passage(launch, question).startswith("Ahead of the launch")
    assert first_passage(without, question).startswith("Reviewers liked")


def test_after_reaches_later(launch: Searcher) -> None:
    answer = launch.ask("what did the company say after the unveiling")
    assert any(p.text.startswith("Later, the company said") for p in answer.passages)


def test_a_preposition_reaches_only_the_words_the_corpus_uses(launch: Searcher) -> None:
    # "before" is also "earlier", which the story never says
    assert launch._preposition_bridges("what happened before the launch") == {"before": ("ahead",)}
    # "about" is "around" as an adverb, which the story uses, but in another meaning: only the
    # prepositions of time are read so
    assert launch._preposition_bridges("what did they say about the truck") == {}
