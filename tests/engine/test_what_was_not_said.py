"""What someone did not say ("what did lindqvist not say", "what didn't he mention") is told
only where the story says they would not say something ("declined to say whether ..."): any
other passage of theirs is not rated high (before: his words on the strike were, though they
tell nothing he left unsaid)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

CLINIC_STORY = "\n".join(
    [
        "About 300 nurses at Halvern Community Clinic walked off the job on Monday.",
        "“Walking out on sick people is not the answer,” said Howard Lindqvist, the clinic's "
        "chief executive.",
        "“We have begged for two years,” said Priya Raman, president of the nurses' union.",
    ]
)


@pytest.mark.parametrize(
    "question", ["what did lindqvist not say", "what didn't lindqvist mention about the strike"]
)
def test_words_telling_nothing_unsaid_are_not_high(question: str) -> None:
    answer = searcher_for("clinic", CLINIC_STORY).ask(question)
    assert answer.answered
    assert answer.asked_speaker == "Howard Lindqvist"
    assert answer.confidence == "low", question


def test_a_passage_telling_what_he_would_not_say_still_is() -> None:
    story = CLINIC_STORY.replace(
        "chief executive.",
        "chief executive, who declined to say whether the clinic would restore 60 positions.",
    )
    answer = searcher_for("clinic", story).ask("what did lindqvist not say")
    assert answer.confidence == "high"
    assert "declined to say" in answer.passages[0].text
