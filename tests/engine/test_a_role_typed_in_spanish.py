"""A role typed in Spanish ("el presidente") that the story gives to several people is the
one of a country where Spanish is spoken: a member typing the Spanish for a role names it as
said there. A story of a Colombian president's visit calls its own president "the president"
("..., the president said"), and "el presidente", read as "the president", took her wherever
her words were closer to the topic. Now the Colombian one is asked for; a story whose one
president is its own still answers with her, and a name typed after the role says whom
(9probe14; `Searcher._of_a_country_speaking_spanish`)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

VISIT = "\n".join(
    [
        "Colombian President Andrés Rojas met President Helen Marsh at the White House on"
        " Tuesday to talk about coffee tariffs.",
        "“Our farmers cannot sell at a loss,” Rojas said. “We ask for fair prices, nothing more.”",
        "Marsh said the tariffs would stay for now. “Coffee tariffs protect the growers of"
        " this country, and they stay,” the president said.",
        "Trade Secretary Omar Pike said talks would continue in Bogotá next month.",
    ]
)
HOME = "\n".join(
    [
        "President Helen Marsh signed a bill on Friday that lowers tariffs on imported coffee.",
        "“Coffee tariffs protect no one,” Marsh said.",
    ]
)


@pytest.fixture(scope="module")
def visit() -> Searcher:
    return searcher_for("visit", VISIT)


@pytest.mark.parametrize(
    "question",
    [
        "what did el presidente say about coffee tariffs",
        "did el presidente say anything about the tariffs",
    ],
)
def test_the_spanish_for_president_is_the_colombian_one(visit: Searcher, question: str) -> None:
    asked_for_words(visit, question, "Andrés Rojas")


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the president say about coffee tariffs", "Helen Marsh"),
        ("what did el presidente marsh say about the tariffs", "Helen Marsh"),
        ("what did el presidente de colombia say", "Andrés Rojas"),
    ],
)
def test_guards(visit: Searcher, question: str, speaker: str) -> None:
    asked_for_words(visit, question, speaker)


def test_a_story_whose_one_president_is_its_own() -> None:
    asked_for_words(searcher_for("home", HOME), "what did el presidente say", "Helen Marsh")
