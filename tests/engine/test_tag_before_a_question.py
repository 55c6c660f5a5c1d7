""" "el salvador is a pretty small place right? like how many people live there": "right?"
ending a statement is a tag asking to confirm it, no topic. It was read so only ending the
message (`chat._FRAMING`); before a further question it was a topic word, and "right" is
the story's "Rights" (fresh-63 p12: Human Rights Watch's analysis first, the country's
population third). Now "right" before a question mark is the tag wherever it stands; "a
right?", "who's right?" stay words of the question."""

from __future__ import annotations

from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "The Millbrook Civil Rights Council asked the county on Tuesday to review how the town"
        " draws its voting districts.",
        "Millbrook, a farming town of about 4,200 people, was founded in 1887 by railroad workers.",
        "“We only want every neighbourhood to be heard,” council chair Ruth Adeyemi said.",
        "County officials said they would answer the request within 30 days.",
    ]
)


def test_a_tag_before_a_question_is_no_topic() -> None:
    town = searcher_for("town", TOWN_STORY)
    answer = town.ask("millbrook is a pretty small town right? like how many people live there")
    assert "4,200" in answer.passages[0].text
    answer = town.ask("millbrook is pretty old right?? so when was it founded")
    assert "1887" in answer.passages[0].text
