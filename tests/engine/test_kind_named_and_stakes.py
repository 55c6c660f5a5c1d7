"""Two shapes of question read on stories of their own.

"which unions are the workers ... in" asks for the names of things of a kind: the passage
naming them ("alleged Steelworkers and Teamsters union members") is shown before a passage
holding more of the question's other words but no word of the kind, which cannot tell which
("workers being moved to the plant"); not when the passage naming one is of someone else than
the person asked about ("which state did Whitcomb represent": "the United States" of the
plant's trade, not his "Ohio").

"the significance of the deal for the port", "what does the deal mean for Arrow Freight" ask
what something means to someone, which news tells in a sentence opening "For X," as it tells
someone's gain ("what's in it for X"): that passage first, not the one introducing whoever is
quoted on it. Not "for both of them", which a sentence framed for one tells half of. A
country's gain ("whats in it for norway") is framed for the leader the story describes by it
("For Solheim," of the "Norwegian Prime Minister"), and making money is asked as a gain ("how
does norway make money off this deal"), not as the words of a passage on someone saving it."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

PLANT_STORY = "\n".join(
    [
        "Hundreds of workers will be moved to the new Kessler plant next month, and moving "
        "them there sends a clear signal to workers at the other plants, chief executive Dana "
        "Whitcomb told people at a town meeting.",
        "Footage posted online showed alleged Steelworkers and Teamsters union members marching "
        "outside the plant on Sunday.",
        "Whitcomb once represented Ohio in Congress before joining the company in 2015.",
        "The plant will ship parts across the United States from the spring, the company said.",
        "The town council approved the plant's expansion in a vote last year.",
    ]
)


@pytest.fixture(scope="module")
def plant() -> Searcher:
    return searcher_for("plant", PLANT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "which unions are the workers being moved to the plant supposedly in",
        "what union are the people getting moved to that plant in",
    ],
)
def test_the_passage_naming_the_kind_asked_comes_before_one_without_the_word(
    plant: Searcher, question: str
) -> None:
    answer = plant.ask(question)
    assert answer.answered, answer.reason
    assert "Steelworkers and Teamsters union" in answer.passages[0].text
    # the passage holding more of the other words is still shown, after it
    assert any("Hundreds of workers" in p.text for p in answer.passages[1:])
    assert answer.confidence == "low"


def test_a_name_of_the_kind_on_someone_else_does_not_go_first(plant: Searcher) -> None:
    answer = plant.ask("which state did whitcomb represent in congress")
    assert answer.answered, answer.reason
    assert "represented Ohio" in answer.passages[0].text


PORT_STORY = "\n".join(
    [
        "The port of Kelvin signed a ten-year deal with the shipping line Arrow Freight on "
        "Tuesday, a relationship months in the making that suits both sides, according to "
        "Marlow University economist Lena Hart.",
        "“For the port, the contract brings steady traffic through the winter, which keeps its "
        "cranes and crews busy,” Hart said.",
        "“For Arrow Freight, it opens a northern route that its rivals lack,” she added.",
        "Dock workers have asked the port for a share of the new revenue.",
        "The first Arrow Freight ship is due in Kelvin in March.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port", PORT_STORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "explain the significance of the relationship for the port according to the economist",
            "“For the port",
        ),
        ("what does the deal mean for arrow freight according to hart", "“For Arrow Freight"),
        ("why does this deal matter for the port", "“For the port"),
    ],
)
def test_what_something_means_to_someone_is_where_the_story_frames_it_for_them(
    port: Searcher, question: str, expected: str
) -> None:
    answer = port.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(expected)


def test_what_it_means_for_both_is_not_a_sentence_framed_for_one(port: Searcher) -> None:
    answer = port.ask("explain the significance of the deal for both of them")
    assert answer.answered, answer.reason
    assert not answer.passages[0].text.startswith("“For")


FERRY_STORY = "\n".join(
    [
        "Norwegian Prime Minister Ingrid Solheim signed a ferry deal with Denmark on Monday, "
        "opening a route between Bergen and Hirtshals.",
        "Danish officials see the route as a way to save money on road repairs, since fewer "
        "trucks would cross the country by land.",
        "For Solheim, the deal is lucrative: the state ferry company will collect a fee on "
        "every crossing, worth about 40 million kroner a year.",
        "The first ferry leaves Bergen in April.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("ferry", FERRY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # a country's stakes told in the sentence framed for its leader
        "whats in it for norway",
        # making money asked as the gain it is, of whoever makes it (not the passage telling
        # of someone else saving money)
        "how does norway make money off this deal",
        "how is solheim making money from the ferry deal",
    ],
)
def test_a_countrys_gain_is_where_the_story_frames_it_for_its_leader(
    ferry: Searcher, question: str
) -> None:
    answer = ferry.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("For Solheim")
