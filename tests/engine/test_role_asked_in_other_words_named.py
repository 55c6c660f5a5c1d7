"""A role asked in other words than the story's own, which a bridge reaches ("the academic":
the story's "professor"), is read as "who" by the confidence model, but a passage naming no
one who holds the role is not rated high as the answer: words credited to "he added" show no
one. The passage naming the role holder, or crediting words to them by name, still answers."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DOCKS_STORY = "\n".join(
    [
        "The port of Calder and the fishing union signed a ten-year lease on Thursday, ending "
        "a dispute that had idled the docks since spring.",
        "The union's chief, Dora Maddox, called it a fair outcome for her members.",
        "While a small port would seem an odd partner for a national union, the two sides have "
        "formed a mutually useful alliance, according to Hollis College professor Evan Tarrant.",
        '"For the port, the lease guarantees steady rent and keeps the cranes busy through the '
        'winter months," Tarrant said.',
        '"For the union, the deal delivers secure berths and a voice in how the harbor is run '
        'for a decade," he added.',
        "The city council still has to approve the lease next month.",
    ]
)


@pytest.fixture(scope="module")
def docks() -> Searcher:
    return searcher_for("calder", DOCKS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "who's the academic that says the union gets secure berths?",
        "which scholar says the union gets secure berths?",
    ],
)
def test_words_credited_to_he_are_no_answer_to_who_holds_the_role(
    docks: Searcher, question: str
) -> None:
    shown = docks.ask(question)
    assert shown.answered, shown.reason
    assert "he added" in shown.passages[0].text
    assert shown.confidence == "low"


@pytest.mark.parametrize(
    ("question", "shown_first"),
    [
        (
            "Who's the academic that says the port and the union each get something out of "
            "the alliance?",
            "according to Hollis College professor Evan Tarrant",
        ),
        ("who's the academic that says the port gets steady rent?", "Tarrant said"),
    ],
)
def test_a_passage_naming_the_role_holder_answers(
    docks: Searcher, question: str, shown_first: str
) -> None:
    shown = docks.ask(question)
    assert shown.answered, shown.reason
    assert shown_first in shown.passages[0].text
    assert shown.confidence == "high"
