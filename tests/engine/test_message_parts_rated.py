"""A message asking two questions is rated high only when each is answered: "who even is X"
is read as "who is X" (an adverb of emphasis between); a part is vouched for by the passage of
a part before it, never of one after it ("how old is X and why is she at Y": the passage
telling why is no telling of her age); and a part refused for someone it names ("... and how
did Marlow react" of a story quoting no Marlow) leaves the message low, whatever the other
part's passage is rated."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import SCHOOL_CLOSING, searcher_for

STORY = "\n".join(
    [
        "The long friendship between the dockworkers' union and Harbor Commissioner Lena Voss"
        " was on show Friday at City Hall.",
        "Voss has met members of Mayor Paul Ortega's staff many times over the years. Most"
        " recently, former council member Raul Ibarra, Ortega's former pick for treasurer, met"
        " with the commissioner over the weekend ahead of her visit to City Hall on Friday.",
        "“The port needs the city, and the city needs the port,” Voss said as she arrived.",
        "“We are glad to have her,” Ortega said. “She keeps the cranes moving.”",
        "Port economist Dana Whitfield said the deal would bring new shipping lines to the harbor.",
        "The union has been criticized for its close ties to the shipping firm Marlow at the"
        " expense of the fishing fleet, with Marlow opening a new fish market, a boat ramp and a"
        " playground in the town three years ago as a “gift” to the town.",
        "Voss tried to meet with former Mayor Tom Grady in 2020, arriving unannounced for a"
        " meeting, which Grady refused. But now that Ortega is back at City Hall, Voss is as"
        " well.",
    ]
)


@pytest.fixture(scope="module")
def harbor() -> Searcher:
    return searcher_for("harbor", STORY)


@pytest.mark.parametrize("question", ["who even is voss", "who exactly is voss"])
def test_who_even_is_someone_finds_who_they_are(harbor: Searcher, question: str) -> None:
    answer = harbor.ask(question)
    assert "Harbor Commissioner Lena Voss" in answer.passages[0].text


def test_a_part_is_not_vouched_for_by_a_later_parts_passage(harbor: Searcher) -> None:
    # the story tells no age
    answer = harbor.ask("how old is voss and why is she at city hall")
    assert answer.answered and answer.confidence == "low"


def test_a_later_part_is_still_vouched_for_by_an_earlier_parts_passage(
    harbor: Searcher,
) -> None:
    answer = harbor.ask("when did voss try to meet grady? and what did she want back then")
    assert answer.confidence == "high"
    assert "in 2020" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "when did the union drop the fishermen for marlow and how did marlow react",
        "when did the union pick marlow and what did grady say about it",
    ],
)
def test_a_part_refused_for_someone_it_names_leaves_the_message_low(
    harbor: Searcher, question: str
) -> None:
    answer = harbor.ask(question)
    assert answer.answered and answer.confidence == "low"


@pytest.fixture(scope="module")
def school() -> Searcher:
    return searcher_for("brackwater", SCHOOL_CLOSING)


@pytest.mark.parametrize(
    "question",
    [
        # the story counts no pupils; the passage telling why is no count of them
        "how many students does elm street have and why is the board closing it",
        # the story quotes no mayor
        "why did the board close elm street and what did the mayor say",
    ],
)
def test_a_part_the_story_cannot_answer_leaves_the_message_low(
    school: Searcher, question: str
) -> None:
    answer = school.ask(question)
    assert answer.answered and answer.confidence == "low"


def test_each_part_answered_is_high(school: Searcher) -> None:
    answer = school.ask("why did the board close elm street and what did wendt say")
    assert answer.confidence == "high"
