"""A question taking a deed as done in a "when" clause ("what did Pike say when she rebuilt
the bridge") is not answered high by a passage telling that deed only as not done ("I do not
have the money to rebuild the bridge", "it would be reckless for her to rebuild it"): the
premise is told the other way, so the passage is shown first, low, where the member reads
that it was not done (before: rated high). A deed told done, or asked without the premise, is
answered as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "Governor Ana Pike toured the flooded Miller valley on Friday and met the families who"
        " lost their homes.",
        "Asked whether the state would rebuild the Miller Street bridge, Pike said it would be"
        " “reckless” for her to rebuild the bridge before the river is dredged.",
        "“I do not have the money to rebuild the bridge this year,” Pike said. “The river comes"
        " first, and the families know it.”",
        "Farmers in the valley said they would lose the autumn harvest without the bridge.",
        "Mayor Luis Brandt thanked the governor. “She came when we called,” Brandt said after Pike"
        " visited the shelter on Main Street.",
    ]
)


@pytest.fixture(scope="module")
def flood() -> Searcher:
    return searcher_for("flood", STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did pike say when she rebuilt the bridge",
        "what did the governor say when she rebuilt the miller street bridge",
    ],
)
def test_a_deed_told_only_as_not_done_is_no_answer_high(flood: Searcher, question: str) -> None:
    answer = flood.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question
    assert "rebuild the bridge" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what did pike say about rebuilding the bridge", "rebuild the bridge"),
        ("what did brandt say when pike visited the shelter", "came when we called"),
    ],
)
def test_a_deed_told_done_or_no_premise_is_answered(
    flood: Searcher, question: str, words: str
) -> None:
    answer = flood.ask(question)
    assert answer.confidence == "high", question
    assert words in answer.passages[0].text
