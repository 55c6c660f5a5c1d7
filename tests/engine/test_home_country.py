"""A role qualified by a country, on stories of their own: a story names its own country's
officials without their country ("Prime Minister Claire Dubois"), so someone the story gives no
country is of its home country (the one it names most, not one it introduces someone as being
of); someone whose own words name a country ("Mexican President", "U.S. Treasury Secretary")
is of that one. A country nobody is of stays an absent speaker."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SUMMIT_STORY = "\n".join(
    [
        (
            "Prime Minister Claire Dubois welcomed Mexican President Luis Ortega to Ottawa on "
            "Tuesday for talks on the northern pipeline."
        ),
        (
            "“The pipeline will carry jobs to every province of Canada,” Dubois said. “We "
            "will not let another winter go by without it.”"
        ),
        (
            "Ortega said his government would buy more of the gas. “Mexico needs steady "
            "supply, and we will pay a fair price for it,” Ortega said."
        ),
        (
            "U.S. Treasury Secretary Dan Miles, who joined the talks by video, warned that "
            "tariffs could follow. “Nobody should build on borrowed time,” Miles said."
        ),
        "Exports from Canada rose by a fifth last year; Canada now sells gas to nine countries.",
        "Opposition leaders said the deal would raise heating bills.",
    ]
)

# Canada and Brazil named once each: no country stands out as the story's own
UNCLEAR_STORY = "\n".join(
    [
        "Prime Minister Claire Dubois opened the forest summit on Monday.",
        (
            "“Every tree we lose is a promise we break,” Dubois said, as delegates from Canada "
            "and Brazil looked on."
        ),
        "The summit ends on Friday with a vote on logging limits.",
    ]
)


@pytest.fixture(scope="module")
def summit() -> Searcher:
    return searcher_for("summit", SUMMIT_STORY)


@pytest.mark.parametrize(
    "who", ["the Canadian prime minister", "the canadian prime minister", "Canada's prime minister"]
)
def test_a_role_the_story_gives_without_a_country_is_of_its_home_country(
    summit: Searcher, who: str
) -> None:
    # Before: refused as someone the story does not quote ("Canadian" is none of Dubois's words)
    answer = summit.ask(f"what did {who} say about the pipeline?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Claire Dubois"
    assert "every province" in answer.passages[0].text


@pytest.mark.parametrize(
    "who",
    ["the American treasury secretary", "the U.S. treasury secretary", "the us treasury secretary"],
)
def test_a_country_in_someones_own_role_is_theirs(summit: Searcher, who: str) -> None:
    answer = summit.ask(f"what did {who} warn about?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Dan Miles"
    assert "borrowed time" in answer.passages[0].text


@pytest.mark.parametrize(
    "who",
    [
        "the Mexican prime minister",  # Dubois is the story's own, not Mexico's
        "the Canadian president",  # the story's president is Mexico's
        "the Canadian treasury secretary",  # Miles is the U.S. one
        "the Brazilian president",
        "the American prime minister",
    ],
)
def test_a_role_of_a_country_nobody_is_of_stays_an_absent_speaker(
    summit: Searcher, who: str
) -> None:
    answer = summit.ask(f"what did {who} say about the pipeline?")
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."
    assert {"Claire Dubois", "Luis Ortega", "Dan Miles"} <= set(answer.quoted_speakers)


def test_a_country_qualifying_someone_stays_theirs_alone(summit: Searcher) -> None:
    answer = summit.ask("what did the mexican president say about the gas?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Luis Ortega"
    assert "steady" in answer.passages[0].text


def test_no_home_country_is_guessed_when_none_stands_out() -> None:
    unclear = searcher_for("unclear", UNCLEAR_STORY)
    assert unclear.ask("what did the prime minister say about trees?").asked_speaker == (
        "Claire Dubois"
    )
    for who in ("the Canadian prime minister", "the Brazilian prime minister"):
        answer = unclear.ask(f"what did {who} say about trees?")
        assert not answer.answered
        assert answer.reason == f"The story doesn't quote {who}."


def test_a_country_name_holds_no_speech_verb(summit: Searcher) -> None:
    # "states" is a speech verb, but not in "the United States"
    answer = summit.ask("what did the United States treasury secretary warn about?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Dan Miles"


def test_a_role_in_other_words_is_qualified_too(summit: Searcher) -> None:
    # "leader" is the story's "president" in other words: the story's one president is
    # Mexico's, so "the Canadian leader" is not him (before: Ortega's quotes were shown)
    answer = summit.ask("what did the Canadian leader say about the pipeline?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the Canadian leader."
    assert summit.ask("what did the Mexican leader say?").asked_speaker == "Luis Ortega"
    # the bare "leader" is not clearly the one president where the story tells of other
    # leaders ("Opposition leaders said ..."; a prime minister leads too): no one's passage is
    # vouched for (9probe7; before: Ortega, high)
    bare = summit.ask("what did the leader say?")
    assert bare.asked_speaker is None
    assert bare.confidence == "low"
    # a word the story does not give him that names no country (a typo) is no other person
    assert summit.ask("what did the Mexcan leader say?").asked_speaker == "Luis Ortega"


# a press secretary of the story's own country, and a visiting president of another
TALKS_STORY = "\n".join(
    [
        "Prime Minister Claire Dubois welcomed Mexican President Luis Ortega to Ottawa on Tuesday.",
        "“The pipeline will carry jobs to every province of Canada,” Dubois said.",
        (
            "Press secretary Anne Roy told reporters the talks would run late. “Nobody is "
            "leaving before there is a deal,” Roy said."
        ),
        "Exports from Canada rose by a fifth last year; Canada now sells gas to nine countries.",
        "Ortega said Mexico would buy more of the gas.",
    ]
)


@pytest.fixture(scope="module")
def talks() -> Searcher:
    return searcher_for("talks", TALKS_STORY)


@pytest.mark.parametrize(
    "who", ["dubois's press secretary", "Dubois's spokeswoman", "the prime minister's spokesperson"]
)
def test_someones_role_holder_of_their_country_is_whom_it_asks(talks: Searcher, who: str) -> None:
    # Before: "Dubois's spokeswoman" was refused (a possessive naming Dubois kept the story's
    # word for the role from being tried)
    answer = talks.ask(f"what did {who} say about the talks?")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Anne Roy"
    assert "Nobody is leaving" in answer.passages[0].text


@pytest.mark.parametrize("who", ["Ortega's press secretary", "ortega's spokesman"])
def test_someones_role_holder_of_another_country_is_no_one_the_story_quotes(
    talks: Searcher, who: str
) -> None:
    # Before: "Ortega's press secretary" was Roy, who speaks for the Canadian government
    answer = talks.ask(f"what did {who} say about the talks?")
    assert not answer.answered
    assert answer.reason == f"The story doesn't quote {who}."


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("Prime Minister Dubois's press secretary", "Anne Roy"),
        ("Mexican President Luis Ortega's press secretary", None),
        ("President Ortega's spokesman", None),
    ],
)
def test_a_title_before_the_owner_is_the_owners(
    talks: Searcher, who: str, speaker: str | None
) -> None:
    # Before: the title before the possessive ("President") was read as whom it asks, so
    # "President Ortega's spokesman" was answered with Ortega's own words, rated high
    answer = talks.ask(f"what did {who} say about the talks?")
    assert answer.asked_speaker == speaker
    if speaker is None:
        assert answer.reason == f"The story doesn't quote {who}."
