"""A partial quotation inside the clause a named speaker reports is that speaker's, when no
other cue in the clause takes it: an infinitive of a speech verb that no verb governs ("the
deal to add to earnings": "add" meaning increase) is no cue, nor a speech verb with no speaker
for subject whose predicate a verb coordinated after it takes over ("the utility had found the
problem ... and had acted "..."": a utility finding a problem). Someone asked to speak ("urged
her to call it") still is a cue, and gives the words to nobody; so does a subjectless cue no
speaker's cue reports. On stories of their own (a bakery chain bought by a grocer, lead in tap
water)."""

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


WATER_STORY = "\n".join(
    [
        "Lead was found in the tap water of 40 homes in Carver, officials said on Friday.",
        "Utilities Director Sam Whitlow told the council that the utility had found the problem "
        "in routine testing and had acted “as fast as the law allows.”",
        "The county found the problem in May and acted “within a week,” records show.",
    ]
)


def test_a_quotation_after_a_verb_coordinated_with_a_subjectless_cue_is_the_reporters() -> None:
    # the utility found a problem (no speech); the words are the director's, whose cue
    # reports the clause
    water = searcher_for("carver", WATER_STORY)
    assert quoted(water, "as fast as the law allows") == ["Sam Whitlow"]
    # with no one reporting it: nobody's
    assert quoted(water, "within a week") == [None]
