"""A verb with its particle ("switched off", "showed up") means something else than the verb
alone: the verb's own synonyms are no bridge for it. On a story of its own."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "The Dunmore town council met on Monday to plan the summer festival.",
        "Council members exchanged gifts with the visiting mayor from Lisle.",
        "The council suspended the parking fees on Main Street for the festival weekend.",
        "A new fountain will be built in the town square next year.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


@pytest.mark.parametrize(
    "question", ["what did the council switch off for the festival", "was anything switched off?"]
)
def test_a_phrasal_verb_is_not_bridged_by_its_verb_alone(town: Searcher, question: str) -> None:
    # before: "switch" reached "exchange", and the gifts came first
    answer = town.ask(question)
    assert answer.answered, answer.reason
    assert "exchanged gifts" not in answer.passages[0].text


def test_the_verb_alone_is_still_bridged(town: Searcher) -> None:
    answer = town.ask("who did council members switch presents with?")
    assert answer.answered, answer.reason
    assert "exchanged gifts" in answer.passages[0].text
