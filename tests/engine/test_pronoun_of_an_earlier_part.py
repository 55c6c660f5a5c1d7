"""A later part of a message whose pronoun means the people its first part names: "they" of
the two or more it names ("reyes and okafor go way back right? when did they first meet"), "he"
or "she" of the one. The part is read with their names where the pronoun stands, so it is
searched for them, not for whoever else did what it asks. On a story of its own (a governor
and a senator)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

CAPITOL_STORY = "\n".join(
    [
        "Governor Alma Reyes hosted Senator Victor Okafor at the state capitol on Monday.",
        "Reyes and Okafor first crossed paths in 2011, when both sat on the city council.",
        "“We have disagreed on almost everything since,” Reyes said.",
        "Okafor said the new bridge would be paid for by the federal grant.",
        "“Not a cent of it comes from local taxes,” Okafor said.",
        "Mayor Dana Price said the bridge would open in 2027.",
        "Price and his deputy first met at a fundraiser in 2019.",
    ]
)


@pytest.fixture(scope="module")
def capitol() -> Searcher:
    return searcher_for("capitol", CAPITOL_STORY)


def test_they_of_a_later_part_means_the_people_the_first_names(capitol: Searcher) -> None:
    answer = capitol.ask("reyes and okafor go way back right? when did they first meet")
    assert answer.answered
    assert "first crossed paths in 2011" in answer.passages[0].text


def test_their_words_asked_by_they_are_searched_for(capitol: Searcher) -> None:
    answer = capitol.ask("who are reyes and okafor? and what did they say about the bridge")
    assert answer.answered
    assert any("paid for by the federal grant" in p.text for p in answer.passages)


def test_he_of_one_person_named_before(capitol: Searcher) -> None:
    # "he" is Okafor, the one person the first part names: not the mayor, who met his deputy
    answer = capitol.ask("is okafor a senator? and when did he first meet anyone")
    assert answer.answered
    assert all("his deputy" not in p.text for p in answer.passages[:2])
