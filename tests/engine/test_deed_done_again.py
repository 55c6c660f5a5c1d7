"""A deed a question says was done again ("run again", "running for a second term") that the
story says in one word, WordNet's word for something done again ("reelection": "election
again"), reached by the verb its definition or example uses ("he did not run for
reelection"), as that example uses it. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "Mayor Lena Okafor said on Tuesday that she will seek reelection next spring, although"
        " the town charter limits mayors to a single stint in office.",
        "Okafor's second term as chair of the harbour board, running through 2027, began in"
        " January.",
        "The old footbridge over the Dell River was reopened to walkers on Monday after the"
        " flood repairs.",
        "A new cycle lane is to open beside the footbridge in May, the council said.",
        "Volunteers who run the weekend market asked the council for longer opening hours.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("is okafor going to run again", "reelection"),
        ("will okafor run for another term", "reelection"),
        ("is okafor even allowed to run for a second term", "reelection"),
        ("Is Okafor running for office a second time?", "reelection"),
        ("did they open the footbridge again", "reopened"),
    ],
)
def test_a_deed_done_again_is_the_storys_one_word(town: Searcher, question: str, told: str) -> None:
    # before: "second term", "running" were the road contract's words, "again" no word, and
    # "reelection" (or "reopened") nothing typed
    answer = town.ask(question)
    assert answer.answered, answer.reason
    assert told in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # no "again": the verb as typed
        ("who runs the weekend market", "Volunteers"),
        # "run" with an object is not the example's "run for reelection"
        ("did the volunteers run the market again", "Volunteers"),
        # "a second term" with no deed done again
        ("when does okafor's second term on the harbour board end", "harbour board"),
    ],
)
def test_words_of_no_deed_done_again_keep_their_own(
    town: Searcher, question: str, told: str
) -> None:
    answer = town.ask(question)
    assert answer.answered, answer.reason
    assert told in answer.passages[0].text


def test_wordnet_gives_the_verb_its_example_uses_the_noun_with() -> None:
    from bot.engine.lexicon import shared_wordnet

    wordnet = shared_wordnet()
    assert wordnet is not None
    assert wordnet.done_again_with("reelection") == {"election", "run for"}
    assert "open" in wordnet.done_again_with("reopened")
    assert not wordnet.done_again_with("market")
