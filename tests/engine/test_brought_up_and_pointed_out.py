"""The verbs "bring up" and "point out" ask for someone's words as "mention" does ("what
problem did the union leader bring up", "what did the harbour master point out"): read only
with their particle, as "weigh in" and "hit back" are (`PHRASAL_SPEECH_VERBS`). Before, no
speaker was read, and a passage sharing the question's other words came first, even rated
high on someone else's words (found by 9refuse1: "what problem did the union leader bring
up" high on another man's "crime problem")."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

FERRY_STORY = "\n".join(
    [
        "The Kessel ferry will run half as often from March, the port authority said on Monday.",
        "Mara Lind, who leads the ferry workers' union, said crews were already stretched. “Our"
        " deckhands work twelve-hour shifts as it is,” Lind said.",
        "Harbour master Oskar Brandt said the winter storms had damaged two of the three piers."
        " “We cannot land a full boat at the north pier until it is rebuilt,” Brandt said.",
        "The mayor, Ilse Varga, said the town had a parking problem at the terminal. “People"
        " leave their cars here for a week,” Varga said.",
    ]
)


@pytest.fixture(scope="module")
def ferry() -> Searcher:
    return searcher_for("kessel-ferry", FERRY_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "words"),
    [
        ("what problem did the union leader bring up", "Mara Lind", "twelve-hour shifts"),
        ("what did the union leader bring up about the crews", "Mara Lind", "twelve-hour"),
        ("what did the harbour master point out", "Oskar Brandt", "north pier"),
        ("what issue did brandt point out about the piers", "Oskar Brandt", "north pier"),
    ],
)
def test_a_phrasal_verb_of_saying_asks_their_words(
    ferry: Searcher, question: str, speaker: str, words: str
) -> None:
    answer = asked_for_words(ferry, question, speaker)
    assert words in answer.passages[0].text


def test_the_verb_without_its_particle_asks_no_ones_words(ferry: Searcher) -> None:
    # Guard: "point" alone is no verb of saying
    answer = ferry.ask("what is the point of the ferry cuts")
    assert answer.asked_speaker is None


LIBRARY_STORY = "\n".join(
    [
        "Mayor Ines Calder opened the new library on Friday, paid for from the town's budget.",
        "“It is the best thing this council has done in years,” Calder said of the library.",
        "Librarian Tom Fisk said the book budget was too small. “You can sum up the problem in"
        " one word: money. The library needs more of it,” Fisk said.",
        "Parents say the children's room is already full on Saturdays.",
    ]
)


@pytest.mark.parametrize(
    "question",
    ["how did the mayor sum up the new library?", "how did Calder sum up the library"],
)
def test_summing_up_asks_their_words(question: str) -> None:
    # "sum up" asks for their words as "describe" does (before: no speaker read, and the
    # librarian's "sum up the problem" came first)
    library = searcher_for("library", LIBRARY_STORY)
    answer = asked_for_words(library, question, "Ines Calder")
    assert "best thing" in answer.passages[0].text
