""" "What were Calder's first words about the lighthouse?": someone's first (opening, initial)
words are the earliest the story quotes of them (of those on what the question names after
them, when it does), not those closest to the question's other words. On the base the passage
holding "lighthouse" twice, later in the story, was first and high (9first; 9read69 saw it with
"What were Quinn's first words at the fair?")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

LIGHTHOUSE_STORY = "\n".join(
    [
        "The harbor commission met on Tuesday to decide the fate of the old lighthouse.",
        "“This lighthouse has stood on the point for a century,” commissioner Ruth Calder said"
        " as the session began.",
        "Engineer Omar Diaz said the tower's foundation had cracked in two places.",
        "“The lighthouse must be saved, whatever the repairs to the lighthouse cost,” Calder"
        " said at the hearing after Diaz spoke.",
        "“We should tear it down,” said Mark Ellison, a fisherman. “It is a danger to everyone.”",
        "The commission will vote on the lighthouse next month.",
    ]
)
CENTURY = "“This lighthouse has stood"
SAVED = "“The lighthouse must be saved"


@pytest.fixture(scope="module")
def lighthouse():  # type: ignore[no-untyped-def]
    return searcher_for("lighthouse", LIGHTHOUSE_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on the base: her later words first, high
        "What were Calder's first words about the lighthouse?",
        "what were calder's first words at the hearing",
        "Calder's initial remarks on the lighthouse, what were they?",
        # a guard: so on the base too
        "what was the first thing the commissioner said about the lighthouse",
    ],
)
def test_first_words_are_the_earliest(lighthouse, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = lighthouse.ask(typed)
    assert answer.asked_speaker == "Ruth Calder"
    assert answer.passages[0].text.startswith(CENTURY)


@pytest.mark.parametrize(
    "typed",
    [
        "what did calder say about the lighthouse",
        "What were Calder's last words about the lighthouse?",
    ],
)
def test_other_words_keep_the_ranking(lighthouse, typed: str) -> None:  # type: ignore[no-untyped-def]
    # guards, as on the base: no "first", the passage closest to the question first
    answer = lighthouse.ask(typed)
    assert answer.asked_speaker == "Ruth Calder"
    assert answer.passages[0].text.startswith(SAVED)


def test_first_words_on_a_topic_are_the_first_on_it() -> None:
    # the earliest of her words holding the topic, not her first of all (as on the base)
    searcher = searcher_for(
        "pier",
        "\n".join(
            [
                "The town council met on Monday.",
                "“Good evening, everyone, and thank you for coming,” Mayor Nora Blake said.",
                "“The pier needs new pilings before summer,” Blake said.",
                "“If the pier closes, the ferry stops, and the pier's shops close too,” Blake"
                " added.",
            ]
        ),
    )
    answer = searcher.ask("What were Blake's first words about the pier?")
    assert answer.asked_speaker == "Nora Blake"
    assert answer.passages[0].text.startswith("“The pier needs")
