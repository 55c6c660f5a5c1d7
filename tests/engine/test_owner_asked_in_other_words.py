"""A role asked with its owner in other words than the story's is still the role of the one the
story writes with that owner: the owner by what it is rather than its name ("the spokeswoman for
the utility": "Ellen Marsh, a spokeswoman for Corvane Water Systems"; "the water company's
lawyer": "Corvane's lawyer" of a story naming Corvane Water Systems in full; "the grower's
spokesman": "a spokesman for Norland Fruit, the largest grower in the valley"), by the short
form of its name ("corvane's spokesperson"), in another spelling ("the neighbors' lawyer": "a
lawyer for the neighbours"), and a role of anyone ("spokesperson") as its holder's own
("spokeswoman"). Before, each was refused as someone the story does not quote: the owner was
compared word for word with the one written beside the holder's name. And a role asked with an
owner no holder of the role is written with is someone the story does not quote: "the town's
lawyer" is not "Corvane's lawyer, Mark Feld", "the union's spokesman" neither "a spokesman for
Mayor Anita Cole" nor a spokesman for Norland Fruit (before: another's words, high), and
"harlow's lawyer" not "The tenants' lawyer" (before: searched, the tenants' lawyer's passage
shown low)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

RESERVOIR_STORY = "\n".join(
    [
        "Officials in Dunmore said on Friday that the town would close the old reservoir after"
        " tests found high levels of lead in the water.",
        "The mayor's chief of staff, Priya Nandakumar, said residents would get bottled water"
        " until the new pipes are laid.",
        "Ellen Marsh, a spokeswoman for Corvane Water Systems, said the company had followed"
        " every state rule.",
        "Corvane's lawyer, Mark Feld, said the utility would fight any fine.",
        "Carl Dunn, a lawyer for the neighbours, said they would sue the utility.",
        "Governor Ray Munson's spokesman, Lou Barrett, said the state would send inspectors.",
    ]
)


@pytest.fixture(scope="module")
def reservoir() -> Searcher:
    return searcher_for("reservoir-owners", RESERVOIR_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "opening"),
    [
        # the owner by what it is: before, each refused as someone the story does not quote
        ("what did the spokeswoman for the utility say", "Ellen Marsh", "Ellen Marsh"),
        ("what did the water company's lawyer say", "Mark Feld", "Corvane's lawyer"),
        # a role of anyone as its holder's own, the owner by a short form of its name
        ("what did corvane's spokesperson say", "Ellen Marsh", "Ellen Marsh"),
        ("what did the spokesperson for corvane say", "Ellen Marsh", "Ellen Marsh"),
        # another spelling of the owner
        ("what did the neighbors' lawyer say", "Carl Dunn", "Carl Dunn"),
        ("what did the lawyer for the neighbors say", "Carl Dunn", "Carl Dunn"),
        # as before
        ("what did the neighbours lawyer say", "Carl Dunn", "Carl Dunn"),
        ("what did the water company's spokeswoman say", "Ellen Marsh", "Ellen Marsh"),
        ("what did the utility's lawyer say", "Mark Feld", "Corvane's lawyer"),
        ("what did the governor's spokesman say", "Lou Barrett", "Governor Ray Munson's"),
    ],
)
def test_an_owner_asked_in_other_words_is_the_one_written(
    reservoir: Searcher, question: str, speaker: str, opening: str
) -> None:
    answer = reservoir.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
    assert answer.asked_speaker == speaker, question
    assert answer.passages[0].text.startswith(opening), question


@pytest.mark.parametrize(
    "question",
    [
        # before: Mark Feld's words and Ellen Marsh's, high, though the story writes them
        # Corvane's
        "what did the town's lawyer say",
        "what did the town's spokeswoman say",
        # as before
        "what did the towns lawyer say",
        "what did the lawyer for the town say",
        "what did the mayor's spokesman say",
    ],
)
def test_a_role_of_an_owner_no_holder_is_written_with_is_no_ones(
    reservoir: Searcher, question: str
) -> None:
    answer = reservoir.ask(question)
    assert not answer.answered, question
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote"), question


HEARING_STORY = "\n".join(
    [
        "A housing court judge on Thursday halted the eviction of 30 families from the Elm"
        " Court apartments, which Harlow Holdings bought last year.",
        "The tenants' lawyer, Rita Osei, said the notices had been served without the 60 days"
        " the law requires.",
        "Residents said the heat had been off for most of January.",
        "The hearing will resume in March.",
    ]
)


@pytest.fixture(scope="module")
def hearing() -> Searcher:
    return searcher_for("hearing-owners", HEARING_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: searched as a kind of person, the tenants' lawyer's passage shown
        "what did harlow's lawyer say",
        # as before
        "what did harlow holdings' attorney say",
        "what did the lawyer for harlow say",
        "what did the landlord's lawyer say",
    ],
)
def test_the_other_sides_lawyer_is_not_shown(hearing: Searcher, question: str) -> None:
    answer = hearing.ask(question)
    assert not answer.answered, question
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote"), question


@pytest.mark.parametrize(
    "question", ["what did the tenants' lawyer say", "what did the tenants lawyer say"]
)
def test_the_tenants_lawyer_still_answers(hearing: Searcher, question: str) -> None:
    answer = hearing.ask(question)
    assert answer.answered, question
    assert answer.passages[0].text.startswith("The tenants' lawyer"), question


PORT_STORY = "\n".join(
    [
        "Dockworkers at the Port of Velmar walked off the job on Tuesday, halting cargo for the"
        " second time this year.",
        "Jana Ruiz, a spokeswoman for Halvorsen, said the strike would cost shippers $5 million"
        " a day; Halvorsen Logistics runs the container terminal.",
        "The union's president, Dev Mallory, said members would not return until safety rules"
        " were changed.",
        "Pell Marine Insurance's lawyer, Olga Brandt, said claims for spoiled cargo were"
        " already coming in.",
        "Tom Wexley, a spokesman for Mayor Anita Cole, said the city was watching closely.",
        "Sven Dahl, a spokesman for Norland Fruit, the largest grower in the valley, said"
        " its fruit was rotting on the docks.",
    ]
)


@pytest.fixture(scope="module")
def port() -> Searcher:
    return searcher_for("port-owners", PORT_STORY)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # before: each refused as someone the story does not quote
        ("what did the logistics company's spokeswoman say", "Jana Ruiz"),
        ("what did the spokeswoman for the logistics firm say", "Jana Ruiz"),
        ("what did halvorsen's spokesperson say", "Jana Ruiz"),
        ("what did the grower's spokesman say", "Sven Dahl"),
        # as before
        ("what did the insurance company's lawyer say", "Olga Brandt"),
        ("what did pell's lawyer say", "Olga Brandt"),
        ("what did the mayor's spokesman say", "Tom Wexley"),
        ("what did the union's president say", "Dev Mallory"),
    ],
)
def test_a_body_asked_by_what_it_is_owns_the_role_written_with_its_name(
    port: Searcher, question: str, speaker: str
) -> None:
    answer = port.ask(question)
    assert answer.answered, question
    assert answer.confidence == "high", question
    assert answer.asked_speaker == speaker, question


@pytest.mark.parametrize(
    "question",
    [
        # before: the insurer's lawyer's words and the fruit grower's spokesman's, high
        "what did the union's lawyer say",
        "what did the port's lawyer say",
        "what did the union's spokesman say",
        # as before
        "what did the spokesman for the union say",
    ],
)
def test_a_body_asked_by_what_it_is_owns_no_one_elses_role(port: Searcher, question: str) -> None:
    answer = port.ask(question)
    assert not answer.answered, question
    assert answer.reason is not None
    assert answer.reason.startswith("The story doesn't quote"), question
