"""A role qualified by a place ("the uk harbour master", "the president of Ghana", "Ghana's
president", "the Ghanaian president") is the holder the story gives that place, and nobody
when the story places its holder elsewhere: then the speaker is absent and refused, never
someone else's words credited to them.

- A country's initials typed in lower case ("the uk harbour master", "the UK's") qualify the
  role as "UK" does; they were passed over as a short word ("us" only after "the": "tell us").
- A place in a role ("Galway harbour master", "Liverpool Harbour master") puts its holder in
  that place's country (WordNet's: Galway is part of Ireland), not in the country the story
  names most (its home country, which the holder's own words say they are not of).
- A role owned by a place ("Ghana's President Ama Boateng") or followed by one after the name
  ("President Ama Boateng of Ghana") is the place's role, as "Ghanaian President" is."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

# An Irish harbour master in a story that names the United Kingdom most (three times, Ireland
# once)
BAY_STORY = "\n".join(
    [
        "Galway harbour master Niamh Keane said on Monday that the port would turn away trawlers"
        " from the United Kingdom until the quota dispute is settled.",
        "Boats from the United Kingdom have fished those waters for centuries.",
        "Fishermen in the U.K. have asked for compensation.",
        "“We cannot let them empty the bay,” Keane said.",
        "Ireland has asked the European Commission to step in.",
    ]
)
# the same, with a harbour master of the United Kingdom's too
TWO_PORTS_STORY = "\n".join(
    [
        *BAY_STORY.split("\n"),
        "Harbour master Tom Price of Liverpool said crews would lose a season's pay. “Nobody here"
        " voted for this,” Price said.",
    ]
)


@pytest.fixture(scope="module")
def bay() -> Searcher:
    return searcher_for("bay", BAY_STORY)


@pytest.fixture(scope="module")
def two_ports() -> Searcher:
    return searcher_for("ports", TWO_PORTS_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # each answered high with Keane's words before
        "what did the uk harbour master say",
        "what did the british harbour master say",
        "what did the UK's harbour master say",
        "what did the harbour master from the uk say",
        "what did the harbour master in britain say",
    ],
)
def test_a_role_of_a_place_not_its_holders_is_no_one_quoted(bay: Searcher, question: str) -> None:
    answer = bay.ask(question)
    assert not answer.answered
    assert answer.reason is not None and "doesn't quote" in answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "what did the harbour master say",
        "what did the galway harbour master say",
        "what did ireland's harbour master say",  # refused before: read as British
        "what did the harbour master in ireland say",
        "what did the harbour master of ireland say about the quota",
    ],
)
def test_a_role_with_its_holders_place_or_none_is_theirs(bay: Searcher, question: str) -> None:
    answer = bay.ask(question)
    assert answer.answered and answer.asked_speaker == "Niamh Keane"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the uk harbour master say", "Tom Price"),
        ("what did the british harbour master say", "Tom Price"),
        ("what did the harbour master from the UK say", "Tom Price"),
        ("what did the liverpool harbour master say", "Tom Price"),
        ("what did the galway harbour master say", "Niamh Keane"),
        ("what did the harbour master in ireland say", "Niamh Keane"),
    ],
)
def test_the_place_tells_two_holders_apart(
    two_ports: Searcher, question: str, speaker: str
) -> None:
    answer = two_ports.ask(question)
    assert answer.answered and answer.asked_speaker == speaker


# A harbour master of a place WordNet knows only in another country than the story's: Plymouth,
# Massachusetts, in a story of Britain's fishing fleet that never names the United States
PLYMOUTH_STORY = "\n".join(
    [
        "Plymouth harbour master Alan Pengelly said on Monday that half the fleet had stayed in"
        " port since the new quotas began.",
        "“The boats are tied up and the crews are on the dole,” Pengelly said.",
        "Britain's fishing fleet has shrunk by a third since 2010, and the United Kingdom now"
        " imports most of the fish it eats.",
    ]
)


@pytest.mark.parametrize(
    ("question", "confidence"),
    [
        ("what did the harbour master say", "high"),
        ("what did the plymouth harbour master say", "high"),
        # unknown: not of the story's home country, nor of the one WordNet gives, so of
        # neither for sure and of another for no evidence: his passages, low (9role2; refused
        # in 9role)
        ("what did the american harbour master say", "low"),
        ("what did the british harbour master say", "low"),
    ],
)
def test_a_place_of_a_country_the_story_never_names_places_no_one(
    question: str, confidence: str
) -> None:
    answer = searcher_for("plymouth", PLYMOUTH_STORY).ask(question)
    assert answer.answered and answer.confidence == confidence
    assert answer.asked_speaker == "Alan Pengelly"


# A Ghanaian president at the White House, introduced in each way news writes a president of a
# country; the story's own president, of the country it names most, named without one
VISIT_PARAGRAPHS = [
    "{intro} met President Joe Smith at the White House on Monday to talk about cocoa prices.",
    "“Our farmers deserve a fair price,” Boateng said after the meeting.",
    "“We will look at the tariffs again,” Smith told reporters.",
    "The United States buys a fifth of the cocoa grown in Ghana, the Commerce Department said.",
    "The United States and Ghana signed a trade pact in 2015.",
]
INTRODUCTIONS = [
    "Ghanaian President Ama Boateng",
    "Ghana's President Ama Boateng",  # was no president of Ghana's
    "President Ama Boateng of Ghana",  # the same
    "Ama Boateng, the president of Ghana,",
]


@pytest.fixture(scope="module", params=INTRODUCTIONS)
def visit(request: pytest.FixtureRequest) -> Searcher:
    intro = str(request.param)
    return searcher_for("visit", "\n".join(VISIT_PARAGRAPHS).replace("{intro}", intro))


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what did the president of ghana say", "Ama Boateng"),
        ("what did ghana's president say", "Ama Boateng"),
        ("what did the ghanaian president say", "Ama Boateng"),
        ("what did the american president say", "Joe Smith"),
        ("what did the us president say", "Joe Smith"),
        ("what did the president of the united states say", "Joe Smith"),
    ],
)
def test_a_role_of_a_country_in_each_form_is_its_holders(
    visit: Searcher, question: str, speaker: str
) -> None:
    answer = visit.ask(question)
    assert answer.answered and answer.asked_speaker == speaker
    assert answer.confidence == "high"


@pytest.mark.parametrize(
    "question",
    [
        "what did the president of france say",
        "what did france's president say",
        "what did the french president say",
    ],
)
def test_a_role_of_a_country_the_story_never_places_anyone_in_is_absent(
    visit: Searcher, question: str
) -> None:
    assert not visit.ask(question).answered
