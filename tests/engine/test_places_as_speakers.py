"""A country or its capital as the speaker of a question stands for its government, as news
writes it ("Washington said", "Beijing warned"): the story may report that government's words
without naming anyone, so the question is searched (the closest passages, labelled), not
refused. One the story never mentions is refused. And a country's name typed with its last word
cut short ("el sal" for El Salvador) is read as the name."""

from __future__ import annotations

import pytest

from bot.engine.countries import PlaceNamesAsTyped
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

RAIL_STORY = "\n".join(
    [
        "Sri Lanka reopened its northern rail line on Tuesday after three years of repairs.",
        "Colombo warned foreign visitors that some mountain roads would stay closed until June.",
        "“The trains are full every morning,” station master Ravi Perera said.",
        "Sri Lankan President Anura Dissanayake said the line would carry freight by autumn.",
        "Tea exports from the hill country rose by a fifth last year.",
    ]
)


@pytest.fixture(scope="module")
def rail() -> Searcher:
    return searcher_for("rail", RAIL_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Before: "The story doesn't quote colombo." though its warning is the answer
        ("did colombo tell tourists the mountain roads are open?", "Colombo warned"),
        ("what did sri lanka say about the northern rail line", "reopened its northern rail"),
    ],
)
def test_a_country_or_capital_the_story_mentions_is_searched(
    rail: Searcher, question: str, expected: str
) -> None:
    answer = rail.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence == "low"  # no passage is vouched for as the government's words
    assert expected in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("what did india say about the rail line?", "india"),
        ("what did New Delhi say about the roads", "New Delhi"),
    ],
)
def test_a_country_or_capital_the_story_never_mentions_is_refused(
    rail: Searcher, question: str, who: str
) -> None:
    answer = rail.ask(question)
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


def test_a_role_of_a_country_typed_short_is_its_holder(rail: Searcher) -> None:
    # Before: "The story doesn't quote the sri lan president."
    answer = rail.ask("what did the sri lan prez say about freight")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Anura Dissanayake"
    assert "carry freight by autumn" in answer.passages[0].text


def test_a_country_typed_short_is_searched_as_its_name(rail: Searcher) -> None:
    answer = rail.ask("when did sri lan reopen the line")
    assert answer.answered, answer.reason
    assert "reopened its northern rail line" in answer.passages[0].text


def test_only_a_cut_word_of_one_name_the_corpus_uses_is_written_whole() -> None:
    corpus_words = {"el", "salvador", "san", "sri", "lanka", "salt"}
    shortened = PlaceNamesAsTyped(
        lambda: ["el salvador", "san salvador", "sri lanka", "costa rica"],
        lambda text: all(word in corpus_words for word in text.lower().split()),
    )
    assert shortened.expanded("el sal and San Salv?") == "el salvador and San salvador?"
    assert shortened.expanded("is el salvador safe") == "is el salvador safe"
    # two letters begin too many words; a word the corpus uses is no cut name; nor is one of
    # a name the corpus never uses
    for typed in ("el sa", "el salt", "costa ric"):
        assert shortened.expanded(typed) == typed


def test_a_country_s_code_typed_in_capitals_is_its_name() -> None:
    corpus_words = {"el", "salvador", "sri", "lanka", "pr", "maryland"}
    typed = PlaceNamesAsTyped(
        lambda: ["el salvador", "sri lanka", "mexico"],
        lambda text: all(word in corpus_words for word in text.lower().split()),
    )
    assert typed.expanded("visiting SV this summer") == "visiting El Salvador this summer"
    assert typed.expanded("is LKA safe, and SLV?") == "is Sri Lanka safe, and El Salvador?"
    # in lower case a word; a country the corpus never names; a US state's code too ("MD" is
    # Maryland in an American story, Moldova's elsewhere); a code that is a word ("IT"); one
    # the corpus uses itself ("PR")
    for text in ("sv", "in MX", "the MD man", "IT is", "a PR win", "SVs"):
        assert typed.expanded(text) == text


def test_a_question_naming_a_country_by_its_code_is_searched_not_refused(rail: Searcher) -> None:
    # Before: "The story doesn't mention LK."
    answer = rail.ask("my aunt is visiting LK, are the mountain roads open yet?")
    assert answer.answered, answer.reason
    assert "mountain roads would stay closed" in answer.passages[0].text


LOAN_STORY = "\n".join(
    [
        "The island of Talora opened a new port last year.",
        "China paid for the port and a stadium after Talora cut its ties with Taiwan.",
        "Tourism officials expect cruise ships to dock there twice a week.",
        "Critics say the island now owes more than it can repay.",
    ]
)


def test_a_capital_the_story_never_uses_reaches_its_country() -> None:
    # "Beijing" is not in the story; its country is: news writes one for the other
    answer = searcher_for("loan", LOAN_STORY).ask("what did beijing build on the island")
    assert answer.answered, answer.reason
    assert "China paid for the port" in answer.passages[0].text


DEALS_STORY = "\n".join(
    [
        "Talora signed a fishing deal with Chile last spring, its first in years.",
        "Talora also signed a trade deal with China in May.",
        "Its parliament debated both deals for a week.",
    ]
)


def test_a_region_the_story_never_names_reaches_its_countries_the_story_names() -> None:
    # "Asia" is not in the story; China, a country WordNet places in it, is. Before: the
    # closest passages, as "asia" was a word no passage held
    deals = searcher_for("deals", DEALS_STORY)
    answer = deals.ask("did talora sign anything with a country in asia")
    assert answer.confidence == "high"
    assert "trade deal with China" in answer.passages[0].text
    # no country of the story is in Europe: still the closest passages only
    assert deals.ask("did talora sign anything with a country in europe").confidence == "low"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # Before: searched as plain questions (¶ sharing "quotes" or the topic)
        ("dissanayake quotes pls", "Anura Dissanayake"),
        ("any dissanayake comments on the freight?", "Anura Dissanayake"),
        ("the sri lankan president remarks about freight", "Anura Dissanayake"),
    ],
)
def test_a_name_before_the_words_for_what_was_said_asks_for_theirs(
    rail: Searcher, question: str, speaker: str
) -> None:
    answer = rail.ask(question)
    assert answer.asked_speaker == speaker
    assert all(any(q.speaker == speaker for q in p.quotes) for p in answer.passages)


def test_a_thing_before_the_words_for_what_was_said_is_no_speaker(rail: Searcher) -> None:
    answer = rail.ask("any tea export comments?")
    assert answer.answered and answer.asked_speaker is None


def test_a_country_in_the_possessive_without_its_apostrophe_owns(rail: Searcher) -> None:
    # Before: "The story doesn't quote sri lankas president."
    answer = rail.ask("what did sri lankas president say about freight")
    assert answer.asked_speaker == "Anura Dissanayake"
    assert "carry freight by autumn" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["the sri lankan presidents take on freight?", "what was the presidents response on freight"],
)
def test_a_role_in_the_possessive_without_its_apostrophe_owns_the_words(
    rail: Searcher, question: str
) -> None:
    # Before: searched as a plain question (a blind set's "the cornell profs take on ..."
    # showed Trump's passage first)
    answer = rail.ask(question)
    assert answer.asked_speaker == "Anura Dissanayake"
    assert "carry freight by autumn" in answer.passages[0].text
