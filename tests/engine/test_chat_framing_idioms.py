"""Words chat frames a question with anywhere in it, which say nothing of what it asks, on a
story of its own: "in the first place", "back in 2019" and "back then", a tag
"right?", "is it true", "tl;dr", "money-wise" and "image wise", "exactly", a request ("can
someone explain", "sum up", "give me") and a question word contracted with "did" ("what'd",
"who'd"), chat's "over there". Each was a topic word no passage holds (or one holding it by
chance: "back" of "sent back"), and held the right passage below a confident answer. Not
where the word says something: "sent back", "a right", "is he wise"."""

from __future__ import annotations

import pytest

from bot.engine.chat import conversational_spans, expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A ferry line closed and sold: when and why, what it cost, who spoke.
FERRY_STORY = "\n".join(
    [
        "The Orsund ferry stopped running in March after the county cut its subsidy.",
        "The county had paid the operator 2 million euros a year since 2019.",
        "Councillor Mia Holt said the subsidy cost each household 40 euros a year.",
        "Holt's opponents said the cut would isolate the island's 900 residents.",
        "The operator, Vessa Lines, sold its two boats to a company in Tallinn.",
        "Residents now drive two hours round the fjord to reach the hospital.",
        "A petition to restore the service gathered 3,000 signatures in a week.",
        "The county will vote on a new tender for the route in October.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("why did the ferry stop in the first place", "county cut its subsidy"),
        ("what did the county want back in 2019", "2 million euros a year since 2019"),
        ("tl;dr what did holt say", "40 euros a year"),
        ("tldr why did the ferry stop", "county cut its subsidy"),
        ("how is the cut bad for residents, hospital wise", "to reach the hospital"),
        ("how does the cut hurt the island money-wise", "isolate the island"),
        ("when exactly did the ferry stop running", "in March"),
        ("is it true the ferry stopped back in the day", "in March"),
        # asking for an answer in a way of one's own: the request is no topic
        ("can someone explain why the county cut the subsidy", "county cut its subsidy"),
        ("can someone sum up the petition", "3,000 signatures"),
        ("explain why residents drive two hours", "to reach the hospital"),
        # a question word contracted with "did", with or without its apostrophe
        ("what'd holt say", "40 euros a year"),
        ("who'd the operator sell its boats to", "a company in Tallinn"),
        # chat's "over there": where, no topic word ("over" held no passage)
        ("who did the operator sell its boats to over there", "a company in Tallinn"),
        ("how long do residents drive to the hospital over there", "two hours"),
    ],
)
def test_a_question_framed_so_is_answered(ferry: Searcher, question: str, shown: str) -> None:
    answer = ferry.ask(question)
    assert shown in answer.passages[0].text
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    ("question", "framing"),
    [
        ("was the ferry sent back in the spring?", []),  # back where it came from
        ("what did the mayor promise back in 2016", ["back"]),
        ("back in her first term what did she ask for", ["back"]),
        ("the ferry stopped in march, right?", ["right"]),
        ("is it true the mayor left back in the day", ["is it true", "back in the day"]),
        ("is voting a right?", []),
        ("is she wise?", []),
        ("is the mayor wise?", []),  # what is wise
        ("is holt wise?", []),
        ("was the vote seen as wise", []),
        ("how is the council defending this money wise", ["wise"]),
        ("will the ferry be back in a few days", []),  # returned, no time gone by
        ("what did she promise back in her first term", ["back"]),
        ("can you explain the closure", ["can you explain"]),
        ("how is the closure good for her image wise", ["wise"]),
        ("what did the county build over there", ["over"]),
        ("is it quiet over here now?", ["over"]),
        ("did the vote go over the budget", []),  # beyond it
        ("was he sent back home", []),  # a return, not where
    ],
)
def test_the_words_framing_a_question_are_told_from_those_saying_something(
    question: str, framing: list[str]
) -> None:
    assert [question[a:b].lower() for a, b in conversational_spans(question)] == framing


def test_contractions_typed_without_their_apostrophe_are_read_as_such() -> None:
    assert expand_shorthand("hasnt she said so, arent they, im sure") == (
        "hasn't she said so, aren't they, I'm sure"
    )
