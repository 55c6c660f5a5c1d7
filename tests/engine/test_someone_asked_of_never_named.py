"""What someone said about a person the story names in most passages: the name weighs nothing
(the coverage reads "nothing to cover"), so the speaker's one passage was rated high though it
never names them ("what did Brandt say about Ortiz" of the police chief's passage on a road).
A passage naming none of the people the topic is made of is not on it; a common word of
another kind ("the library") may be told otherwise and is read as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LIBRARY_STORY = "\n".join(
    [
        "Mayor Lena Ortiz opened the new riverside library in Dunmore on Saturday.",
        "Ortiz has pushed for the library since her first campaign in 2019.",
        "“This building belongs to every family in this town,” Ortiz said.",
        "The library cost 12 million euros, most of it from a state grant.",
        "Police chief Tom Brandt said the road along the river would stay closed to cars on "
        "weekends.",
        "Ortiz also announced a reading room for children on the second floor.",
        "The old library on Main Street will become a youth centre next year.",
        "Critics of Ortiz say the town's roads needed the money more.",
        "Council member Raj Patel said the grant could only be spent on the library.",
        "The library opens seven days a week, from nine in the morning.",
    ]
)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did brandt say about ortiz", "Tom Brandt"),
        ("what did the police chief say about the mayor", "Tom Brandt"),
        ("what did patel say about ortiz", "Raj Patel"),
    ],
)
def test_a_passage_naming_none_of_them_is_not_vouched_for(question: str, speaker: str) -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask(question)
    assert answer.asked_speaker == speaker
    assert answer.confidence != "high"


def test_what_they_said_of_their_own_topic_still_answers() -> None:
    searcher = searcher_for("dunmore-library", LIBRARY_STORY)
    answer = searcher.ask("what did brandt say about the road")
    assert answer.confidence == "high"
    assert "the road along the river" in answer.passages[0].text
