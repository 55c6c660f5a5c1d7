"""Shapes attribution set 9 left open (twenty-fifth session, 9attr14): a body written with "the"
and no organisation word ("the Coast Guard"), the American spelling of a title WordNet lists
only in its British one ("Councilor"), and an opening role word that can be an adjective
("Resident June Okafor"). Each story here is of our own wording, with guards."""

from __future__ import annotations

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for

OPENING = "The ferry Marten ran aground near Tolley Point on Sunday night, stranding 140 people."
CLOSING = "The ferry returns to service on Friday."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def kinds(searcher: Searcher) -> dict[str, str]:
    return {p.name: p.kind.value for p in searcher.snapshot.people}


def test_a_body_the_story_always_writes_after_the_is_no_person() -> None:
    # Before: "the Coast Guard said" made a person "Coast Guard" ("Guard" no organisation
    # word), and the "she said" after its statement was credited to it; "Coast Guard" opening
    # a longer name ("Coast Guard spokesman Ray Dunn") is no mention without "the"
    body = ferry(
        "The Coast Guard said the vessel had “drifted well outside the channel.” Divers from"
        " the Coast Guard checked the hull on Monday, according to Coast Guard spokesman Ray"
        " Dunn.",
        "“We have never seen the tide this low,” she said.",
    )
    searcher = searcher_for("ferry-coast-guard", body)
    assert kinds(searcher)["Coast Guard"] == "organization"
    assert quoted(searcher, "drifted well") == ["Coast Guard"]
    assert quoted(searcher, "never seen the tide") != ["Coast Guard"]


def test_a_name_written_once_without_the_stays_a_person() -> None:
    # guard: "Harbour Grove" is once written without "the" (and its last word alone)
    body = ferry(
        "The Harbour Grove said it was “a bad night.” Harbour Grove added that she was tired.",
        "“I stayed until dawn,” Grove said.",
    )
    searcher = searcher_for("ferry-the-guard", body)
    assert kinds(searcher).get("Harbour Grove", "person") == "person"


def test_the_american_spelling_of_a_title_is_a_role() -> None:
    # Before: "Councilor" (WordNet has only "councillor") was read as part of her name
    body = ferry(
        "Councilor Bea Hartley said the town would “look hard at the schedule.”",
        "Councillor Tom Vale said the pier was “a disgrace.”",
    )
    searcher = searcher_for("ferry-councilor", body)
    assert quoted(searcher, "look hard") == ["Bea Hartley"]
    assert quoted(searcher, "a disgrace") == ["Tom Vale"]
    answer = searcher.ask("what did hartley say")
    assert answer.asked_speaker == "Bea Hartley"


def test_an_opening_role_word_that_can_be_an_adjective_before_a_given_name() -> None:
    # Before: "Resident" can be an adjective, so "Resident June Okafor" introduced no one and
    # her words were nobody's
    body = ferry(
        "Resident June Okafor, 71, said she had “waited four hours for a bus.”",
    )
    searcher = searcher_for("ferry-resident", body)
    assert quoted(searcher, "waited four hours") == ["June Okafor"]


def test_an_opening_adjective_before_no_given_name_is_no_role() -> None:
    # guard: "Liberal Democrats" is a party, no one introduced by a role
    body = ferry(
        "Liberal Democrats on the council said the service was “left to rot.”",
    )
    searcher = searcher_for("ferry-liberal", body)
    assert "Democrats" not in kinds(searcher)


def test_posted_on_a_site_that_reports_a_clause() -> None:
    # Before: "posted" was a cue only right before a colon and a quotation, so the partial
    # quotation in what she posted was nobody's
    body = ferry(
        "State Sen. Diane Forsythe, a Democrat whose district includes the island, posted on"
        " Facebook that she would ask the state to review the schedule “line by line.”",
        "Mayor Ed Cole posted that the town would “not be held hostage” by the operator.",
    )
    searcher = searcher_for("ferry-posted-that", body)
    assert quoted(searcher, "line by line") == ["Diane Forsythe"]
    assert quoted(searcher, "held hostage") == ["Ed Cole"]


def test_posted_with_no_that_is_no_cue() -> None:
    # guard: "posted 24 points" posts no words
    body = ferry(
        "Deckhand Lyle Moss said the crossing was rough.",
        "Whitley posted 24 points on Friday, a game the coach called “a masterclass.”",
    )
    searcher = searcher_for("ferry-posted-points", body)
    assert quoted(searcher, "a masterclass") != ["Whitley"]
