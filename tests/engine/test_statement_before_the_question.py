"""A message that tells what someone said before it asks ("alves really said one hell of a
president. what'd he say about the press"): the question is what is asked, "he" the one the
statement tells was speaking (not the president his words name), and the statement's words
are no topic of it. Chat types "what'd" for "what did"."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

STADIUM_STORY = "\n".join(
    [
        "Coach Pedro Alves met club president Maria Santos on Monday to talk about the new "
        "stadium the club wants to build by the river.",
        "“She is one hell of a president, and she gets things done,” Alves said of Santos.",
        "“The press will hate this, but the fans will love it,” Alves said of the stadium plan.",
        "Santos said the club would borrow 20 million euros to pay for the work.",
        "“We will not raise ticket prices to pay for it,” Santos said.",
    ]
)


@pytest.mark.parametrize(
    "message",
    [
        "alves really said one hell of a president. what did he say about the press",
        "alves really said one hell of a president. what'd he say about the press",
    ],
)
def test_the_question_after_what_someone_said_is_answered(message: str) -> None:
    searcher = searcher_for("river-stadium", STADIUM_STORY)
    answer = searcher.ask(message)
    assert "The press will hate this" in answer.passages[0].text
    assert answer.confidence == "high"
