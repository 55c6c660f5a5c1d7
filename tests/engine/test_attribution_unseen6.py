"""Shapes of news English that left a quotation with nobody in attribution sets 1 to 7
(`tests/data/attribution/unseen-1` .. `unseen-7`, twenty-fourth session: the misses a careful
reader can credit). Each story is of our own wording (a warehouse fire and its inquiry, an
appeals court), with guards that must stay as they were."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "A fire destroyed the Larkin Street warehouse on Tuesday night."
CLOSING = "The inquiry resumes next month."


def fire(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_speech_verb_closing_a_noun_after_a_preposition_is_no_cue() -> None:
    # Before: "found" in "the heater found in the basement" was taken for a cue whose subject
    # is "the heater", and the words of a clause after it were nobody's
    body = fire(
        "Fire Chief Dana Ortiz spoke to reporters outside the station.",
        "She told reporters that investigators could not tie the blaze to the heater found in"
        " the basement, and that the cause remained “an open question for now.”",
        "Insurance adjuster Paul Brenner said the claim covered the stock described in the"
        " lease as “perishable goods of any kind.”",
    )
    searcher = searcher_for("fire-found-in", body)
    assert quoted(searcher, "an open question") == ["Dana Ortiz"]
    # the participle's own phrase: the lease's words, nobody's, not the adjuster's
    assert quoted(searcher, "perishable goods") == [None]


def test_a_speech_verb_after_its_own_subject_is_still_a_cue() -> None:
    # guards: a document or an unnamed person as the subject of the cue keeps the words theirs
    body = fire(
        "Fire Chief Dana Ortiz spoke to reporters outside the station.",
        "She said the city's inspection, which a contractor found in March to be “badly"
        " overdue,” had been postponed twice.",
        "She said the owner, a man she declined to name, described in a phone call the"
        " building as “safe as houses.”",
    )
    searcher = searcher_for("fire-found-guard", body)
    assert quoted(searcher, "badly overdue") == [None]
    assert quoted(searcher, "safe as houses") == [None]


def test_a_paragraph_of_words_after_someone_talking_about_something_is_theirs() -> None:
    # Before: a paragraph wholly a quotation, with no cue, after a paragraph ending on "the
    # chief ..., talking about ..." (speech with no words given) was nobody's, both paragraphs
    body = fire(
        "Fire Chief Dana Ortiz told the council the department needed two more engines.",
        "In her closing remarks, the chief struck a personal note, talking about the night"
        " her father's bakery on the Eastside burned.",
        "“My father lost everything in one night. I was nine years old.",
        "“So I am asking you for the engines. Not for me. For the next family.”",
        "Council President Ron Pike thanked her.",
    )
    searcher = searcher_for("fire-talking-about", body)
    assert quoted(searcher, "My father lost everything") == ["Dana Ortiz"]
    assert quoted(searcher, "So I am asking you") == ["Dana Ortiz"]


def test_words_after_someone_talking_to_or_with_others_stay_nobodys() -> None:
    # guards: the one spoken to or with, or anyone else named, may be the one whose words follow
    body = fire(
        "Fire Chief Dana Ortiz told the council the department needed two more engines.",
        "The chief spoke to the families on Larkin Street about the fire.",
        "“We lost everything we had in one night.”",
        "Later the chief was talking about the fire with Ron Pike, the council president.",
        "“We will find the money for the engines.”",
    )
    searcher = searcher_for("fire-talking-guard", body)
    assert quoted(searcher, "We lost everything") == [None]
    assert quoted(searcher, "We will find the money") == [None]


def test_told_him_after_someone_else_acting_in_the_tellers_clause_is_that_ones() -> None:
    # Before: "and told him" after "Ortiz said that ... Kemp looked ..." could join either verb,
    # so the words were nobody's; "him" is the teller, so the one telling him is Kemp
    body = fire(
        "Fire Chief Dana Ortiz and warehouse owner Victor Kemp walked the site on Wednesday.",
        "Inspector Luis Baptiste said that at the first walkthrough, Kemp looked at the"
        " sprinklers and told him, “Leave those off the report, Luis.”",
        "“I wrote them up anyway,” Baptiste said.",
    )
    searcher = searcher_for("fire-told-him", body)
    assert quoted(searcher, "Leave those off the report") == ["Victor Kemp"]
    assert quoted(searcher, "I wrote them up anyway") == ["Luis Baptiste"]


def test_told_her_when_the_teller_is_a_man_or_after_a_comma_stays_nobodys() -> None:
    # guards: "her" cannot be the teller, a man; a comma before "and" may join the teller's verb
    body = fire(
        "Fire Chief Dana Ortiz and warehouse owner Victor Kemp walked the site on Wednesday.",
        "Inspector Luis Baptiste said that at the first walkthrough, Kemp looked at the"
        " sprinklers and told her, “Leave those off the report.”",
        "Inspector Luis Baptiste said that at the second walkthrough, Kemp looked at the"
        " alarms, and told him, “Those are fine as they are.”",
    )
    searcher = searcher_for("fire-told-guard", body)
    assert quoted(searcher, "Leave those off the report") == [None]
    assert quoted(searcher, "Those are fine") == [None]


def test_a_letter_read_aloud_is_the_words_of_whom_the_story_says_sent_it() -> None:
    # Before: "the letter read" was no cue ("read" is none of its own), and the words of a
    # letter the story says Kemp wrote, over two paragraphs, were nobody's
    body = fire(
        "Warehouse owner Victor Kemp did not attend the hearing.",
        "Inspector Luis Baptiste read aloud from a letter he said Kemp wrote to the fire"
        " marshal in 2021.",
        "“Luis — the sprinklers are on order, the alarms are fixed, and the crew starts Monday.",
        "“Trust me on this one. V.,” the letter read.",
        "“I trusted him,” Baptiste said.",
    )
    searcher = searcher_for("fire-letter", body)
    assert quoted(searcher, "the sprinklers are on order") == ["Victor Kemp"]
    assert quoted(searcher, "Trust me on this one") == ["Victor Kemp"]
    assert quoted(searcher, "I trusted him") == ["Luis Baptiste"]


def test_a_letter_nobody_named_sent_stays_nobodys() -> None:
    # guards: a letter many signed, or one no sender is told of, is nobody's words
    body = fire(
        "Warehouse owner Victor Kemp did not attend the hearing.",
        "Inspector Luis Baptiste read aloud from a letter signed by forty tenants.",
        "“We have asked for working alarms since 2019,” the letter read.",
        "Kemp's lawyer read from an email. “The owner regrets the delay,” the email read.",
    )
    searcher = searcher_for("fire-letter-guard", body)
    assert quoted(searcher, "We have asked for working alarms") == [None]
    assert quoted(searcher, "The owner regrets the delay") == [None]


COURT_OPENING = "The state appeals court on Monday upheld a fine against the Larkin Street mill."


def test_she_after_the_majority_is_who_wrote_for_it() -> None:
    # Before: "she" after "the majority answered" had only the dissent's author, a man, to
    # take, and was nobody's; the story told who wrote for the majority
    body = "\n".join(
        [
            COURT_OPENING,
            "“The statute is plain,” Judge Irene Castle wrote for the majority.",
            "In a dissent, Judge Paul Okafor argued that the court had ignored the mill's"
            " permits. “The permits say otherwise,” he wrote.",
            "In a footnote, the majority answered the dissent. “Our colleague reads the permits"
            " generously,” she wrote.",
        ]
    )
    searcher = searcher_for("court-majority", body)
    assert quoted(searcher, "Our colleague reads") == ["Irene Castle"]


def test_she_after_the_majority_no_one_wrote_for_stays_nobodys() -> None:
    # guards: nobody the story names wrote for the majority; or the pronoun does not fit her
    body = "\n".join(
        [
            COURT_OPENING,
            "In a dissent, Judge Paul Okafor argued that the court had ignored the mill's"
            " permits. “The permits say otherwise,” he wrote.",
            "In a footnote, the majority answered the dissent. “Our colleague reads the permits"
            " generously,” she wrote.",
        ]
    )
    searcher = searcher_for("court-majority-guard", body)
    assert quoted(searcher, "Our colleague reads") == [None]


def test_words_after_a_report_of_someone_else_writing_are_not_the_reporters() -> None:
    # Before: a paragraph of words after "Baptiste read aloud from a letter he said Kemp wrote
    # ..." went on with Baptiste, who only reported Kemp writing: the letter's words, nobody's
    body = fire(
        "Warehouse owner Victor Kemp did not attend the hearing.",
        "Inspector Luis Baptiste read aloud from a letter he said Kemp wrote to the fire"
        " marshal in 2021.",
        "“The sprinklers are on order, the alarms are fixed, and the crew starts Monday.”",
        "Inspector Luis Baptiste told reporters that the alarms had never been fixed.",
        "“Not one of them worked on Tuesday night.”",
    )
    searcher = searcher_for("fire-letter-no-cue", body)
    assert quoted(searcher, "The sprinklers are on order") == [None]
    # guard: a report of no one else's deed goes on with the one reporting
    assert quoted(searcher, "Not one of them worked") == ["Luis Baptiste"]
