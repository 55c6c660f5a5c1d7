"""Shapes attribution set 12 (`tests/data/attribution/unseen-12`, attr-13, read whole in the
twenty-seventh session by 9attr21) left nobody's, by cause, on a ferry story of our own: a
title before a surname two people share outside any cue (`Mayor Voss did not dispute it.` /
`"...," he said`), the holder of a role in a clause reported with "that" who "walked over and
told her, "..."", and words in single marks after "X told me" and a phrase of occasion ("after
church on Sunday", "before he retired was,"), the teller named only inside the quotation.
Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "A vote on the Harlow ferry contract narrowed Mayor Daniel Voss's lead over his rival,"
    " Karen Voss, on the town council."
)
CLOSING = "The council meets again next month."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def titled(subject: str) -> str:
    return ferry(
        "“The ferry is the town's lifeline,” Karen Voss said.",
        "Tom Reed, a deckhand, said the crew had not been paid since May.",
        f"{subject} did not dispute the account. “The payroll will be fixed,” he said.",
    )


def test_a_title_before_a_shared_surname_decides_a_pronoun_after() -> None:
    # Before: nobody's. "Voss" names both; the title "Mayor" the story gave one of them was
    # read only before a cue's verb, not before any other verb
    searcher = searcher_for("ferry-titled", titled("Mayor Voss"))
    assert quoted(searcher, "payroll will be fixed") == ["Daniel Voss"]


def test_a_shared_surname_with_no_title_stays_nobody() -> None:
    # Guard: "Voss" alone may be either (Karen's gender is not told)
    searcher = searcher_for("ferry-untitled", titled("Voss"))
    assert quoted(searcher, "payroll will be fixed") == [None]


def told(clause: str) -> str:
    return ferry(
        "Tom Reed, a deckhand who watched the vote for the challenger, said the room was calm.",
        f"Reed said that {clause}, “Whatever happens, Karen, the ferry still runs.”",
    )


def test_the_role_holder_who_walked_over_and_told_her_in_a_reported_clause() -> None:
    # Before: nobody's. Only "and tell her," (a base form) was read there, and "the mayor"
    # after "midway through the count" was no subject
    body = told("midway through the count the mayor walked over to the rival's table and told her")
    assert quoted(searcher_for("ferry-told", body), "ferry still runs") == ["Daniel Voss"]


def test_told_her_with_no_one_she_may_be_in_the_reported_clause_stays_nobody() -> None:
    # Guard: "her" met nowhere in the clause: Reed may have told her (as unseen-6's guard)
    body = told("midway through the count the mayor walked over to the table and told her")
    assert quoted(searcher_for("ferry-told-table", body), "ferry still runs") == [None]


def test_a_role_no_one_holds_who_told_her_stays_nobody() -> None:
    # Guard: the story gives no one the role "captain": nobody's, not the reporter's
    body = told(
        "midway through the count the captain walked over to the rival's table and told her"
    )
    assert quoted(searcher_for("ferry-told-captain", body), "ferry still runs") == [None]


def relayed(inside: str) -> str:
    return ferry(
        "Tom Reed, a deckhand, said his objection goes back years.",
        f"“{inside}, ‘Never sell the ferry,’” Reed said. “I made a promise.”",
    )


def test_words_told_me_before_a_phrase_of_occasion_are_the_tellers() -> None:
    # (the quotation around them stays Reed's)
    # Before: nobody's. "X told me" was read only right before the single marks, and a name
    # given only inside the quotation was no person of the story
    body = relayed("The last thing Walter Hsu told me before he retired was")
    assert quoted(searcher_for("ferry-hsu", body), "Never sell the") == ["Tom Reed", "Walter Hsu"]
    body = relayed("Karen Voss told me after church on Sunday")
    assert quoted(searcher_for("ferry-sunday", body), "Never sell the") == [
        "Tom Reed",
        "Karen Voss",
    ]


def test_words_after_told_me_that_or_a_name_between_stay_nobody() -> None:
    # Guards: "told me that ..." reports a clause; a second name between may be the teller
    body = relayed("Karen Voss told me that the rumor on the dock was")
    assert quoted(searcher_for("ferry-that", body), "Never sell the") == ["Tom Reed", None]
    body = relayed("Karen Voss told me after Tom Reed left")
    assert quoted(searcher_for("ferry-between", body), "Never sell the") == ["Tom Reed", None]


def opinion(owner: str) -> str:
    return ferry(
        "Tom Reed, a deckhand, said the crew had not been paid since May.",
        "Judge Eleanor Marsh ruled for the crew on Monday.",
        "The season ends in October. "
        f"{owner} noted that the payroll deadline falls before then, and she wrote that the"
        " town “expects the owners to meet it.”",
    )


def test_the_owner_of_an_opinion_is_the_one_she_after_it_is() -> None:
    # Before: nobody's. "opinion" was no document a person speaks through, so "Marsh's
    # opinion noted that" was a cue of nobody's, and "she" after it was no one
    searcher = searcher_for("ferry-opinion", opinion("Marsh's opinion"))
    assert quoted(searcher, "expects the owners") == ["Eleanor Marsh"]


def test_a_pronoun_after_an_opinion_of_no_one_named_stays_nobody() -> None:
    # Guard: "The opinion" names no owner
    searcher = searcher_for("ferry-opinion-none", opinion("An unsigned opinion"))
    assert quoted(searcher, "expects the owners") == [None]


def message(clause: str) -> str:
    return ferry(
        "Priya Lamb, who chairs the riders' union, said the ferry had missed 40 sailings.",
        f"On Wednesday night, Lamb {clause}: “Harlow, call your councillor tonight.”",
    )


def test_a_message_the_subject_posted_before_a_colon_is_theirs() -> None:
    # Before: nobody's. Only "X was blunt:" and "X put it bluntly:" were read before a colon
    searcher = searcher_for("ferry-message", message("posted a message urging riders to act"))
    assert quoted(searcher, "call your councillor") == ["Priya Lamb"]


def test_a_message_from_another_or_received_stays_nobody() -> None:
    # Guards: a message from someone else, or one she received, may be another's words
    body = message("posted a message from a rider")
    assert quoted(searcher_for("ferry-message-from", body), "call your councillor") == [None]
    body = message("received a message urging riders to act")
    assert quoted(searcher_for("ferry-message-got", body), "call your councillor") == [None]
