"""The kind of answer a question asks, read as members type it, on a story of its own: "whens"
and "wheres" without their apostrophe ask when and where; "when's the next ..." asks for a
time to come, which a passage telling only of times gone by does not give; what a name is
asked of ends where a clause about it begins ("the name of the bridge they're building": the
bridge, not "building"). Each was rated high on a passage that does not answer."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, expected_kind, named_thing
from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for
from tests.engine.test_common_topic_near_answer import TOWN_STORY

FERRY_STORY = "\n".join(
    [
        "The island ferry sailed for the last time on Sunday after the harbour board cancelled "
        "its licence.",
        "Captain Marta Reyes said the crew had been building a case for a new boat for years.",
        "Crews from Larsen Works are building the new crossing over the bay. The bridge will "
        "replace the ferry.",
        "Islanders say the crossing now takes two hours by road.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("whens the next ferry to the island", AnswerKind.FUTURE),
        ("when's the next ferry to the island", AnswerKind.FUTURE),
        ("wheres the bridge going", AnswerKind.PLACE),
        ("when did the ferry sail for the last time", AnswerKind.DATE),
    ],
)
def test_the_kind_asked_as_typed(question: str, kind: AnswerKind) -> None:
    assert expected_kind(expand_shorthand(question)) is kind


def test_the_next_one_is_a_time_to_come(ferry: Searcher) -> None:
    answer = ferry.ask("whens the next island ferry")
    assert answer.answered and answer.confidence == "low"
    assert "last time on Sunday" in answer.passages[0].text  # the closest the story comes


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("whats the name of the bridge they're building", "bridge"),
        ("what's the name of the boat that the crew wanted", "boat"),
        ("what is the name of the island ferry", "island ferry"),
    ],
)
def test_what_a_name_is_asked_of(question: str, named: str) -> None:
    assert (named_thing(expand_shorthand(question)) or "").strip() == named


def test_a_clause_about_the_thing_named_is_not_its_name(ferry: Searcher) -> None:
    answer = ferry.ask("whats the name of the bridge they're building")
    assert answer.answered and answer.confidence == "low"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # the kind's noun last, as a search box takes it, or as what a question asks is
        ("calder age", AnswerKind.AGE),
        ("what is calder's age?", AnswerKind.AGE),
        ("ferry terminal opening date", AnswerKind.DATE),
        ("terminal cost", AnswerKind.AMOUNT),
        ("whats the terminal's price", AnswerKind.AMOUNT),
        ("council vote number", AnswerKind.COUNT),
        # "when" last asks when, as first: chat puts it at the end
        ("calder and reyes met when?", AnswerKind.DATE),
        ("so they're friends now? since when", AnswerKind.DATE),
        # asking something else of the noun
        ("what did calder call the fee", None),
        ("why is the fee so high", None),
        ("what was in calder's speech about the cost", None),
    ],
)
def test_the_noun_of_a_kind_asks_for_that_kind(question: str, kind: AnswerKind | None) -> None:
    assert expected_kind(question) == kind


def test_a_search_box_query_naming_the_kind_is_answered_as_the_question() -> None:
    # Before: "age" was a topic word no passage holds, and no age was looked for: the passage
    # with her age first, but at low confidence
    town = searcher_for("terminal", TOWN_STORY)
    for query in ("calder age", "what is calder's age"):
        answer = town.ask(query)
        assert answer.confidence == "high"
        assert "Calder, 58" in answer.passages[0].text


def test_since_when_last_asks_for_the_date_not_since() -> None:
    # Before: "since when" at the end asked for no date, and "since" was a topic word: the
    # passage "since" something else came first
    story = searcher_for(
        "friends",
        "\n".join(
            [
                "Since taking office, Mayor Calder and captain Tomas Reyes have argued over "
                "the harbour wall.",
                "Calder and Reyes first met in 2015 at a council vote.",
                "The two have worked together on the terminal for years.",
            ]
        ),
    )
    answer = story.ask("calder and reyes are friends now? since when")
    assert "first met in 2015" in answer.passages[0].text


def test_how_many_people_live_in_a_place_asks_its_population() -> None:
    # Before: a count of "people" was looked for, and the passage counting people of another
    # kind ("4,000 people were evacuated") came first, at low confidence
    story = searcher_for(
        "valley",
        "\n".join(
            [
                "Floods forced 4,000 people in the Arno valley to leave their homes on Monday.",
                "The valley, a farming region with a population of 80,000, has flooded twice "
                "this decade.",
                "Mayor Lena Ferri said the dikes would be raised next year.",
            ]
        ),
    )
    for question in (
        "how many people live in the arno valley?",
        "how many ppl even live in the valley",
    ):
        answer = story.ask(question)
        assert answer.confidence == "high", question
        assert "population of 80,000" in answer.passages[0].text
