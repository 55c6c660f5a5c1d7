"""A question "why did <someone> <do something>" of a story that never tells of that deed,
in any form of its verb or a word of its senses ("why did the court side with the mayor" of a
story telling of no siding), is not answered high by the passage on the people it names: the
story gives no reason for a deed it never tells (shown first, low). A deed the story tells, in
its own word or another, is answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "The Harlow city council approved the new stadium on Tuesday by a vote of 6-1.",
        "Mayor Tom Baker said the stadium would bring jobs to the east end. “This is the"
        " biggest investment in the city in thirty years,” Baker said.",
        "Council member Jo Kim, the only vote against, said the city could not afford it. “We"
        " are borrowing money we do not have,” Kim said.",
        "A county judge ruled in March that the council could hold the vote, rejecting a"
        " challenge by the neighbours of the site.",
        "“This is a victory,” Baker said of the county judge's ruling. His aides described the"
        " ruling as a win for the mayor and said it ended the matter because the neighbours"
        " never had a case.",
        "Construction is set to begin in the spring.",
    ]
)


@pytest.fixture(scope="module")
def stadium() -> Searcher:
    return searcher_for("stadium", STORY)


@pytest.mark.parametrize(
    "question",
    ["why did the county judge side with the mayor", "why did the judge side with the mayor"],
)
def test_the_reason_for_a_deed_untold_is_not_answered_high(
    stadium: Searcher, question: str
) -> None:
    answer = stadium.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("why did kim vote against the stadium", "could not afford"),
        ("why did the judge reject the challenge", "rejecting a challenge"),
    ],
)
def test_the_reason_for_a_deed_told_is_answered(
    stadium: Searcher, question: str, words: str
) -> None:
    answer = stadium.ask(question)
    assert words in answer.passages[0].text, question


def test_the_reason_for_a_deed_told_in_other_words_is_still_high(stadium: Searcher) -> None:
    answer = stadium.ask("why did the judge reject the challenge")
    assert answer.confidence == "high"
    assert "rejecting a challenge" in answer.passages[0].text
