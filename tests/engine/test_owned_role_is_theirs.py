"""A role owned by someone ("the landlord's lawyer", "the governor's chief of staff", "the
farmers' spokesman") is held only by one whose role the story gives that owner, or none: the
story's "The tenants' lawyer, Sam Reyes" is no landlord's lawyer, "The mayor's chief of staff,
Greg Pham" no governor's. Before, the owner of a common noun was passed over as saying only
whose the role is ("the administration's attorney general" is the story's), and the one
holder of the role answered, high, with the words of the other side's lawyer; now a holder the
story ties to another owner, by a possessive or "for" next to their name, is someone else, and
a question naming no holder left is refused as one the story does not quote. Members type the
possessive without its apostrophe ("the landlords lawyer") or after the role ("the lawyer for
the landlord"). A name and a common word may be one owner ("the company's attorney":
"Brightline's attorney"), so those stay as they were. The other way round, a role asked with an
owner the question reader knows as no one ("the spokeswoman for brightline", "valecrest's
spokesman", "the lawyer for the farmers") is the one holder of the role whom the story writes
with that owner next to their name ("Nadia Ferris, a spokeswoman for Brightline"), where before
it was refused or shown low.

And "counsel", whose WordNet synonyms include "advocate" (a pleader), read as "advocate" only,
found the story's housing advocate: a synonym with another sense as a person (one arguing for a
cause) is not read for it, while the kind of person counsel is (a lawyer, an attorney) is."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

VERDICT_STORY = "\n".join(
    [
        "A jury in Marlow County on Tuesday ordered Brightline Chemicals to pay $4 million to"
        " farmers whose wells were poisoned by runoff from its Ferris Road plant.",
        "The farmers' lawyer, Helen Okoro, said the verdict showed that “no company is too big"
        " to answer for the water it ruins.”",
        "Brightline's attorney, Victor Lind, told reporters the company would appeal, calling"
        " the award “a punishment for science the jury did not hear.”",
        "Nadia Ferris, a spokeswoman for Brightline, said the plant would stay open while the"
        " appeal goes forward.",
        "Tom Akers, a spokesman for Valecrest Farms, the largest grower in the county, said"
        " its wells had been tested every month since 2021.",
        "The mayor's chief of staff, Greg Pham, said the town would pay for new filters.",
        "Clean-water advocate Rosa Quint, who sat through all six weeks of the trial, called"
        " the verdict “long overdue.”",
    ]
)


@pytest.fixture(scope="module")
def verdict() -> Searcher:
    return searcher_for("verdict", VERDICT_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: each answered high with another's words (Pham's, Akers's, Okoro's)
        "what did the governor's chief of staff say",
        "what did the governors chief of staff say",
        "what did the farmers' spokesman say",
        "what did the plant's lawyer say",
        # as before
        "what did the farmers spokesperson say",
        "what did the spokeswoman for the farmers say",
    ],
)
def test_a_role_of_another_owner_is_not_theirs(verdict: Searcher, question: str) -> None:
    answer = verdict.ask(question)
    assert not answer.answered, question
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote"), question


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        ("what did the farmers' lawyer say", "Helen Okoro", "The farmers' lawyer"),
        ("what did the farmers lawyer say", "Helen Okoro", "The farmers' lawyer"),
        ("what did the mayor's chief of staff say", "Greg Pham", "The mayor's chief"),
        # a name and a word for no person may be one owner: as before
        ("what did the company's attorney say", "Victor Lind", "Brightline's attorney"),
    ],
)
def test_the_owners_own_holder_still_answers(
    verdict: Searcher, question: str, speaker: str, opening: str
) -> None:
    answer = verdict.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


def test_counsel_is_no_advocate(verdict: Searcher) -> None:
    # before: "advocate", a synonym of "counsel", found Rosa Quint, high with her words
    answer = verdict.ask("what did the farmers' counsel say")
    assert answer.asked_speaker != "Rosa Quint"
    assert answer.passages[0].text.startswith("The farmers' lawyer")


EVICTION_STORY = "\n".join(
    [
        "Judge Maria Ortiz of the Harlan County court ruled on Monday that Westgate Properties"
        " could not evict the 40 families living in the Birch Street building.",
        "The tenants' lawyer, Sam Reyes, said the ruling was the first of its kind in the county.",
        "Housing advocate Dana Whitfield, who has followed the case for two years, called the"
        " decision “a line in the sand for every landlord in this county.”",
        "A spokesman for Westgate said the company would appeal.",
    ]
)


@pytest.fixture(scope="module")
def eviction() -> Searcher:
    return searcher_for("eviction-owners", EVICTION_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: the first two answered high with the tenants' lawyer's words
        "what did the landlord's lawyer say about the ruling",
        "what did the landlords lawyer say",
        "what did the landlord's counsel say",
        # as before
        "what did the lawyer for the landlord say",
    ],
)
def test_the_other_sides_lawyer_is_not_quoted(eviction: Searcher, question: str) -> None:
    answer = eviction.ask(question)
    assert not answer.answered, question
    assert answer.asked_speaker != "Sam Reyes", question


@pytest.mark.parametrize(
    "question",
    [
        "what did the tenants' counsel say",
        "what did the tenants' lawyer say",
        "what did the lawyer for the tenants say",  # before: refused
    ],
)
def test_the_tenants_counsel_is_their_lawyer(eviction: Searcher, question: str) -> None:
    # before: "the tenants' counsel" was the housing advocate, high
    answer = eviction.ask(question)
    assert answer.asked_speaker == "Sam Reyes", question
    assert answer.passages[0].text.startswith("The tenants' lawyer"), question


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        # before: each refused as someone the story does not quote, or shown low
        ("what did the spokeswoman for brightline say", "Nadia Ferris", "Nadia Ferris"),
        ("what did brightline's spokeswoman say", "Nadia Ferris", "Nadia Ferris"),
        ("what did the spokesman for valecrest say", "Tom Akers", "Tom Akers"),
        ("what did valecrest's spokesman say", "Tom Akers", "Tom Akers"),
        ("what did the lawyer for the farmers say", "Helen Okoro", "The farmers' lawyer"),
        # the role in the story's other word for it (9owner2): before, "the farmer's
        # attorney" was refused as no one quoted, "the lawyer for brightline" no one asked
        ("what did the farmer's attorney say", "Helen Okoro", "The farmers' lawyer"),
        ("what did the lawyer for brightline say", "Victor Lind", "Brightline's attorney"),
    ],
)
def test_a_role_asked_with_its_owner_is_whom_the_story_writes_so(
    verdict: Searcher, question: str, speaker: str, opening: str
) -> None:
    answer = verdict.ask(question)
    assert answer.answered, question
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


@pytest.mark.parametrize(
    "question",
    [
        # the holders of the role are written with no such owner: as before
        "what did the spokesman for brightline say",
    ],
)
def test_no_holder_written_with_the_owner_is_no_one(verdict: Searcher, question: str) -> None:
    answer = verdict.ask(question)
    assert answer.asked_speaker is None, question
