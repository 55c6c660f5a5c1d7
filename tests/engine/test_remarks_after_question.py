"""A remark the writer makes after their question, on a story of its own: "when did the ferry
start? sounds like a big change for a small island", "How many people live in El Salvador? It
seems rather a small country.". What they make of what they ask about is no part of what is
asked: searched with the question, its words found the passage about them ("Islanders said the
new ferry felt like a big change for such a small and remote island") above the one answering,
or rated the answer low. Not a remark that asks, nor one said before the question (what the
question points back at)."""

from __future__ import annotations

import pytest

from bot.engine.chat import conversational_spans
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# An island's sights and services: what is old, what is new, who runs them.
ISLAND_STORY = "\n".join(
    [
        "The Vessø lighthouse was built in 1871 and still guides the fishing fleet home.",
        "Tourists call the ancient harbour wall the island's most photographed sight.",
        "The ferry to the mainland started running in 2019 after a long campaign.",
        "Islanders said the new ferry felt like a big change for such a small and remote island.",
        "Harbour master Siri Lunde said the wall needs repairs costing 3 million kroner.",
        "The island's school has 41 pupils and two teachers.",
        "Lunde said the fishing fleet has shrunk to nine boats.",
    ]
)


@pytest.fixture(scope="module")
def island() -> Searcher:
    return searcher_for("island", ISLAND_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("when did the ferry start? sounds like a big change for a small island", "in 2019"),
        (
            "when did the ferry start, it sounds like a big change for such a small island lol",
            "in 2019",
        ),
        (
            "When did the ferry start running? It seems like a big change for a remote island.",
            "in 2019",
        ),
        ("how many boats are left? it sounds like a big change for them", "nine boats"),
        (
            "How many pupils go to school there? It seems a very small and remote island.",
            "41 pupils",
        ),
    ],
)
def test_a_remark_after_the_question_is_no_part_of_it(
    island: Searcher, question: str, shown: str
) -> None:
    answer = island.ask(question)
    assert shown in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ("How old is the lighthouse? It looks really ancient.", "It looks really ancient"),
        ("how old is it anyway, it looks so ancient lol", "it looks so ancient lol"),
        ("what did lunde say? seems worried to me", "seems worried to me"),
    ],
)
def test_the_remark_is_read_as_the_writer_s(question: str, remark: str) -> None:
    spans = conversational_spans(question)
    assert any(question[start:end] == remark for start, end in spans)


@pytest.mark.parametrize(
    "question",
    [
        "how old is it? and why does the wall look so ancient?",  # a question of its own
        "the wall looks ancient, how old is it?",  # said first: what the question points back at
        "does the wall look ancient",
    ],
)
def test_no_remark_where_it_asks_or_comes_first(question: str) -> None:
    spans = conversational_spans(question)
    assert not any("ancient" in question[start:end] for start, end in spans)
