"""A question asking what someone did by the verb of the deed ("what did the tribunal rule")
is not answered with high confidence by a passage that only names the act ("called the
tribunal ruling a blow"): it says nothing of what was ruled. A passage telling it by the verb
("the tribunal ruled that the crew must pay") still answers, as does the noun followed by
what was done ("the tribunal ruling that the crew must pay")."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

NAMING = "The crew's lawyer, Mara Olsen, called the tribunal ruling a blow to every small boat."
TRIBUNAL_STORY = "\n".join(
    [
        "A fishing crew from Port Elling lost its case against the harbour authority on Friday.",
        NAMING,
        "“We fished these waters for forty years,” said skipper Alan Brody.",
        "The harbour authority may now charge the crew for the berth it used since 2019.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "what did the tribunal rule",
        "What has the tribunal ruled on the crew?",
        # "what did the ruling say" asks what was ruled, as "what did the tribunal rule" does
        "what did the tribunal ruling say",
        "What does the tribunal's ruling say about the crew?",
    ],
)
def test_a_passage_naming_the_act_does_not_answer_what_was_done(question: str) -> None:
    searcher = searcher_for("port-elling", TRIBUNAL_STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and "tribunal ruling" in answer.passages[0].text)


@pytest.mark.parametrize(
    "question", ["what did the tribunal rule", "what did the tribunal ruling say"]
)
@pytest.mark.parametrize(
    "told",
    [
        "The tribunal ruled that the crew must pay for the berth, Mara Olsen said.",
        "Mara Olsen called the tribunal ruling that the crew must pay for the berth a blow.",
    ],
)
def test_a_passage_telling_what_was_ruled_answers(told: str, question: str) -> None:
    searcher = searcher_for("port-elling", TRIBUNAL_STORY.replace(NAMING, told))
    answer = searcher.ask(question)
    assert answer.confidence == "high"
    assert "the crew must pay" in answer.passages[0].text
