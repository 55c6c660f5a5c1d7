""" "per X" is "according to X", typed in lower case too ("how long will the bridge stay shut,
per okafor"): the source was read before a capital or "the" only, and in chat a name is as
often typed in lower case, so the question was searched as a plain one, its speaker unread.
Not before an English word, where "per" gives a rate ("how much is the toll per car")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The Harwick county board voted on Thursday to close the Mill Creek bridge for repairs.",
        "“The deck will be shut until the end of May, and not a day longer,” said county"
        " engineer Ada Okafor.",
        "“Drivers will lose twenty minutes each way, and the shops on Mill Road will lose"
        " more,” said Tom Brandt, who owns a bakery by the bridge.",
        "The toll of two dollars per car will be waived on the detour.",
        "Brandt said he had written to the board twice without an answer.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("how long will the bridge stay shut, per okafor", "Ada Okafor", "end of May"),
        ("how long is the bridge closed per okafor?", "Ada Okafor", "end of May"),
        ("what will drivers lose, per brandt", "Tom Brandt", "twenty minutes"),
    ],
)
def test_per_a_name_in_lower_case_asks_their_words(
    bridge: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker
    assert words in answer.passages[0].text


def test_per_an_english_word_is_a_rate(bridge: Searcher) -> None:
    answer = bridge.ask("how much is the toll per car")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
    assert "two dollars per car" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["what's the toll per driver", "how much is the toll per capita", "toll per deportee"],
)
def test_per_a_word_of_a_kind_asks_no_one(bridge: Searcher, question: str) -> None:
    answer = bridge.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
