"""A quoted rhetorical question gives its speaker's reason ("“Why would I sell the land my
grandfather cleared?” Marsh said"): it answers why she does what she does, not why someone
else did something the same sentence tells of ("..., adding that she would keep farming until
the county paved the road"). A why-question naming its subject (`reasons.reason_asked_of`)
asks that subject's reason: where it names no one the passage quotes ("why did the county
pave the road"), the rhetorical question is not the reason asked (`Signals.answer_type` -1),
and a passage whose one reason is such a question is not rated high (on main: high, the
passage holding every word of the question). A subject the passage quotes, by name or by
role ("the farmer"), or a pronoun, still reads it as the reason."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for
from tests.engine.test_quoted_question_and_its_tag import LIBRARY_STORY

FARM_STORY = "\n".join(
    [
        "Ash County commissioners voted on Monday to buy the last farm inside the Dunmore"
        " bypass route, offering $1.2 million for 80 acres.",
        "Farmer June Marsh, whose family has worked the land since 1931, turned the offer"
        " down on Tuesday.",
        "“Why would I sell the land my grandfather cleared with his own hands?” Marsh said,"
        " adding that she would keep farming it until the county paved the road.",
        "Commissioner Ray Tolland said the county could take the land by eminent domain if"
        " talks failed.",
        "The bypass is meant to carry trucks around the town's narrow main street.",
    ]
)
RHETORICAL = "“Why would I sell the land"


@pytest.fixture(scope="module")
def farm() -> Searcher:
    return searcher_for("farm", FARM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why did the county pave the road",
        "how come the county paved the road",
        "why would the county pave the road over her farm",
    ],
)
def test_someone_elses_rhetorical_question_is_not_the_reason(farm: Searcher, question: str) -> None:
    answer = farm.ask(question)
    assert not (answer.answered and answer.confidence == "high")


@pytest.mark.parametrize(
    "question",
    [
        "why won't marsh sell her farm",
        "why did the farmer turn down the county's offer to sell the land",
        "how does june marsh justify refusing to sell the land",
    ],
)
def test_the_speakers_own_reason_still_answers(farm: Searcher, question: str) -> None:
    answer = farm.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(RHETORICAL)
    assert answer.confidence == "high"


def test_the_librarys_locks() -> None:
    # the wrong high 9reach8 left: "until the city changed the locks" beside his question
    answer = searcher_for("library", LIBRARY_STORY).ask("why did the city change the locks")
    assert not (answer.answered and answer.confidence == "high")
