""" "did the government officially say the harbour is safe": an adverb between who is asked
and the verb of saying tells how they said it, not who they are. The words that may stand
between a speaker and the verb were a list ("actually", "publicly", "still", ...);
"officially" was not in it, so "the US government officially" (fresh-60 p05) was read as a
speaker, named no one the story quotes, and was refused ("The story doesn't quote the US
government officially") where the question without the adverb is answered. Now a last word in
-ly WordNet knows only as an adverb ("officially", "formally", "openly", "directly") is dropped
from the speaker's words as the listed ones are (`question._only_an_adverb`): the question
reads as it does without it. A name that is also a word of another kind ("Kelly", a noun)
stays."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The Halvern harbour reopened to fishing boats on Friday after a week of dredging.",
        "The regional port authority lifted its safety warning for the harbour on Thursday,"
        " two days after the last survey.",
        "“The channel is deep enough again, and the boats can go out,” harbour master Ines"
        " Roy, 47, said.",
        "Fishing crews had waited ten days to go out. “We lost a whole week of catch,”"
        " skipper Dana Kelly said.",
        "The dredging cost the town $400,000, paid from its reserve.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        (
            "did the government officially say the harbour is safe now",
            "did the government say the harbour is safe now",
        ),
        ("did the mayor formally say the harbour is safe", "did the mayor say the harbour is safe"),
    ],
)
def test_an_adverb_before_say_reads_as_the_question_without_it(harbour, typed, plain) -> None:  # type: ignore[no-untyped-def]
    answer, without = harbour.ask(typed), harbour.ask(plain)
    assert answer.reason == without.reason
    assert answer.confidence == without.confidence
    assert [p.text for p in answer.passages] == [p.text for p in without.passages]


@pytest.mark.parametrize(
    "question",
    [
        "what did ines roy formally say about the channel",
        "what did the harbour master openly say about the channel",
    ],
)
def test_an_adverb_before_say_leaves_the_speaker(harbour, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask(question)
    assert answer.asked_speaker == "Ines Roy"
    assert "deep enough again" in answer.passages[0].text


def test_a_name_that_is_also_a_word_stays_the_speaker(harbour) -> None:  # type: ignore[no-untyped-def]
    answer = harbour.ask("what did skipper kelly say")
    assert answer.asked_speaker == "Dana Kelly"
    assert "whole week of catch" in answer.passages[0].text
