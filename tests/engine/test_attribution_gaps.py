"""Shapes of ordinary news text whose quotations had no speaker: a role in apposition after a
quotation ("the lawyer, Sam Ferreira, said"), a role used paragraphs after it introduced
someone ("the owner said"), an appositive with an age ("X, a 71-year-old retiree,"). Each has
its counterpart that must still credit nobody: two people with the role, a role never given,
a plural, an indefinite."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import people_and_roles as people
from tests.engine.stories import searcher_for, speakers_of

OPENING = "A storm tore through the harbour town on Monday night, flooding the main street."
FILLER = (
    "Crews worked through the night to clear fallen trees from the coast road.",
    "Schools stayed closed on Tuesday while engineers checked the sea wall.",
)
CLOSING = "The council meets on Friday to discuss repairs."


def storm(*paragraphs: str) -> Searcher:
    return searcher_for("storm", "\n".join([OPENING, *paragraphs, CLOSING]))


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will appeal the ruling,” the lawyer, Sam Ferreira, said.",
        "“We will appeal the ruling,” the mayor, Sam Ferreira, said.",
        "“We will appeal the ruling,” the family's lawyer, Sam Ferreira, said.",
        "“We will appeal the ruling,” a lawyer, Sam Ferreira, said.",  # named: not "a lawyer said"
        "The lawyer, Sam Ferreira, said the family would “appeal the ruling.”",
    ],
)
def test_a_role_in_apposition_before_the_cue_gives_the_named_speaker(paragraph: str) -> None:
    # Before: a quotation followed by "the lawyer, Sam Ferreira, said" had no speaker
    searcher = storm(paragraph)
    assert list(people(searcher)) == ["Sam Ferreira"]
    assert speakers_of(searcher, "appeal the ruling") == ["Sam Ferreira"]
    answer = searcher.ask("what did ferreira say about the ruling")
    assert [q.speaker for q in answer.passages[0].quotes] == ["Sam Ferreira"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will appeal the ruling,” the lawyers, Sam Ferreira and Ana Lima, said.",
        "“We will appeal the ruling,” the lawyer, Sam Ferreira, and Ana Lima said.",
        # before: Sam Ferreira, the object of "met", was credited
        "Ana Lima met the lawyer, Sam Ferreira, said the family would “appeal the ruling.”",
    ],
)
def test_a_role_in_apposition_that_is_not_one_speaker_credits_nobody(paragraph: str) -> None:
    assert speakers_of(storm(paragraph), "appeal the ruling") == [None]


INTRODUCED = "Hotel owner Maria Lopez watched the water rise into her lobby."
LATER = "“We will rebuild the place,” the owner said."


@pytest.mark.parametrize(
    "paragraphs",
    [
        [INTRODUCED, *FILLER, LATER],
        ["Maria Lopez, who owns the hotel, said she was insured.", INTRODUCED, *FILLER, LATER],
        [INTRODUCED, *FILLER, "“We will rebuild the place,” the hotel owner said."],
        # the unnamed holder came before the named one was last mentioned
        [
            "A restaurant owner across the street said the water reached his kitchen.",
            INTRODUCED,
            *FILLER,
            LATER,
        ],
        # the role as the story gave it: "the former owner"
        [
            "Maria Lopez, the former owner of the hotel, watched the water rise.",
            *FILLER,
            "“We will rebuild the place,” the former owner said.",
        ],
        # the role, once resolved, goes on meaning the same person
        [INTRODUCED, *FILLER, LATER, *FILLER, "“It will take a year,” the owner said."],
        # a second owner introduced after the quotation was not yet in the story
        [INTRODUCED, *FILLER, LATER, "Bakery owner Ben Stone said he would reopen."],
    ],
)
def test_a_role_named_once_takes_its_person_paragraphs_later(paragraphs: list[str]) -> None:
    # Before: only the current and previous paragraph were searched, and the quotation had
    # no speaker
    searcher = storm(*paragraphs)
    assert speakers_of(searcher, "rebuild the place") == ["Maria Lopez"]
    answer = searcher.ask("what did lopez say about rebuilding")
    assert answer.asked_speaker == "Maria Lopez"


def test_a_role_mentioned_in_the_previous_paragraph_is_its_most_recent_holder() -> None:
    # unchanged: near the quotation the nearest holder is meant, however many came before
    paragraphs = [INTRODUCED, *FILLER, "Bakery owner Ben Stone lost his ovens.", LATER]
    assert speakers_of(storm(*paragraphs), "rebuild the place") == ["Ben Stone"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two people the story gave the role: which one is meant is a guess
        [INTRODUCED, "Bakery owner Ben Stone lost his ovens.", *FILLER, LATER],
        ["Ben Stone, a bakery owner, lost his ovens.", INTRODUCED, *FILLER, LATER],
        # the role given to nobody, or a fuller role nobody has
        [INTRODUCED, *FILLER, "“We will rebuild the place,” the fisherman said."],
        [INTRODUCED, *FILLER, "“We will rebuild the place,” the restaurant owner said."],
        # a plural, an indefinite
        [INTRODUCED, *FILLER, "“We will rebuild the place,” the owners said."],
        [INTRODUCED, *FILLER, "“We will rebuild the place,” an owner said."],
        [INTRODUCED, *FILLER, "“We will rebuild the place,” a hotel owner said."],
        # someone the story does not name took the role since the named holder
        [
            INTRODUCED,
            "A restaurant owner across the street said the water reached his kitchen.",
            *FILLER,
            LATER,
        ],
        [INTRODUCED, *FILLER, "Another owner lost his boats.", LATER],
        # far back, the role names someone who held it once: "the mayor" is a sitting one
        ["Former mayor Ana Lima watched the water rise.", *FILLER, LATER.replace("owner", "mayor")],
        ["Ana Lima, the former owner, watched the water rise.", *FILLER, LATER],
        # the person the role names is only mentioned inside someone's words
        [
            "“Maria Lopez, the hotel owner, saved us,” Ben Stone said.",
            *FILLER,
            LATER,
        ],
    ],
)
def test_a_role_that_does_not_name_one_person_so_far_credits_nobody(
    paragraphs: list[str],
) -> None:
    assert speakers_of(storm(*paragraphs), "rebuild the place") == [None]


@pytest.mark.parametrize(
    ("intro", "role"),
    [
        ("Tomas Berg, a retiree, watched the boats from the pier.", "retiree"),
        ("Tomas Berg, a 71-year-old retiree, watched the boats from the pier.", "retiree"),
        ("Tomas Berg, 71, a retiree, watched the boats from the pier.", "retiree"),
        ("Tomas Berg, 71, a fisherman, watched the boats from the pier.", "fisherman"),
        ("Among those watching was Tomas Berg, a retiree.", "retiree"),
        ("A retiree, Tomas Berg, watched the boats from the pier.", "retiree"),
    ],
)
@pytest.mark.parametrize("between", [0, 2])
def test_an_appositive_noun_for_a_person_is_a_role_to_call_them_by_later(
    intro: str, role: str, between: int
) -> None:
    # Before: "a 71-year-old retiree" and "71, a retiree" gave no role (the first not even a
    # person), and two paragraphs on "the retiree" was nobody
    searcher = storm(intro, *FILLER[:between], f"“It came in so fast,” the {role} said.")
    assert role in people(searcher)["Tomas Berg"]
    assert speakers_of(searcher, "so fast") == ["Tomas Berg"]


def test_an_age_alone_or_in_a_list_gives_no_role() -> None:
    searcher = storm("Tomas Berg, 71, and Ana Lima, 65, watched the boats from the pier.")
    assert people(searcher) == {"Tomas Berg": (), "Ana Lima": ()}
