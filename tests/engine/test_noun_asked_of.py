""" "what risk did the professor mention", "what gangs did the press sec talk about", "what kind
of threat is the cornell guy warning about": "what" asking of a thing, named after it, and then
the verb asking and whose words ("the professor"). The speaker was read from the
question word on ("risk did the professor"), which names no one, so a speaker named by a role
or a nickname was refused ("The story doesn't quote risk did the professor."); one named by
name was found inside those words, and answered ("which ...", never read as asking anyone's
words, is left so: eval-own-9z). Found by the lead on main; swept in
tests/data/probes-9refuse1. Also "what
professor was quoted": the role before "was" and the participle is the one quoted, not
"professor was"."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOR_STORY = "\n".join(
    [
        "The Port of Elsmere will dredge its main channel this winter, the harbor board decided"
        " on Thursday.",
        "Harbor engineer Nadia Kovac said the silt had built up faster than any survey"
        " predicted. “If we wait another year, the big container ships will run aground at low"
        " tide,” Kovac said.",
        "Port director Elias Brandt said the work would cost $14 million and close the north"
        " berth for six weeks. “The fishing fleet will have to share the south dock,” Brandt"
        " said.",
        "Fishermen at the south dock said they had not been asked.",
    ]
)


@pytest.fixture(scope="module")
def harbor():  # type: ignore[no-untyped-def]
    return searcher_for("harbor", HARBOR_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker"),
    # each refused on main ("The story doesn't quote hazard did the engineer.")
    [
        ("what hazard did the engineer mention", "Nadia Kovac"),
        ("what danger has the harbor engineer stressed", "Nadia Kovac"),
        ("what kind of risk is the engineer warning about", "Nadia Kovac"),
        ("what cost did the port director mention", "Elias Brandt"),
        ("so what sacrifice did the director note for the fishing fleet", "Elias Brandt"),
        ("what berth did the port director talk about", "Elias Brandt"),
        ("what ships did the engineer talk about", "Nadia Kovac"),
        ("what engineer was quoted", "Nadia Kovac"),
        ("what director was quoted about the berth", "Elias Brandt"),
    ],
)
def test_a_thing_asked_of_is_not_the_speaker(harbor, typed: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbor.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker


@pytest.mark.parametrize(
    ("typed", "absent"),
    # someone the story does not quote is refused by name (on main each was searched or
    # refused as "hazard did the mayor"): refusing an absent speaker stays as sure
    [
        ("what hazard did the mayor mention", "the mayor"),
        ("what berth did the governor talk about", "the governor"),
        ("what cost has the senator claimed", "the senator"),
    ],
)
def test_an_absent_speaker_is_still_refused(harbor, typed: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    answer = harbor.ask(typed)
    assert not answer.answered
    assert answer.reason is not None and absent in answer.reason


def test_a_name_asked_of_is_still_found(harbor) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: the name was found inside "cost did brandt"
    answer = harbor.ask("what cost did brandt mention")
    assert answer.asked_speaker == "Elias Brandt"


def test_a_verb_of_another_sentence_names_no_speaker(harbor) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "my cousin said" is another sentence's, "the engineer closed? my
    # cousin" no speaker's words
    answer = harbor.ask("what berth has the engineer closed? my cousin said it was the north one")
    assert answer.asked_speaker is None
