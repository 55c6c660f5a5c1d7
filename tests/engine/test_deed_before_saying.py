"""What someone did to say something ("what did Alves butt in to say", "stand up to say") is
a topic of the question, not words of whom it asks about: a passage quoting them is the
answer where it tells of that deed, and otherwise only the closest (any quotation of theirs
is not vouched for as the one meant)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MEETING_STORY = "\n".join(
    [
        "Coach Pedro Alves met club president Maria Santos on Monday to talk about the new "
        "stadium the club wants to build by the river.",
        "“She is one hell of a president, and she gets things done,” Alves said of Santos.",
        "“The press will hate this, but the fans will love it,” Alves said of the stadium plan.",
        "“This team will never leave the town, whatever the council decides,” Alves said as "
        "he stood up at the end of the meeting.",
        "Santos said the club would borrow 20 million euros to pay for the work.",
    ]
)


@pytest.mark.parametrize(
    "question", ["what did alves butt in to say", "what did alves interrupt to say"]
)
def test_a_deed_no_passage_tells_is_not_answered_high(question: str) -> None:
    searcher = searcher_for("river-stadium-meeting", MEETING_STORY)
    answer = searcher.ask(question)
    assert answer.answered
    assert answer.confidence != "high"


def test_the_passage_telling_the_deed_answers() -> None:
    searcher = searcher_for("river-stadium-meeting", MEETING_STORY)
    answer = searcher.ask("what did alves stand up to say")
    assert answer.confidence == "high"
    assert "never leave the town" in answer.passages[0].text


def test_have_to_say_is_still_their_words() -> None:
    searcher = searcher_for("river-stadium-meeting", MEETING_STORY)
    answer = searcher.ask("what did alves have to say")
    assert answer.confidence == "high"
    assert answer.asked_speaker is not None
