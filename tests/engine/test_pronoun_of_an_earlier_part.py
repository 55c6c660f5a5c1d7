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


# Someone a story never quotes, asked who they are to someone it does: the pronoun of the part
# after is the one asked of, not the one they are told of against
HARBOR_STORY = "\n".join(
    [
        "Harbor commissioner Paul Marsh, a longtime adviser to Mayor Tom Briggs, met with union"
        " leader Carl Duval on Thursday to talk about the ferry schedule.",
        "Marsh has advised Briggs since his first campaign in 2016.",
        "“The ferries will keep running,” Briggs said.",
        "Duval said the crews would strike on Friday if no deal was reached.",
        "Briggs first met Duval in 2009 at a dockside rally.",
    ]
)


@pytest.fixture(scope="module")
def harbor() -> Searcher:
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    "message",
    [
        "ok who's paul marsh to briggs? when did he sit down with duval",
        "who is paul marsh to the mayor? when did he sit down with duval",
    ],
)
def test_he_of_the_one_asked_who_they_are(harbor: Searcher, message: str) -> None:
    # "he" is Marsh, whom the first part asks of, never quoted; not Briggs, whom he is told of
    # against, who met Duval too
    answer = harbor.ask(message)
    assert answer.answered
    assert "met with union leader Carl Duval on Thursday" in answer.passages[0].text
    assert answer.parts[1].rank == 1  # the later part's own first passage: Marsh's meeting


def test_he_of_two_named_otherwise_stays_as_typed(harbor: Searcher) -> None:
    # the speaker or the one spoken of: either, so "he" is no one's name
    part = "when did he meet duval"
    assert harbor._people_for_pronoun("what did briggs say about marsh", part) == part
    assert harbor._people_for_pronoun("who is marsh and briggs", part) == part
