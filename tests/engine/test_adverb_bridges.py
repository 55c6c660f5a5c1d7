"""An adverb a story writes for a member's phrase of a noun ("they mistakenly deported" for
"deported by mistake", "accidentally" for "by accident"): WordNet keeps the adverb's link to
its adjective only (its pertainym), so the family of a noun or a verb reaches it back, through
the adjective or the verb's past participle (`WordNet._adverbs_of`)."""

from __future__ import annotations

from bot.engine.lexicon import Source, shared_wordnet
from tests.engine.stories import first_passage, searcher_for

# A water utility's billing trouble: two paragraphs of meters shut off, told alike but for the
# adverb of one of them
WATER_BILLS = "\n".join(
    [
        "The Linden water utility sent new bills to 12,000 customers in May.",
        "The utility shut off the water meters of 40 homes on Cedar Lane in June.",
        "Crews hastily shut off the water meters of 300 homes on Alder Street in June.",
        "The utility will refund customers who paid a bill they did not owe.",
        "The Linden council fined a bakery on Elm Street for a leak in July.",
        "The council will review every fine the utility has issued since January.",
    ]
)


def test_the_family_of_a_noun_reaches_the_adverb_made_from_it() -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    # through the adjective of the family ("accidental")
    assert "accidentally" in wordnet.related("accident", [Source.FAMILY])
    # through the verb's past participle WordNet has as an adjective ("mistaken")
    assert "mistakenly" in wordnet.related("mistake", [Source.FAMILY])
    assert "hastily" in wordnet.related("haste", [Source.FAMILY])  # through "hasty"
    # an adjective typed reaches its own adverb
    assert "wrongfully" in wordnet.related("wrongful", [Source.FAMILY])


def test_a_phrase_of_a_noun_finds_the_story_s_adverb() -> None:
    searcher = searcher_for("water-bills", WATER_BILLS)
    assert "hastily" in first_passage(searcher, "where were water meters shut off in haste?")
