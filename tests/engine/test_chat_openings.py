"""The words a chat message opens with that carry no topic ("hiii", "lol ok so", "fr", "hey bot
👋"), and letters held for tone ("lmaooo"), on a story of its own: before, any word ahead of
"what did X say" hid the speaker question, so the answer was neither X's quote first nor rated
as sure as the question typed plainly."""

from __future__ import annotations

import pytest

from bot.engine.chat import chat_opening_end, is_topic_free
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

FERRY_STORY = "\n".join(
    [
        "The island council voted on Tuesday to replace the old harbour ferry with a bridge.",
        (
            "“A bridge will end the winter cancellations that cut us off for days,” "
            "Mayor Ruth Calloway said."
        ),
        (
            "“People will miss the boat more than they expect,” said Tomas Ekberg, the "
            "ferry's captain for twenty years."
        ),
        "Building the bridge is expected to take four years and cost 40 million euros.",
        "Fishermen worry that the bridge's pillars will narrow the channel.",
        "The council will hold a public meeting about the design in March.",
        "Tourism officials hope the bridge brings more day visitors in summer.",
        "The ferry company employs 22 people on the island.",
        "Calloway was first elected mayor in 2019.",
        "A petition against the bridge has gathered 1,300 signatures.",
        "Ekberg has captained the ferry since 2004.",
        "The island's school plans a farewell trip on the ferry in June.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("typed", "plainly"),
    [
        (
            "hiii what did the mayor say about the bridge 🙂",
            "what did the mayor say about the bridge",
        ),
        (
            "sooo what did Ekberg say about the ferry lol",
            "what did Ekberg say about the ferry",
        ),
        ("lol ok so what did Calloway say", "what did Calloway say"),
        ("fr what did Ekberg say about the boat", "what did Ekberg say about the boat"),
        ("hey bot 👋 what did Tomas Ekberg say", "what did Tomas Ekberg say"),
        # saying a question comes, and greetings, only where a message opens
        ("quick q: what did the mayor say", "what did the mayor say"),
        ("dumb question but what did Ekberg say", "what did Ekberg say"),
        (
            "real quick, what did Calloway say about the bridge",
            "what did Calloway say about the bridge",
        ),
        ("gm gm, what did Ekberg say", "what did Ekberg say"),
        ("morning all, what did the mayor say", "what did the mayor say"),
    ],
)
def test_a_chat_opening_keeps_the_speaker_question(
    ferry: Searcher, typed: str, plainly: str
) -> None:
    chatty, plain = ferry.ask(typed), ferry.ask(plainly)
    assert plain.asked_speaker is not None
    assert chatty.asked_speaker == plain.asked_speaker
    assert [p.paragraph for p in chatty.passages] == [p.paragraph for p in plain.passages]
    assert chatty.confidence == plain.confidence


def test_where_the_question_proper_starts() -> None:
    assert chat_opening_end("lol ok") == 0
    assert chat_opening_end("what did the mayor say") == 0
    assert chat_opening_end("hiii, what did the mayor say") == len("hiii, ")
    assert chat_opening_end("quick question about the bridge") == len("quick question ")
    # a greeting's word or "quick" later in the question is part of it
    assert chat_opening_end("what did the mayor say on Monday morning") == 0
    assert chat_opening_end("how quick was the vote") == 0


def test_a_letter_held_for_tone_is_the_word_itself() -> None:
    assert is_topic_free("lmaooo")
    assert is_topic_free("hiii")
    assert is_topic_free("okkk")
    assert not is_topic_free("coool")  # not chat filler
    assert not is_topic_free("bridge")


def test_an_opening_word_that_carries_a_topic_is_kept(ferry: Searcher) -> None:
    # "bridge" is what it asks about: nothing is left out
    assert chat_opening_end("bridge, what did the mayor say") == 0
    answer = ferry.ask("fishermen what are they worried about")
    assert "pillars" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "plainly"),
    [
        (
            "how many signatures has the petition gotten so far",
            "how many signatures has the petition got so far",
        ),
        ("who knows when Calloway was first elected", "who knew when Calloway was first elected"),
    ],
)
def test_every_form_of_a_light_verb_carries_no_topic(
    ferry: Searcher, typed: str, plainly: str
) -> None:
    assert ferry.confidence_signals(typed) == ferry.confidence_signals(plainly)
    chatty, plain = ferry.ask(typed), ferry.ask(plainly)
    assert [p.paragraph for p in chatty.passages] == [p.paragraph for p in plain.passages]


def test_a_light_verb_in_ing_may_name_a_thing() -> None:
    assert is_topic_free("gotten")
    assert is_topic_free("knows")
    assert is_topic_free("seemed")
    assert not is_topic_free("meaning")  # "the meaning of the nickname"


def test_right_now_asks_when_and_is_no_word_of_rights() -> None:
    # "right" of "right now" was read as the rights group's "rights": its passage came along
    searcher = searcher_for(
        "shelter",
        "\n".join(
            [
                "The city opened a winter shelter in the old library last month.",
                "About 120 people are staying at the shelter, the city said.",
                "A rights group said the rights of people sleeping outside are ignored, and "
                "that people's rights matter.",
                "The shelter will stay open until March.",
            ]
        ),
    )
    answer = searcher.ask("how many people are at the shelter right now?")
    assert answer.passages[0].text.startswith("About 120 people")
    assert not any("rights" in passage.text for passage in answer.passages)
