"""Questions asking where, which person of a role, what someone does for a living, or whether
someone is something, on a story of its own: a passage on the question's topic that lacks the
place, a person of that role, an occupation beside the name or the attribute asked is the
closest the story comes (shown, rated low), never the answer; the passage that holds it is."""

from __future__ import annotations

import pytest

from bot.engine.answer_types import AnswerKind, asked_role, expected_kind
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A town's new footbridge: places, a judge and a professor named, a resident with no job given.
BRIDGE_STORY = "\n".join(
    [
        "The new footbridge over the river opened on Saturday in Carrow, a market town of 9,000 "
        "people.",
        "Professor Tomas Brandt, who designed the footbridge, said its steel arches were made at "
        "a yard in Rotterdam.",
        "“It is a proud day for the town,” said Mara Quist, who has lived by the river for 40 "
        "years.",
        "The regional government paid for the project after years of delay.",
        "Residents had complained about the old crossing for a decade, and a petition gathered "
        "thousands of signatures.",
        "Judge Helen Marsh ruled last year that the council could take the riverside land it "
        "needed.",
        "Brandt said the next bridge would be built further upstream.",
        "“The crossing will bring visitors,” said Ian Holt, a Dublin man who runs the ferry.",
    ]
)


@pytest.fixture(scope="module")
def bridge() -> Searcher:
    return searcher_for("footbridge", BRIDGE_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # where: the passage holds the topic, but no place
        ("where did residents sign the petition", "a petition gathered"),
        ("where did the regional government pay for the project", "paid for the project"),
        ("where is mara quist from", "Mara Quist"),
        # which <role>: nobody the story names holds it
        ("which mayor opened the footbridge", "opened on Saturday"),
        # what someone does: nothing beside their name says
        ("what is mara quist's job", "Mara Quist"),
        ("what does mara quist do for a living", "Mara Quist"),
        # the same with where they work after it: "for work" still asks what she does
        ("what does mara quist do for work in carrow", "Mara Quist"),
        # whether someone is something: the passage names them, not the attribute
        ("is mara quist married", "Mara Quist"),
    ],
)
def test_a_passage_without_what_is_asked_is_the_closest_not_the_answer(
    bridge: Searcher, question: str, shown: str
) -> None:
    answer = bridge.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert shown in answer.passages[0].text  # still shown, as the closest the story comes


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("where did the footbridge open", "in Carrow"),
        ("where were the steel arches made", "in Rotterdam"),
        ("where is ian holt from", "a Dublin man"),  # a name placing someone before what they are
        ("which judge ruled on the riverside land", "Judge Helen Marsh"),
        ("what does tomas brandt do for a living", "Professor Tomas Brandt"),
        ("what's brandt's job", "Professor Tomas Brandt"),
        ("is brandt a professor", "Professor Tomas Brandt"),
    ],
)
def test_the_passage_holding_what_is_asked_is_the_answer(
    bridge: Searcher, question: str, shown: str
) -> None:
    answer = bridge.ask(question)
    assert answer.confidence == "high" and shown in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "kind", "role"),
    [
        ("where exactly is the yard", AnswerKind.PLACE, None),
        ("anyone got the quote where brandt talks about upstream", None, None),
        ("where's that upstream quote from", None, None),  # the source of words: their passage
        ("which ex-congressman met the mayor", AnswerKind.PERSON, "congressman"),
        ("who is the town's lawyer", AnswerKind.PERSON, "lawyer"),
        ("which official signed it", AnswerKind.PERSON, None),  # anyone in office
        ("what did the judge say", None, None),  # asks for words, not for a judge
        ("what does quist do for a living", AnswerKind.OCCUPATION, None),
        ("what did holt do for work back in dublin", AnswerKind.OCCUPATION, None),
        ("what did brandt do after the vote", None, None),  # what happened, not his job
    ],
)
def test_what_a_question_asks_for_is_read_from_its_form(
    question: str, kind: AnswerKind | None, role: str | None
) -> None:
    assert expected_kind(question) is kind
    assert asked_role(question) == role


def test_the_person_a_role_question_finds_by_that_role_is_its_answer(bridge: Searcher) -> None:
    # "professor" finds Brandt in the question, as a name would; he is still whom it asks for,
    # in his own words that say no role
    question = "which professor said the next bridge would go further upstream"
    answer = bridge.ask(question)
    assert answer.confidence == "high" and "Brandt said" in answer.passages[0].text
    signals = bridge.confidence_signals(question)
    assert signals is not None and signals.answer_type == 1.0  # a professor, no one else's


def test_a_proper_adjective_beside_the_role_is_no_one_holding_it() -> None:
    # "leaders in the Latin world": "Latin" says of where, it names no leader. Before, it was
    # read as a name beside the role, and that passage came first for "which leader".
    searcher = searcher_for(
        "summit",
        "\n".join(
            [
                "Ortega was the first president of a Latin American country to attend the summit.",
                "The summit drew the attention of other leaders in the Latin world, an analyst "
                "said.",
                "Delegates discussed trade and migration for two days.",
            ]
        ),
    )
    answer = searcher.ask("who was the first leader from Latin America at the summit?")
    assert answer.passages[0].text.startswith("Ortega was the first president")


def test_where_is_answered_by_the_place_that_places_what_is_asked_about() -> None:
    # Both passages on the depot name a place; the one placing the depot is the answer, not
    # the one holding the word twice with a place of something else (engineers' bus stations).
    searcher = searcher_for(
        "depot",
        "\n".join(
            [
                "The council said the new bus depot will cost more than planned.",
                "The depot will hold 80 buses, and the depot's solar roof was designed by "
                "engineers who had worked on bus stations in Lisbon.",
                "The new depot is being built just outside Harwick, beside the ring road.",
                "Drivers have asked for a canteen and showers.",
            ]
        ),
    )
    answer = searcher.ask("where is the depot?")
    assert answer.passages[0].text.startswith("The new depot is being built just outside")
