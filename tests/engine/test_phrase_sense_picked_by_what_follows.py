"""The word typed after a phrasal verb picks its sense: "put up online" is posting, where "put
up" alone is as much raising (WordNet has both: "post", "put up" its most frequent sense, and
"raise", "erect"). The story's word closer in meaning to the phrase with that word than to the
phrase alone leads the verb to it, for the ranking, instead of the one the particle picks
against the verb alone. Before, "put up" found only the story's "raised" (and "put anything
up" was no phrasal verb: "anything" was read as no object)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FEES_STORY = "\n".join(
    [
        "The Harlow council voted on Monday to raise parking fees by 20 percent, the first rise"
        " in a decade.",
        "Mayor Dana Pruitt, who first proposed the rise, said the town needs the money for"
        " road repairs.",
        "Pruitt raised the fees once before, in 2019, after a storm closed the bridge.",
        "Ahead of the vote, Pruitt posted a video to her campaign page showing the flooded road"
        " on Mill Lane.",
        "Residents raised concerns about the fees at a meeting on Tuesday.",
        "Shop owners on Mill Lane said fewer people would drive into town.",
        "The fees take effect in May and will be reviewed after a year.",
        "Council member Omar Diallo voted against the rise.",
    ]
)


@pytest.fixture(scope="module")
def fees() -> Searcher:
    return searcher_for("fees", FEES_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did pruitt put up online",
        "did pruitt put up online anything about the road",
        "what did Pruitt put up online last week?",
        # an indefinite pronoun between the verb and its particle is its object: "put ... up"
        "did pruitt put anything up online",
        "has pruitt put something up online about it?",
    ],
)
def test_put_up_online_is_posted(fees: Searcher, question: str) -> None:
    answer = fees.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("Ahead of the vote, Pruitt posted")


def test_put_up_alone_keeps_its_reading(fees: Searcher) -> None:
    answer = fees.ask("why did the council put up parking fees")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("The Harlow council voted on Monday to raise")
