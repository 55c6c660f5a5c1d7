"""A question asking for an age, an amount or a date whose topic is only words most passages use
("how old is Calder" of a story about her, naming her in most paragraphs), on a story of its
own: no word of the topic tells the passages apart, but whether those words stand beside the
answer does. The age beside her name answers it (rated high); an age beside someone else's
name does not."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# A mayor named in most paragraphs; her age given once, beside her name; the ferry captain's
# age given once, beside his.
TOWN_STORY = "\n".join(
    [
        "Mayor Ines Calder opened the new ferry terminal on Saturday.",
        "Calder, 58, said the terminal would bring more visitors to the old harbour.",
        "The terminal cost the town 12 million dollars, Calder told the council in March.",
        "Critics on the council said the money should have gone to the schools.",
        "The ferry captain, Tomas Reyes, 61, has crossed the river for thirty years. He asked "
        "the council for a new timetable.",
        "Calder first ran for mayor in 2015 and won again last autumn.",
        "Shop owners on the east bank welcomed the crowds on opening day.",
        "The council has not planned a second terminal, Calder said.",
        "The harbour authority will run the terminal from next month.",
        "Volunteers planted trees along the quay, which the council paid for.",
        "Calder thanked the builders, who finished a month early.",
        "The river was calm and the first boats left on time.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("terminal", TOWN_STORY)


def test_the_age_beside_the_name_asked_answers_it(town: Searcher) -> None:
    # Before: "Calder" is in most paragraphs, so the topic counted as nothing to cover (0.5)
    # and the right passage was shown at low confidence.
    answer = town.ask("how old is calder")
    assert answer.confidence == "high"
    assert "Calder, 58" in answer.passages[0].text
    signals = town.confidence_signals("how old is calder")
    assert signals is not None and signals.coverage == 1.0


def test_an_age_beside_other_words_is_no_answer(town: Searcher) -> None:
    # "council" is in most paragraphs too, and in the captain's, but in another sentence than
    # his age (before: nothing to cover, 0.5, as for any question without a telling word)
    answer = town.ask("how old is the council")
    assert answer.answered and answer.confidence == "low"
    signals = town.confidence_signals("how old is the council")
    assert signals is not None and signals.answer_type == 1.0 and signals.coverage == 0.0


def test_a_role_naming_one_person_is_held_where_the_passage_names_them(town: Searcher) -> None:
    # Before: "mayor" stood nowhere near her age ("Calder, 58, said"), so the passage holding
    # it was shown at low confidence: the role names her, and her name stands beside it
    answer = town.ask("how old is the mayor")
    assert answer.confidence == "high"
    assert "Calder, 58" in answer.passages[0].text
    signals = town.confidence_signals("how old is the mayor")
    assert signals is not None and signals.coverage == 1.0
