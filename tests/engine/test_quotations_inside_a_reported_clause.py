"""A partial quotation inside the clause a named speaker reports is that speaker's, when no
other cue in the clause takes it: an infinitive of a speech verb that no verb governs ("the
deal to add to earnings": "add" meaning increase) is no cue. Someone asked to speak ("urged
her to call it") still is, and gives the words to nobody. On a story of its own (a bakery
chain bought by a grocer)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

BAKERY_STORY = "\n".join(
    [
        "Greenway Markets agreed on Friday to buy the Crumb & Co. bakery chain for $310 million.",
        "Greenway Chief Executive Lars Moberg said the company expected the bakeries to add to "
        "sales “well before the end of next year” after the deal closes.",
        "Analyst Rita Okonjo said shareholders had urged her to call the price “a bargain,” "
        "which she declined to do.",
    ]
)


@pytest.fixture(scope="module")
def bakery() -> Searcher:
    return searcher_for("crumb", BAKERY_STORY)


def test_a_partial_quotation_after_an_ungoverned_infinitive_is_the_reporters(
    bakery: Searcher,
) -> None:
    assert quoted(bakery, "well before the end of next year") == ["Lars Moberg"]
    # words she was urged to say are not hers
    assert quoted(bakery, "a bargain") == [None]
