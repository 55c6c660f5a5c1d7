"""A people's adjective WordNet ties to its country only from the adjective's side ("Icelandic":
a pertainym of Iceland, which the country's own pointers do not give back), or to a land it is
part of written with one of its names ("Irish": the island of Ireland, a part of which is the
Republic of Ireland), is that country's people's word: "the irish harbour master" is the
story's Cork one. An ocean's or a region's adjective ("Atlantic", "Polynesian") is no one
nation's."""

from __future__ import annotations

import pytest

from bot.engine.lexicon import country_names, shared_wordnet
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# Two harbour masters of two islands' countries, dredging a channel
DREDGE_STORY = "\n".join(
    [
        "Cork harbour master Siobhan Walsh said on Monday that the port would close to tankers"
        " for a week.",
        "“The channel must be dredged first,” Walsh said.",
        "Ireland has asked the European Commission for funds, and the United Kingdom has offered"
        " a dredger.",
        "Reykjavik harbour master Gunnar Olafsson said Iceland would send a ship. “We will help"
        " our neighbours,” Olafsson said.",
    ]
)


@pytest.fixture(scope="module")
def dredge() -> Searcher:
    return searcher_for("dredge", DREDGE_STORY)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # each refused before: "doesn't quote the irish harbour master"
        ("what did the irish harbour master say", "Siobhan Walsh"),
        ("what did the Irish harbour master say about the tankers", "Siobhan Walsh"),
        ("what did the icelandic harbour master say", "Gunnar Olafsson"),
        ("according to the irish harbour master, when will the port close", "Siobhan Walsh"),
        ("what did the irish harbor master say", "Siobhan Walsh"),  # and another spelling
        # no comma: "the irish harbour master when" was the speaker words, refused
        ("according to the irish harbour master when will the port close", "Siobhan Walsh"),
        ("according to the cork harbour master why must the channel be dredged", "Siobhan Walsh"),
        # as before
        ("what did ireland's harbour master say", "Siobhan Walsh"),
        ("what did the cork harbour master say", "Siobhan Walsh"),
    ],
)
def test_a_peoples_word_of_its_land_reaches_its_holder(
    dredge: Searcher, question: str, speaker: str
) -> None:
    answer = dredge.ask(question)
    assert answer.answered and answer.asked_speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "what did the british harbour master say",  # both placed, neither British
        "what did the swedish harbour master say",
    ],
)
def test_a_country_neither_is_of_is_no_one_quoted(dredge: Searcher, question: str) -> None:
    answer = dredge.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "doesn't quote" in answer.reason


def test_the_peoples_words_of_lands_and_of_seas() -> None:
    wordnet = shared_wordnet()
    assert wordnet is not None
    names, people = country_names(wordnet)
    assert people["Irish"] == names["Republic of Ireland"]
    assert people["Icelandic"] == names["Republic of Iceland"]
    assert people["French"] == names["France"]
    assert "Atlantic" not in people  # the ocean is no country's land
    assert "Polynesian" not in people
    assert "Iberian" not in people
