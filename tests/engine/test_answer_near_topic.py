"""A question asking for an amount, a count or a date, on a story of its own: the number or date
in a passage answers it only where the question's words stand around it. A paragraph dating one
event and naming another later on ("reopened on Friday ... the board chose her") is no answer to
when the other happened, however much of the question it holds, so it is not rated high; the
event the number belongs to is."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A town's works: each paragraph gives a number or a date of one thing and tells of another.
TOWN_STORY = "\n".join(
    [
        "The harbour authority spent 40 million dollars on a new breakwater last year. "
        "Fishermen, shop owners and the ferry company had long asked for a safer entrance to "
        "the old harbour, and the authority's engineers have now also drawn up plans for a "
        "second pier.",
        "Volunteers planted 300 trees along the river in April. The council also hired a team "
        "of gardeners after a long dispute with the union of public workers over the wages "
        "paid in the city's parks, and they now look after the rose garden too.",
        "The town museum reopened on Friday after a renovation. Its director, Paula Mendes, "
        "first joined the staff as a guide and later ran the education office before the board "
        "chose her to lead the museum.",
        "Mayor Ines Calder said the town had never looked better.",
        "The ferry company's new boat, the Marisol, carries commuters across the river every "
        "morning. The company's contract with the town began in 2019.",
        "Shops on the east bank say business has been slow.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("how much did the second pier cost", "40 million dollars"),
        ("how many gardeners did the council hire", "300 trees"),
        ("when did the board choose paula mendes", "on Friday"),
        ("when did paula mendes become director?", "on Friday"),
    ],
)
def test_a_number_of_another_event_is_not_the_answer(
    town: Searcher, question: str, shown: str
) -> None:
    answer = town.ask(question)
    assert answer.answered and answer.confidence == "low"
    assert shown in answer.passages[0].text  # still shown, as the closest the story comes
    signals = town.confidence_signals(question)
    # the passage holds a number or date of the kind asked, and the asked words, apart
    assert signals is not None and signals.answer_type == 1.0 and signals.coverage == 0.0


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("how many trees did the volunteers plant?", "300 trees"),
        ("when did the museum reopen", "on Friday"),
        ("how much did they spend on the breakwater", "40 million dollars"),
    ],
)
def test_the_number_of_the_event_asked_is_the_answer(
    town: Searcher, question: str, shown: str
) -> None:
    answer = town.ask(question)
    assert answer.confidence == "high" and shown in answer.passages[0].text


def test_a_title_before_a_name_ends_no_sentence() -> None:
    # "Dr. Ana Ruiz": the full stop of a title leaves her in the sentence her date is in
    story = searcher_for(
        "clinic",
        "\n".join(
            [
                "The clinic's new head, Dr. Ana Ruiz, started work in March 2024 at the hospital.",
                "Nurses at the clinic say the waiting room is too small.",
                "The hospital board meets every month.",
            ]
        ),
    )
    answer = story.ask("when did ana ruiz start work at the clinic")
    assert answer.confidence == "high" and "March 2024" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["what's the rose garden called", "what is the name of the new breakwater"],
)
def test_a_name_asked_is_answered_only_beside_the_thing_named(
    town: Searcher, question: str
) -> None:
    # the passage holds the thing and names other things: "April", "the union"
    answer = town.ask(question)
    assert answer.answered and answer.confidence == "low"


def test_a_name_beside_the_thing_named_is_the_answer(town: Searcher) -> None:
    answer = town.ask("whats the ferry company's new boat called?")
    assert answer.confidence == "high" and "the Marisol" in answer.passages[0].text


def test_when_does_it_end_is_not_answered_by_when_it_began(town: Searcher) -> None:
    answer = town.ask("when does the ferry company's contract with the town end")
    assert answer.answered and answer.confidence == "low"
    assert "began in 2019" in answer.passages[0].text  # the closest the story comes
    began = town.ask("when did the ferry company's contract with the town begin")
    assert began.confidence == "high" and "began in 2019" in began.passages[0].text


def test_a_name_owning_the_thing_is_not_its_name() -> None:
    # "Riverton's new footbridge": the town owns the bridge; the story never names the bridge
    story = searcher_for(
        "footbridge",
        "\n".join(
            [
                "Crews finished Riverton's new footbridge last spring, and cyclists now cross "
                "it every day.",
                "The old crossing upstream will be pulled down next year.",
                "Shop owners on Mill Lane say trade has picked up since.",
            ]
        ),
    )
    answer = story.ask("what is the name of the new footbridge")
    assert answer.answered and answer.confidence == "low"
    assert "Riverton's new footbridge" in answer.passages[0].text  # the closest it comes


@pytest.mark.parametrize(
    "question",
    [
        "Does the story give the name of the new breakwater?",
        "does the article mention the name of the rose garden",
        "a reader asks whether the piece includes the official name of the second pier",
    ],
)
def test_a_name_asked_whether_the_story_gives_is_a_name_asked(
    town: Searcher, question: str
) -> None:
    # whether the story gives, mentions or includes the name of a thing asks for its name as
    # "what is the name of" does: a passage holding the thing and other names is no answer
    answer = town.ask(question)
    assert answer.answered and answer.confidence == "low"


def test_a_name_the_story_gives_is_the_answer_when_asked_whether(town: Searcher) -> None:
    answer = town.ask("does the story give the name of the ferry company's new boat")
    assert answer.confidence == "high" and "the Marisol" in answer.passages[0].text
