"""Asked what someone said to a person the story names, with nothing else asked ("what did
okoro say to lind"), where no quotation of theirs is in the second person, the passage relaying
their words and naming that person ("Okoro later told Lind that ...") is shown first (before:
their words to no one first, it second)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "The Saltby harbor will charge fishing boats a mooring fee from June, the port board"
        " said on Monday.",
        "Harbor master Femi Okoro said the fee would pay for dredging. “The harbor is silting"
        " up, and the boats are scraping the bottom,” Okoro said.",
        "Fisherman Tova Lind, whose family has fished from Saltby for four generations, said"
        " the fee was too high. “Nobody asked the people who actually use the harbor,” Lind"
        " said.",
        "Okoro said the board had studied the fees of other harbors for a year.",
        "Okoro later told Lind that boats under ten meters would pay half.",
    ]
)


@pytest.fixture(scope="module")
def harbor() -> Searcher:
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    "question",
    ["what did okoro say to lind", "what did the harbor master say to lind"],
)
def test_the_passage_naming_whom_they_spoke_to_first(harbor: Searcher, question: str) -> None:
    answer = harbor.ask(question)
    assert answer.answered, question
    assert answer.passages[0].paragraph == 5, (question, answer.passages)


def test_a_topic_tells_which_words(harbor: Searcher) -> None:
    # with a topic, the words on it: not moved for naming whom they spoke to
    answer = harbor.ask("what did okoro say to lind about the dredging")
    assert answer.passages[0].paragraph == 2
