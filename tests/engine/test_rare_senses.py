"""A bridge follows a word's senses people mean by it, not those of a part of speech it is
rarely used as: "start" as a noun ("the start") is "first" and "outset", while a member
asking "when did the strike start" means the verb, "begin". On a story of its own, where the
passage saying when the strike began does not use "start" and another says it is the "first"
strike in years."""

from __future__ import annotations

import pytest

from bot.engine import lexicon
from bot.engine.lexicon import Source, WordNet
from tests.engine.stories import first_passage, searcher_for

STRIKE_STORY = "\n".join(
    [
        "The bus drivers' strike in Carlow began on March 3, after talks on pay broke down.",
        "It is the first strike by the city's drivers since 1998, union leader Maeve Doyle said.",
        "Doyle said the drivers would stay out until the company raised its offer.",
        "The company's manager, Owen Pike, said the offer was fair and would not change.",
        "Shops in the town centre say they have lost trade as well, with fewer people coming in.",
        "Pike said the buses would run again as soon as the drivers came back.",
    ]
)


def test_the_passage_saying_when_it_began_comes_first() -> None:
    searcher = searcher_for("strike", STRIKE_STORY)
    assert "began on March 3" in first_passage(searcher, "when did the strike start")


def test_with_every_sense_followed_the_first_strike_came_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lexicon, "_RARE_SENSE_SHARE", 0.0)  # no sense is rare
    searcher = searcher_for("strike", STRIKE_STORY)
    assert "first strike" in first_passage(searcher, "when did the strike start")


def test_a_rare_part_of_speech_brings_no_synonyms(wordnet: WordNet) -> None:
    start = wordnet.related("start", [Source.SYNONYMS])
    assert "begin" in start and not {"first", "outset"} & start
    # "good" as an adverb (9 of its tags against the adjective's 190) is "well"
    assert "well" not in wordnet.related("good", [Source.SYNONYMS])
    assert "keep" in wordnet.related("hold", [Source.SYNONYMS])
    assert "appreciation" not in wordnet.related("hold", [Source.SYNONYMS])


def test_a_word_too_seldom_tagged_to_tell_keeps_every_sense(wordnet: WordNet) -> None:
    # tagged twice, as an adjective: its noun sense, never tagged, is no evidence of rarity
    assert "dictator" in wordnet.related("authoritarian", [Source.SYNONYMS])
