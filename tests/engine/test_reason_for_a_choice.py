"""A why-question setting its deed against another course ("why bus the pupils to Fairview
instead of keeping them at Elm Street", "... rather than keep them there") asks the reason for
the choice: a story tells it beside the course not taken ("keeping the pupils at Elm Street
would cost $3 million"), not in the reason for the deed alone ("sending the children to
Fairview shows parents that the district takes the mold seriously, which serves as a strong
signal"), which main rated high, the passage holding most of the question's words and a
reason. Now the passage telling of the other course (its verb, `Searcher._other_course`) is
put first, and one that does not tell of it is not rated high. Not where what is set against
the deed is no course ("rather than in the spring", "instead of here")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

BUS_STORY = "\n".join(
    [
        "The Brackwater school board voted on Monday to bus the 200 pupils of Elm Street"
        " Elementary to Fairview Elementary from September.",
        "“For the board, sending the children to Fairview Elementary shows parents that the"
        " district takes the mold at Elm Street seriously, which serves as a strong signal"
        " before the bond vote,” said education consultant Maria Lund.",
        "Superintendent Grace Odum told the board that keeping the pupils at Elm Street would"
        " cost $3 million in repairs to the roof and boilers.",
        "Parents at the meeting asked for a second bus route in the spring.",
    ]
)
SENDING = "“For the board, sending the children"
KEEPING = "Superintendent Grace Odum told the board that keeping"


@pytest.fixture(scope="module")
def buses() -> Searcher:
    return searcher_for("buses", BUS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why is the board sending kids to fairview instead of keeping them at elm street",
        "why send the children to fairview rather than keep them at elm street",
        "how come the district is sending pupils to fairview instead of just keeping them",
    ],
)
def test_the_reason_for_the_choice_is_told_beside_the_other_course(
    buses: Searcher, question: str
) -> None:
    answer = buses.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(KEEPING)
    # on main: the consultant's reason for sending them first, rated high
    assert not (answer.passages[0].text.startswith(SENDING) and answer.confidence == "high")


def test_a_deed_alone_keeps_its_reason(buses: Searcher) -> None:
    answer = buses.ask("why is the board sending the children to fairview elementary")
    assert answer.passages[0].text.startswith(SENDING)


def test_no_course_set_against_it(buses: Searcher) -> None:
    answer = buses.ask(
        "why is the board sending the children to fairview now rather than in the spring"
    )
    assert answer.passages[0].text.startswith(SENDING)


def test_a_story_not_telling_the_other_course_gives_no_high_answer() -> None:
    # the superintendent's passage left out: the consultant's is the closest it comes
    told = "\n".join(line for line in BUS_STORY.splitlines() if "Odum" not in line)
    answer = searcher_for("buses", told).ask(
        "why is the board sending the kids to fairview instead of keeping them at elm street"
    )
    assert answer.passages[0].text.startswith(SENDING)
    assert answer.confidence != "high"  # on main: high
