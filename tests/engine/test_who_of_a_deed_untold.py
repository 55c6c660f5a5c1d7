"""A question "who <did something to> the <thing>" ("who made the banner") of a story that
never tells of that deed, in any form or sense, is not answered high by the passage naming the
thing with someone who did something else with it ("Mayor Ruth Ames unveiled a banner"): the
story does not say who did it (shown first, low). A deed the story tells is answered as
before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Thousands of people filled Dock Square on Saturday for the first Harbour Festival in a"
        " decade.",
        "Ahead of the parade, Mayor Ruth Ames unveiled a giant banner showing the old fishing"
        " fleet sailing into the harbour.",
        "“This town was built by the sea, and we should never forget it,” Ames said.",
        "The mural on the fish market wall was painted by local artist Tom Reid over the summer.",
        "The festival will return next year, organisers said.",
    ]
)


@pytest.fixture(scope="module")
def festival() -> Searcher:
    return searcher_for("festival", STORY)


@pytest.mark.parametrize(
    "question", ["who made the banner the mayor unveiled", "who made the giant banner"]
)
def test_the_doer_of_a_deed_untold_is_not_answered_high(festival: Searcher, question: str) -> None:
    answer = festival.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question
    assert "banner" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("who unveiled the banner", "unveiled a giant banner"),
        ("who painted the mural", "painted by local artist"),
    ],
)
def test_the_doer_of_a_deed_told_is_answered(festival: Searcher, question: str, words: str) -> None:
    answer = festival.ask(question)
    assert answer.confidence == "high", question
    assert words in answer.passages[0].text
