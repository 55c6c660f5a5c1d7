"""A company named without an organisation word ("Marlow Motors", "Quillon") that the story
writes as a company (its "its", "the company", a plural business word) is an organisation,
never a person: no "she said" goes to it and its last word is no surname (attribution set 4,
twenty-fourth session). Each story is of our own wording, with guards that must stay."""

from __future__ import annotations

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

OPENING = "Workers at the Dunmore bottling plant voted on Friday to accept a new contract."
CLOSING = "The plant reopens on Monday."


def plant(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def kinds(searcher: Searcher) -> dict[str, str]:
    return {p.name: p.kind.value for p in searcher.snapshot.people}


def test_a_name_with_a_plural_business_word_and_its_is_an_organisation() -> None:
    # Before: "Harrow Foods" was a person of unknown gender, "Foods" her surname, and the
    # "she said" after its statement was credited to it
    body = plant(
        "Steward Ida Brennan read the result aloud to the crowd.",
        "In a statement, Harrow Foods said the deal was “fair to everyone” and that its"
        " Dunmore plant would keep both shifts.",
        "“We held the line for six weeks,” she said.",
    )
    searcher = searcher_for("dunmore-foods", body)
    assert kinds(searcher)["Harrow Foods"] == "organization"
    assert quoted(searcher, "fair to everyone") == ["Harrow Foods"]
    assert quoted(searcher, "held the line") != ["Harrow Foods"]
    answer = searcher.ask("what did ms. foods say")
    assert answer.asked_speaker != "Harrow Foods"


def test_a_one_word_name_the_story_calls_the_company_is_an_organisation() -> None:
    body = plant(
        "Steward Ida Brennan read the result aloud to the crowd.",
        "Quillon said the agreement “secures the plant for a decade.” The company employs"
        " 900 people in Dunmore.",
        "“We held the line for six weeks,” she said.",
    )
    searcher = searcher_for("dunmore-quillon", body)
    assert kinds(searcher)["Quillon"] == "organization"
    assert quoted(searcher, "secures the plant") == ["Quillon"]
    assert quoted(searcher, "held the line") != ["Quillon"]


def test_a_name_with_no_first_name_that_the_story_writes_as_a_person_stays_one() -> None:
    # guards: "his" first after the name, a title before it, or no evidence at all: a person
    body = plant(
        "Steward Ida Brennan read the result aloud to the crowd.",
        "Okonkwo Banks said his members had “waited long enough.”",
        "“We held the line,” Banks said.",
        "Marlowe Sands, who chairs the local, said the deal was “a start.” Mr. Sands said the"
        " company had its reasons.",
    )
    searcher = searcher_for("dunmore-banks", body)
    people = kinds(searcher)
    assert people.get("Okonkwo Banks", "person") == "person"
    assert people.get("Marlowe Sands", "person") == "person"
    assert quoted(searcher, "held the line") == ["Okonkwo Banks"]


def test_a_name_the_story_says_it_said_of_is_an_organisation() -> None:
    body = plant(
        "Steward Ida Brennan read the result aloud to the crowd.",
        "Brackwater Bottling shut the line for a week in June.",
        "“The contract protects every job at Dunmore,” it said in an email on Friday.",
        "Brackwater Bottling said the vote was “a relief.”",
        "“We held the line for six weeks,” she said.",
    )
    searcher = searcher_for("dunmore-brackwater", body)
    assert kinds(searcher)["Brackwater Bottling"] == "organization"
    assert quoted(searcher, "a relief") == ["Brackwater Bottling"]
    assert quoted(searcher, "held the line") != ["Brackwater Bottling"]


def test_a_plural_looking_surname_of_someone_the_story_describes_or_shortens_stays_a_person() -> (
    None
):
    # guards: a plural-looking last word is no evidence for someone given a person's role
    # ("a nurse") or written later by that word alone ("Woods said")
    body = plant(
        "Kwame Banks, a nurse, said the shifts were “too long.”",
        "Tendai Woods said the vote was “close.” Woods said the pay was fair.",
        "“We held the line for six weeks,” Banks said.",
    )
    searcher = searcher_for("dunmore-nurse", body)
    people = kinds(searcher)
    assert people["Kwame Banks"] == "person"
    assert people["Tendai Woods"] == "person"
    assert quoted(searcher, "held the line") == ["Kwame Banks"]


def test_a_name_whose_spokesman_the_next_sentence_quotes_is_an_organisation() -> None:
    body = plant(
        "Steward Ida Brennan read the result aloud to the crowd.",
        "Brackwater Electric said it had restored power to the plant. A company spokesman said"
        " the outage was “regrettable.”",
        "“We held the line for six weeks,” she said.",
    )
    searcher = searcher_for("dunmore-electric", body)
    assert kinds(searcher)["Brackwater Electric"] == "organization"
    assert quoted(searcher, "held the line") != ["Brackwater Electric"]
