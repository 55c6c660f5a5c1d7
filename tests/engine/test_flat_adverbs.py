"""An adverb that is an adjective as written too ("only", "early", "daily") says when or how far,
as "still" does, and weighs as one in the ranking (bot/engine/search/signals.py,
`_made_from_an_adjective`): only an "-ly" adverb made from an adjective ("illegally") says
what is asked. As a word of the topic, "only" found a quotation's "I only do things by the
book" before the passage telling when the two met."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from bot.engine.search.signals import _made_from_an_adjective
from tests.engine.stories import searcher_for

MEETING_STORY = "\n".join(
    [
        "Governor Tomas Reyes welcomed Mayor Ines Varga to the state capitol on Monday.",
        "“If Varga can build the harbour wall for less money, I'm in — but I only do things by"
        " the book,” Reyes said on Friday.",
        "Reyes has built a relationship with Varga over several years. The two met in 2015, when"
        " Varga asked for help with the ferry.",
        "Varga has met members of the governor's staff many times over the years.",
    ]
)


@pytest.fixture(scope="module")
def meeting() -> Searcher:
    return searcher_for("meeting", MEETING_STORY)


def test_only_says_how_far_not_what_about(meeting: Searcher) -> None:
    # before, "I only do things by the book" came first
    answer = meeting.ask("did reyes and varga only meet this year or way before?")
    assert answer.passages[0].text.startswith("Reyes has built a relationship")


@pytest.mark.parametrize(
    ("adverb", "made"),
    [("illegally", True), ("fairly", True), ("only", False), ("early", False), ("still", False)],
)
def test_which_adverbs_are_made_from_an_adjective(adverb: str, made: bool) -> None:
    assert _made_from_an_adjective(adverb) is made
