"""A role set before a name in apposition and owned by a possessive is the person's role when
the noun is a kind of person in any of its senses ("Carver High's principal, Lydia Moss,": a
principal is most often a sum of money in WordNet's counts), or when the owner is a plural
("The Millers' lawyer, Dev Patel,": the apostrophe after the "s" was no possessive). On main
neither was a role: "what did the principal say" was searched with no one asked, and "what
did the lawyer say" refused. And a role noun's synonyms are its synonyms as a noun: "the
principal" is no "chief" (an adjective's synonym), so a police chief is not whom it asks for
(on main: high on the chief's words)."""

from __future__ import annotations

from .stories import people_and_roles, searcher_for

SCHOOL = "\n".join(
    [
        "Carver High School will start classes at 9 a.m. next fall, an hour later than now.",
        "Carver High's principal, Lydia Moss, said students were falling asleep in first"
        " period. “A tired kid is not learning anything,” Moss said.",
        "The Millers' lawyer, Dev Patel, said the family would sue over the bus schedule."
        " “Nobody asked the parents,” Patel said.",
    ]
)
POLICE = "\n".join(
    [
        "Police Chief Rob Tanner said the department would add two officers downtown.",
        "“We hear the merchants,” Tanner said.",
    ]
)


def test_roles_owned_before_a_name() -> None:
    searcher = searcher_for("school", SCHOOL)
    roles = people_and_roles(searcher)
    assert "principal" in roles["Lydia Moss"]
    assert "lawyer" in roles["Dev Patel"]
    for question, speaker in [
        ("what did the principal say", "Lydia Moss"),
        ("what did the lawyer say about the buses", "Dev Patel"),
    ]:
        answer = searcher.ask(question)
        assert answer.answered, (question, answer.reason)
        assert answer.asked_speaker == speaker, question


def test_no_chief_is_asked_for_as_the_principal() -> None:
    searcher = searcher_for("police", POLICE)
    for question in ("what did the principal say", "did the principal say anything"):
        assert searcher.ask(question).asked_speaker != "Rob Tanner", question


def test_guards() -> None:
    """Pass on main too: a noun of no person ("The city's pride, Anna Berg, ..." is read by
    other rules, not this one) and a boss, a chief in other words as a noun."""
    boss = searcher_for(
        "clinic", "The clinic's boss, Mara Lind, said it was fine. “All good,” Lind said."
    )
    assert boss.ask("what did the boss say").asked_speaker == "Mara Lind"
    roles = people_and_roles(
        searcher_for("town", "The town's hometown, Grand Rapids, hosted it. “Fine,” Ann Roe said.")
    )
    assert all("hometown" not in held for held in roles.values())
