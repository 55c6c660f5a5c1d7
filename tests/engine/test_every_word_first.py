"""A "what" question whose every telling word one passage holds, while the passage closest to it
in meaning lacks one, on a story of its own: closeness in meaning, min-max scaled over a few
candidates, turned a small difference in cosine into half the ranking score and kept the
passage answering it second (bot/engine/search/candidates.py, `_holding_every_word_first`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A commissioner's film posted ahead of a mayor's visit; a paragraph close in meaning to the
# question (a letter sent ahead of the visit) that never says "posted".
PORT_STORY = "\n".join(
    [
        "The mayor of Porto Lindo, Ana Ferro, flew to Brussels on Tuesday for talks on the new "
        "port.",
        "Varga has written to Ferro many times over the years. Most recently, Varga sent the "
        "mayor a long letter ahead of her visit to Brussels.",
        "The port will take ten years to build and cost four billion euros.",
        "Fishermen in the old harbour worry that the dredging will drive away the fish.",
        "Those worries do not seem to trouble Varga. Ahead of the visit, Varga posted a short "
        "film to her blog showing cranes unloading ships at a rival port.",
        "Ferro said the port would bring thousands of jobs to the region.",
        "The talks ended without a deal, and both sides said they would meet again in spring.",
        "A group of residents has asked a court to stop the project.",
        "The court will hear the case next month.",
        "Ferro's party won the last election with a large majority.",
        "The region's farmers want a new road to the coast as well.",
        "Tourism has grown every summer since the old bridge was repaired.",
        "The city council voted in favour of the plan last year.",
        "Engineers say the sea floor is soft and will need deep piles.",
        "Shipping firms have promised to use the port once it opens.",
        "The national government has not said whether it will help pay.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port-film", PORT_STORY)


def test_the_passage_holding_every_word_is_shown_first(port: Searcher) -> None:
    # Before: the letter "ahead of her visit" (near in meaning, no "posted") was shown first.
    answer = port.ask("what did varga post before the visit")
    assert answer.answered
    assert "Varga posted a short film" in answer.passages[0].text
    assert "long letter" in answer.passages[1].text
