"""Numbers that are no answer to "how many" or "how much", for the confidence model, on a story
of its own. A number that is part of a name ("MS-13", "F-16", "COVID-19") is no count: a
passage naming the "F-16 jets" does not say how many jets there are, however much of the
question it holds, so it is not rated high; a passage giving the number is. A ratio ("three
times more") is no amount unless a comparison is asked: it says how one cost compares with
another, not what either is. A time made of the question's own words is what it asks about,
not the answer: "when did her second term start" is not answered by something done "during her
second term". (The ranking's bonus for a passage holding the kind asked still reads such
numbers and times: read there too the name's number moved right passages down,
docs/quality-history.md.)"""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

AIRBASE_STORY = "\n".join(
    [
        "The air force moved its F-16 jets to the northern airbase after a storm tore the roof "
        "off the hangars at the coast.",
        "Engineers at the coast say the repairs will take most of the winter.",
        "The defence ministry ordered 24 new transport planes from an Italian maker last spring.",
        "Commander Lena Horvath said the pilots had trained for the move for months.",
        "Residents near the northern airbase have complained about the noise at night.",
        "Keeping the jets inland costs three times more than flying them from the coast, the "
        "ministry's budget office said.",
        "The airbase was first opened to the public during Commander Horvath's second term, "
        "and the open day drew crowds from across the north.",
    ]
)


@pytest.fixture(scope="module")
def airbase() -> Searcher:
    return searcher_for("airbase", AIRBASE_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "how many jets did the air force move to the northern airbase",
        "how many f-16 jets are there",
    ],
)
def test_a_number_in_a_name_is_no_count(airbase: Searcher, question: str) -> None:
    answer = airbase.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert "F-16 jets" in answer.passages[0].text  # shown, as the closest the story comes
    signals = airbase.confidence_signals(question)
    assert signals is not None and signals.answer_type == -1.0 and signals.coverage == 0.0


def test_a_count_beside_the_name_is_one(airbase: Searcher) -> None:
    question = "how many transport planes did the defence ministry order"
    answer = airbase.ask(question)
    assert answer.confidence == "high" and "24 new transport planes" in answer.passages[0].text
    signals = airbase.confidence_signals(question)
    assert signals is not None and signals.answer_type == 1.0


@pytest.mark.parametrize(
    "question",
    [
        "how much does it cost to keep the jets inland each year",
        "how much do the jets inland cost",
        "what does it cost to keep the jets inland",  # asked as "how much"
    ],
)
def test_a_ratio_is_no_amount(airbase: Searcher, question: str) -> None:
    answer = airbase.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert "three times more" in answer.passages[0].text  # the closest the story comes
    signals = airbase.confidence_signals(question)
    assert signals is not None and signals.answer_type == -1.0


@pytest.mark.parametrize(
    "question",
    [
        "how much more does keeping the jets inland cost",
        "how much does the ministry save by flying the jets from the coast",
    ],
)
def test_a_ratio_answers_a_comparison(airbase: Searcher, question: str) -> None:
    answer = airbase.ask(question)
    assert answer.confidence == "high" and "three times more" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what does it cost to keep the jets inland", AnswerKind.AMOUNT),
        ("what did the new transport planes cost", AnswerKind.AMOUNT),
        ("what did the budget office say about the cost", None),  # its words, of the cost
        ("what did the budget office say about cost", None),
    ],
)
def test_what_does_it_cost_asks_an_amount(question: str, kind: AnswerKind | None) -> None:
    assert expected_kind(question) is kind


def test_the_time_asked_about_is_not_its_answer(airbase: Searcher) -> None:
    question = "when did commander horvath's second term start"
    answer = airbase.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert "second term" in answer.passages[0].text  # the closest the story comes
    signals = airbase.confidence_signals(question)
    assert signals is not None and signals.answer_type == -1.0


def test_a_time_of_other_words_is_an_answer(airbase: Searcher) -> None:
    answer = airbase.ask("when was the airbase first opened to the public")
    assert answer.confidence == "high" and "second term" in answer.passages[0].text
