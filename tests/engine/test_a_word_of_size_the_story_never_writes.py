""" "what day was the big meeting?": a word of size between a determiner and its noun ("the big
meeting", "that huge warehouse") that the story never writes is how the asker sees the thing,
not which one it is; a story telling of one meeting writes "the meeting". On be6fd920 it was a
topic word no passage holds, so the passage dating the meeting held half the question's topic
and its answer was rated low. A story that writes the word keeps it: "the large hall" is
another than "the small hall". The story is long enough, and "meeting" in enough of it, that
the noun tells no passage apart, as in the story the question set asked it of."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

MEETING = (
    "The zoning board met with residents on Thursday in the Ashby library to hear their views on"
    " the Fenwick warehouse."
)
# a story about a meeting: "meeting" is in so many of its passages that it tells none apart
STORY = "\n".join(
    [
        "Plans to turn the old Fenwick warehouse into flats have split the town of Ashby.",
        MEETING,
        "About 300 residents came to the meeting, twice as many as the library's hall seats.",
        "“We need homes, not another empty lot,” board chair Ruth Calloway said at the meeting.",
        "Shop owner Dev Patel said the meeting was the first time the board had asked anyone.",
        "The developer, Marlow Homes, has offered to keep the warehouse's brick front.",
        "The flats would be the first new homes built in the town centre since 1998.",
        "Neighbours worry about parking on Quay Street, where the warehouse stands.",
        "The board will vote on the plans in March.",
        "Marlow Homes built a similar block in the nearby village of Denby in 2021.",
        "A second meeting, for the shops on Quay Street, has not been set.",
    ]
)

HALLS = "\n".join(
    [
        "The school fair took place in the large hall on Saturday.",
        "The book sale was held in the small hall on Sunday.",
        "Organisers said the fair raised $4,000 for new instruments.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what day was the big meeting?",
        "when was that huge meeting",
    ],
)
def test_a_word_of_size_the_story_never_writes_is_no_topic(question: str) -> None:
    searcher = searcher_for("fenwick-warehouse", STORY)
    answer = searcher.ask(question)
    assert answer.passages[0].text == MEETING
    assert answer.confidence == "high"


def test_a_word_of_size_the_story_writes_is_kept() -> None:
    searcher = searcher_for("ashby-school-fair", HALLS)
    answer = searcher.ask("what day was the event in the large hall?")
    assert answer.passages[0].text.startswith("The school fair took place in the large hall")
    assert answer.confidence == "high"
