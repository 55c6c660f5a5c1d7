"""A role asked in other words with nothing qualifying it ("the leader") of a story with one
"president" and someone else told as leading ("Marta Quill, who leads the tenants' group"):
either may be meant, so no passage is vouched for as the president's; the closest passages
are shown, each credited to whoever said it. The president asked as such is still answered."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

ROWING_STORY = "\n".join(
    [
        "The Lakeside Rowing Club will sell its boathouse to a hotel developer, the club"
        " announced on Friday, ending 60 years of rowing on the north shore.",
        "“We could not afford the repairs any longer,” said Owen Pike, president of the club."
        " “This was the hardest decision of my life.”",
        "Marta Quill, who leads the tenants' group in the houses beside the boathouse, said the"
        " hotel would block the shore path. “They are selling the lake to the highest bidder,”"
        " Quill said.",
        "The sale is expected to close in August.",
    ]
)


@pytest.fixture(scope="module")
def rowing() -> Searcher:
    return searcher_for("rowing", ROWING_STORY)


@pytest.mark.parametrize("question", ["what did the leader say", "what did the leader say?"])
def test_bare_leader_not_the_one_president(rowing: Searcher, question: str) -> None:
    answer = rowing.ask(question)
    assert answer.answered, question
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    "question", ["what did the president say", "what did the club president say"]
)
def test_the_president_still_answered(rowing: Searcher, question: str) -> None:
    answer = rowing.ask(question)
    assert answer.confidence == "high", question
    assert answer.asked_speaker == "Owen Pike"
