"""A why-question of a passage whose sentence on the topic is one plain clause stating the
matter asked ("The terminal on Dock Street holds 400 cars.") is not rated high: the sentence
tells that the terminal holds so many, not why (`reasons.states_only_the_matter`, in the
searcher's high gate). Before, such a passage holding every word asked was rated high though
it gives no reason for it ("why does the mill road jail hold so many", 0.66), its one reason
("because the hours were long") being of something else. A sentence of more clauses, or one
with an adverb or a phrase of cause ("mistakenly deported", "over fears"), may give the reason
in its own words and is read as before."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DOCK_STORY = "\n".join(
    [
        "Port Hallam opened a new ferry terminal on Dock Street in April, harbor master Owen"
        " Tate said.",
        "“We were turning cars away every weekend,” Tate told the harbor board. “Now nobody"
        " waits.”",
        "The terminal on Dock Street holds 400 cars. Three clerks left the ticket office last"
        " spring because the hours were long.",
        "The board raised fares by a dollar in June to pay for the new ramp.",
        "Fishermen said the terminal had taken their parking lot.",
    ]
)
HOLDS = "The terminal on Dock Street holds 400 cars."


@pytest.fixture(scope="module")
def dock() -> Searcher:
    return searcher_for("dock", DOCK_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "why does the dock street terminal hold so many cars",
        "why does the dock street terminal hold 400 cars",
        "why so many cars at the dock street terminal",
    ],
)
def test_a_plain_clause_stating_the_matter_is_no_reason(dock: Searcher, question: str) -> None:
    answer = dock.ask(question)
    assert answer.passages[0].text.startswith(HOLDS)
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the reason on the topic, in a cause word
        ("why did the board raise fares", "The board raised fares"),
        # a sentence of more than one clause
        ("why did port hallam open a new terminal", "Port Hallam opened"),
    ],
)
def test_guards(dock: Searcher, question: str, opening: str) -> None:
    answer = dock.ask(question)
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"


def test_the_reading() -> None:
    from bot.engine.reasons import states_only_the_matter

    topic = {"termin", "dock", "street", "hold"}
    assert states_only_the_matter(HOLDS + " Three clerks quit because pay was low.", topic)
    # an adverb, a phrase of cause, a second clause: the sentence may give the reason
    assert not states_only_the_matter(
        "The terminal on Dock Street holds 400 cars illegally.", topic
    )
    assert not states_only_the_matter(
        "The terminal on Dock Street holds 400 cars over fears of traffic.", topic
    )
    assert not states_only_the_matter(
        "The terminal on Dock Street holds 400 cars, the most on the coast.", topic
    )
    # one topic word is no statement of the matter
    assert not states_only_the_matter("The street is long.", topic)
