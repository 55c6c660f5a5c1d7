"""A role asked with another role word before it ("the police chief") names which kind of the
role it is: someone the story gives another kind of it ("Fire Chief Ingrid Holm") is not the
one asked for, and the question is refused as asking for someone the story does not quote, not
answered with her words (was: high on her passage, credited to her). Both words are roles, so
the qualifier check, which passes role words over, never weighed "police". "the chief" and "the
fire chief" stay hers; a role of no other kind ("Officer Dana Ruiz") fits "the police officer"."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

DAM_STORY = "\n".join(
    [
        "Crews worked through the night on Sunday to shore up the Kessel Dam after heavy rain,"
        " officials said.",
        "Fire Chief Ingrid Holm said her crews had moved 60 families out of the valley. “We would"
        " rather move them twice than too late,” Holm said.",
        "Attorney General Tomas Reyes said the dam's owner could face charges. “The warnings"
        " were ignored for years,” Reyes said.",
        "Officer Dana Ruiz said the valley road would stay closed. “Nobody drives past the"
        " barrier until the engineers sign off,” Ruiz said.",
    ]
)


@pytest.fixture(scope="module")
def dam() -> Searcher:
    return searcher_for("kessel-dam", DAM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the police chief say",
        "what did the police chief say about the families",
        "police chief on the evacuation?",
    ],
)
def test_another_kind_of_the_role_is_not_the_one_asked(dam: Searcher, question: str) -> None:
    answer = dam.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "police chief" in answer.reason
    assert all("Holm" not in p.text for p in answer.passages)


@pytest.mark.parametrize(
    "question", ["what did the fire chief say", "what did the chief say about the families"]
)
def test_the_role_of_her_kind_or_unqualified_is_hers(dam: Searcher, question: str) -> None:
    # Guard: passes on the commit before too
    answer = asked_for_words(dam, question, "Ingrid Holm")
    assert "move them twice" in answer.passages[0].text


def test_a_role_of_two_role_words_the_person_holds_is_theirs(dam: Searcher) -> None:
    # Guard: "attorney" before "general" is the kind the story gives him
    answer = asked_for_words(dam, "what did the attorney general say", "Tomas Reyes")
    assert "warnings" in answer.passages[0].text


def test_a_role_naming_no_other_kind_fits_a_qualified_question(dam: Searcher) -> None:
    # Guard: "Officer Dana Ruiz" names no kind of officer, so "the police officer" may be her
    answer = asked_for_words(dam, "what did the police officer say", "Dana Ruiz")
    assert "barrier" in answer.passages[0].text
