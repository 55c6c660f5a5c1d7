"""A noun of two words WordNet has as one ("martial law"), typed where the story says it with
a word WordNet defines by the pair ("emergency": "a sudden unforeseen crisis ... that requires
immediate action; martial law applies"), and one of its words the story uses alone ("law"):
that word is another thing in the story ("in line with the law"), no word of the topic
(bot/engine/search/reading.py, `Reading._compound_words_apart`), and when a date is asked too
the story's word is the pair's for the order shown (`Searcher._ask_part`'s `compound`). "law"
alone found the mayor's dated passage on the law before the one on the emergency."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VALLEY_STORY = "\n".join(
    [
        "Mayor Ines Varga toured the flooded valley on Tuesday with the county engineers.",
        "“We will rebuild every bridge, but only in line with the law,” Varga said on June 2.",
        "A state of emergency declared in May remains in force across the valley, closing the"
        " schools and the river road.",
        "The county said the river road would reopen once the engineers had checked it.",
    ]
)


@pytest.fixture(scope="module")
def valley() -> Searcher:
    return searcher_for("valley", VALLEY_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "so the martial law type thing down there is that still on?? since when",
        "the martial law thing, since when",
    ],
)
def test_a_compound_noun_is_not_its_word_alone(valley: Searcher, question: str) -> None:
    answer = valley.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("A state of emergency declared in May")


def test_the_word_alone_is_still_its_own(valley: Searcher) -> None:
    answer = valley.ask("what did varga say about the law")
    assert answer.passages[0].text.startswith("“We will rebuild every bridge")
