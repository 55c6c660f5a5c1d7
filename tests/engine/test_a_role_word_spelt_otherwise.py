"""A role word typed in another spelling than the story's ("harbor" for "harbour", "defense"
for "defence") is the story's role: WordNet has both spellings as one synset's words, a letter
or two apart (`WordNet.spelt_otherwise`); two different words a letter apart ("counsel",
"council") share no synset and stay apart. And a country-qualified role asked of a holder
whose country is unknown (a place in their role that WordNet puts in a country the story never
names) shows their passages, low: no clear evidence the story does not quote them."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import shared_wordnet
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A ferry crisis on islands of a British story's own spelling
FERRY_STORY = "\n".join(
    [
        "Defence Minister Rachel Osei said on Tuesday that the navy would escort the ferries"
        " through the strait.",
        "“We will not leave the islands cut off,” Osei said.",
        "Harbour master Colin Baird said the port had room for two more ships.",
        "“We can take them both by Friday,” Baird said.",
        "Festival organiser Tom Greaves said ticket sales had fallen by half.",
        "The town council said it would meet on Monday.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # refused before: "doesn't quote the harbor master"
        ("what did the harbor master say", "Colin Baird"),
        ("what did the harbor master say about the ships", "Colin Baird"),
        ("what did the defense minister say", "Rachel Osei"),
        ("what did the Defense Minister say about the navy", "Rachel Osei"),
        ("per the defense minister, will the navy escort the ferries", "Rachel Osei"),
        ("whats the harbor masters take on the ships", "Colin Baird"),
        # as written
        ("what did the harbour master say", "Colin Baird"),
        ("what did the festival organizer say", "Tom Greaves"),
    ],
)
def test_a_role_word_in_another_spelling_is_the_storys(
    ferry: Searcher, question: str, speaker: str
) -> None:
    answer = ferry.ask(question)
    assert answer.answered and answer.asked_speaker == speaker
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("word", "spellings"),
    [
        ("harbor", {"harbour"}),
        ("defense", {"defence"}),
        ("theater", {"theatre"}),
        ("organizer", {"organiser"}),
        ("counsel", set()),  # "counselor" is made from it, no spelling of it
        ("council", set()),  # "counsel" is another word: no synset in common
        ("principal", set()),  # nor is "principle"
        ("master", set()),
    ],
)
def test_other_spellings_are_a_synsets_words_a_letter_or_two_apart(
    word: str, spellings: set[str]
) -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    assert wordnet.spelt_otherwise(word) == spellings


def test_another_word_a_letter_apart_is_no_other_spelling(ferry: Searcher) -> None:
    # (the town council's words, as before: read as a plain question, no one's role)
    assert ferry.ask("what did the town counsel say").asked_speaker is None


# A harbour master of Boston (Lincolnshire; Massachusetts to WordNet) in a British story that
# never names the United States: of no country known, so of no other either
BOSTON_STORY = "\n".join(
    [
        "Boston harbour master Gareth Pryce said on Monday that the fleet had stayed in port since"
        " the new quotas began.",
        "“The boats are tied up and the crews are on the dole,” Pryce said.",
        "Britain's fishing fleet has shrunk by a third since 2010, and the United Kingdom now"
        " imports most of the fish it eats.",
        "The quotas were set in Brussels last year.",
    ]
)


@pytest.fixture(scope="module")
def boston() -> Searcher:
    return searcher_for("boston", BOSTON_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # each refused before ("doesn't quote the british harbour master")
        "what did the british harbour master say",
        "what did the uk harbour master say",
        "what did the british harbour master say about the quotas",
        "according to the british harbour master, why are the boats tied up",
        "what did the american harbour master say",
        "what did the french harbour master say",  # no more evidence against than "british"
    ],
)
def test_a_role_of_a_country_asked_of_one_of_unknown_country_shows_theirs_low(
    boston: Searcher, question: str
) -> None:
    answer = boston.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert answer.passages and "Pryce" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("what did the boston harbour master say", True),  # high, as before
        ("what did the harbour master say", True),
        ("what did the boston fire chief say", False),  # no fire chief
    ],
)
def test_the_holders_place_or_another_country(
    boston: Searcher, question: str, answered: bool
) -> None:
    answer = boston.ask(question)
    assert answer.answered is answered
    if answered:
        assert answer.confidence == "high" and answer.asked_speaker == "Gareth Pryce"
