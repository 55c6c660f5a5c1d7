"""Questions the engine refused outright ("The story doesn't quote X") or read as asking of
someone else, though the story quotes whom they mean, typed as members type: an owner's
apostrophe left out ("the coachs son", "the judges name"), a company by its name alone
("what did northwind say", "how did northwind view the fine"), an unnamed spokeswoman, chat's
names for the police and federal agents ("the cops", "the feds"), and the initials of an office
or a chief ("the das office", "the ceo"). Refusing is right only on clear evidence that the
story quotes no one of that kind; each is kept as it was where that evidence is there (a town
told of, never speaking; a deputy who only found something). On stories of their own."""

from __future__ import annotations

import pytest

from bot.engine.chat import expand_shorthand
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

SOCCER_STORY = "\n".join(
    [
        "Riverside beat Oakmont 2-1 on Saturday to win the county soccer title.",
        "The winning goal came from Eli Marsh, the son of Riverside coach Tom Marsh, with two"
        " minutes left.",
        "“He has worked for this since he was nine years old,” the elder Marsh said.",
        "“I just closed my eyes and kicked it,” the younger Marsh said.",
        "Oakmont coach Gary Pell said his team had run out of legs.",
    ]
)

SPILL_STORY = "\n".join(
    [
        "Judge Helen Brandt of the Calloway County court fined Northwind Chemical $2 million on"
        " Tuesday for a 2023 spill into the Pike River.",
        "“The company knew the tanks were leaking and did nothing,” Brandt said from the bench.",
        "A spokeswoman for Northwind said the company would appeal the fine.",
        "Northwind's chief executive, Paul Grant, wrote in a letter to workers that the spill"
        " “was our failure, and no one else's.”",
        "Mayor Lena Okoro called the fine “a start.”",
        "Daniel Vance, the son of Mayor Okoro, said his catch had fallen by half since the spill.",
        "Police Capt. Ray Dunn said officers closed the river bridge for six hours.",
        "Maria Cole, a special agent with the FBI, said the federal case was still open.",
        "A spokesman for the district attorney's office said state charges were under review.",
        "The spill reached Dunmore, a town of 3,000 downstream. In Dunmore, residents said the"
        " water smelled of solvent for weeks.",
        "A deputy found twelve rusted drums behind the plant in May.",
    ]
)


@pytest.fixture(scope="module")
def soccer() -> Searcher:
    return searcher_for("soccer", SOCCER_STORY)


@pytest.fixture(scope="module")
def spill() -> Searcher:
    return searcher_for("spill", SPILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "what did the coachs son say",
        "what did the coaches son say",
        "what did the coach's son say",  # as before
        "how did the coachs son feel about the goal",
    ],
)
def test_the_owners_apostrophe_left_out_asks_of_the_one_owned(
    soccer: Searcher, question: str
) -> None:
    # before: "coachs" and "son" read as two people asked of, and the other coach's words
    # came first, high (or the father's)
    answer = soccer.ask(question)
    assert answer.asked_speaker == "Eli Marsh", question
    assert answer.passages[0].text.startswith("“I just closed my eyes"), question


def test_what_is_asked_of_a_role_owned_without_its_apostrophe(spill: Searcher) -> None:
    # before: "the judges" read as several judges, whom no description fits, and refused
    answer = spill.ask("what is the judges name")
    assert answer.answered, answer.reason


@pytest.mark.parametrize(
    "question",
    [
        "what did the judges say",  # a plural before a verb: as before
        "did the judges rule on the spill",
    ],
)
def test_a_plural_role_before_a_verb_is_no_owner(spill: Searcher, question: str) -> None:
    answer = spill.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(("“The company knew", "Judge Helen Brandt"))


@pytest.mark.parametrize(
    "question",
    [
        "what did northwind say",
        "how did northwind view the fine",
        "how did northwind feel about the ruling",
        "what was northwinds take on the fine",
    ],
)
def test_a_company_told_speaking_by_its_name_alone_is_searched(
    spill: Searcher, question: str
) -> None:
    # before: "The story doesn't quote northwind." (a name the reading of people knows as no
    # one, told speaking through its spokeswoman); "northwinds take" was searched as a
    # plain question
    answer = spill.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("A spokeswoman for Northwind"), question


def test_a_place_never_told_speaking_is_still_refused(spill: Searcher) -> None:
    # "In Dunmore, residents said ...": the residents speak, not the town
    answer = spill.ask("what did dunmore say")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote dunmore."


def test_an_unnamed_spokeswoman_the_story_quotes(spill: Searcher) -> None:
    # before: "The story doesn't quote the spokeswoman."
    answer = spill.ask("what did the spokeswoman say")
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith("A spokeswoman for Northwind")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("what did the cops say", "Police Capt. Ray Dunn"),
        ("what did the feds say", "Maria Cole, a special agent"),
        ("what did the das office say", "A spokesman for the district attorney's office"),
        ("what did the da's office say", "A spokesman for the district attorney's office"),
    ],
)
def test_chats_names_for_the_police_agents_and_offices(
    spill: Searcher, question: str, opening: str
) -> None:
    # before: each refused, "The story doesn't quote the cops." (the da's office: low)
    answer = spill.ask(question)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(opening), question


@pytest.mark.parametrize(
    "question", ["what did the ceo say", "what was the ceos take on the spill"]
)
def test_the_ceo_is_the_storys_chief_executive(spill: Searcher, question: str) -> None:
    # before: "The story doesn't quote the ceo." (its role is "chief executive", whose
    # initials have no officer's "o")
    answer = spill.ask(question)
    assert answer.asked_speaker == "Paul Grant", question
    assert answer.passages[0].text.startswith("Northwind's chief executive")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("what did the das office say", "what did the district attorney's office say"),
        ("what did the ags office say", "what did the attorney general's office say"),
        ("what did the da say", "what did the district attorney say"),
        ("what did the cops say", "what did the police say"),
        ("what did the feds say", "what did the federal agents say"),
        # other words elsewhere
        ("the ag sector grew", "the ag sector grew"),
        ("the ag department said", "the ag department said"),
        ("what did dad say", "what did dad say"),
    ],
)
def test_office_initials_and_slang_written_out(typed: str, written: str) -> None:
    assert expand_shorthand(typed) == written


CLINIC_STORY = "\n".join(
    [
        "Harbor Clinic will close its maternity ward in June, the clinic's chief executive,"
        " Dr. Nina Ross, said Monday.",
        "“We cannot staff it safely, and I will not pretend otherwise,” Ross said.",
        "Rep. Carla Diaz, whose district includes the clinic, said she would ask state"
        " regulators to review the decision.",
        "Sheriff Tom Ruiz said deputies would direct traffic at the entrance during Friday's"
        " protest.",
        "Tigers coach Ed Lamb said his players would visit the ward before it closes.",
    ]
)


@pytest.fixture(scope="module")
def clinic() -> Searcher:
    return searcher_for("clinic", CLINIC_STORY)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        # a thing's apostrophe left out before a role: before, no one's role, refused
        ("what did the clinics ceo say", "Nina Ross"),
        ("what did the clinics chief executive say", "Nina Ross"),
        # as the story writes a team before its coach: as before
        ("what did the tigers coach say", "Ed Lamb"),
        # a member of the House is the story's "Rep.": before, refused
        ("what did the congresswoman say", "Carla Diaz"),
        ("what was the congresswomans take on the closure", "Carla Diaz"),
    ],
)
def test_roles_owned_or_in_other_words(clinic: Searcher, question: str, speaker: str) -> None:
    answer = clinic.ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == speaker, question


@pytest.mark.parametrize("question", ["what did the police say", "what did the cops say"])
def test_the_police_of_a_story_quoting_its_sheriff(clinic: Searcher, question: str) -> None:
    # before: "The story doesn't quote the police." of a story whose sheriff speaks
    answer = clinic.ask(question)
    assert answer.answered, answer.reason
    assert answer.confidence != "high"


def test_a_role_the_story_gives_no_one_is_still_refused(clinic: Searcher) -> None:
    answer = clinic.ask("what did the clinics lawyer say")
    assert not answer.answered


BILL_STORY = "\n".join(
    [
        "President Ana Ruiz signed the water bill on Friday in the valley town of Ostra.",
        "“Every town in this country deserves clean water,” Ruiz said.",
        "Press secretary Tom Field said the president would visit three more towns next week.",
        "The bill sets aside $2 billion for pipes and treatment plants.",
    ]
)


@pytest.fixture(scope="module")
def bill() -> Searcher:
    return searcher_for("bill", BILL_STORY)


@pytest.mark.parametrize(
    "question",
    [
        # before: the president's own words, high (a wrong speaker)
        "what did the presidents spokesman say",
        "what did the president's spokesman say",  # as before
    ],
)
def test_an_owned_role_in_other_words_is_not_its_owner(bill: Searcher, question: str) -> None:
    answer = bill.ask(question)
    assert answer.asked_speaker == "Tom Field", question


def test_shorthand_as_an_owner(bill: Searcher) -> None:
    # before: "The story doesn't quote the prez." ("prez's" was no shorthand)
    answer = bill.ask("what was the prez's take on the bill")
    assert answer.asked_speaker == "Ana Ruiz"
    assert expand_shorthand("the govt’s plan") == "the government’s plan"
    assert expand_shorthand("the gov's office") == "the gov's office"  # governor or government


def test_the_police_of_a_story_telling_of_no_one_keeping_the_law(bill: Searcher) -> None:
    # clear evidence: no police, sheriff, deputy, officer or trooper in it (nor "office",
    # an officer's stem)
    answer = bill.ask("what did the cops say")
    assert not answer.answered
