"""A quotation inside a clause that a document reports (9attr20w): `she said she was persuaded
by a study projecting that the branch would draw "..."` quotes the study, not her; nobody said
the words (or the document's owner, when the story names one). Each on a library story of our
own, with guards where the person does own the words."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "The county board voted on Tuesday to close the Millbrook library branch. Librarian Tom Kell"
    " read the result aloud."
)
CLOSING = "The board meets again in June."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def credited(name: str, sentence: str, words: str) -> list[str | None]:
    return quoted(searcher_for(name, library(sentence, "“We will see,” Ruiz said.")), words)


def test_a_study_projecting_that_in_her_reported_speech_is_nobodys() -> None:
    # Before: hers ("projecting" no cue, so "She said" before it was taken for the words' cue)
    body = library(
        "Councilwoman Ana Ruiz, who cast the deciding vote, said she had wavered for weeks. She"
        " said she was swayed by a county-commissioned study projecting that the branch would"
        " draw “at least 90,000 visitors a year to a corner of town that goes dark at six.”",
        "“We owe them a building,” she said.",
    )
    searcher = searcher_for("library-study-projecting", body)
    assert quoted(searcher, "90,000 visitors") == [None]
    assert quoted(searcher, "owe them a building") == ["Ana Ruiz"]  # she still spoke


def test_a_document_verb_of_no_speech_inside_her_reported_clause_is_nobodys() -> None:
    # Before: hers ("projected" is no speech verb)
    sentence = (
        "Councilwoman Ana Ruiz said a study projected that the branch would draw “at least"
        " 90,000 visitors a year.”"
    )
    assert credited("library-study-projected", sentence, "90,000 visitors") == [None]


def test_a_study_that_projected_that_is_nobodys() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said a study that projected that the branch would draw “at least"
        " 90,000 visitors a year” had persuaded her."
    )
    assert credited("library-study-that", sentence, "90,000 visitors") == [None]


def test_a_poll_showing_that_is_nobodys() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said a poll showing that residents wanted the branch “open every"
        " single day” had changed her mind."
    )
    assert credited("library-poll-showing", sentence, "open every") == [None]


def test_a_letter_from_someone_warning_that_is_nobodys() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said a letter from the state warning that the branch was “at"
        " risk of closure” arrived on Monday."
    )
    assert credited("library-letter-warning", sentence, "at risk") == [None]


def test_a_studys_conclusion_that_is_nobodys() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said the study's conclusion that the branch was “a drain on the"
        " budget” was wrong."
    )
    assert credited("library-conclusion-that", sentence, "drain on") == [None]


def test_an_audit_showed_clearly_that_is_nobodys() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said the audit showed clearly that the branch was “the busiest in"
        " the county.”"
    )
    assert credited("library-audit-clearly", sentence, "busiest in") == [None]


def test_a_report_found_that_before_her_cue_is_nobodys() -> None:
    # Before: hers (the cue after the quotation); with the cue before it, it was nobody's
    sentence = "A report found that the branch was “the busiest in the county,” Ruiz said."
    assert credited("library-report-trailing", sentence, "busiest in") == [None]


def test_guard_her_own_words_about_a_study_stay_hers() -> None:
    assert credited(
        "library-guard-flawed",
        "Councilwoman Ana Ruiz said the study was “deeply flawed.”",
        "deeply",
    ) == ["Ana Ruiz"]
    # the clause the study reports has ended before the quotation: her verdict on the study
    sentence = (
        "Councilwoman Ana Ruiz said a study projecting that the branch would lose money was"
        " “deeply flawed.”"
    )
    assert credited("library-guard-ended", sentence, "deeply") == ["Ana Ruiz"]


def test_guard_her_own_cue_after_the_documents_clause_stays_hers() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said the study found that the branch was busy, and she called the"
        " closure “a betrayal.”"
    )
    assert credited("library-guard-called", sentence, "a betrayal") == ["Ana Ruiz"]


def test_guard_her_own_letter_and_what_a_document_left_out_stay_hers() -> None:
    sentence = "Councilwoman Ana Ruiz wrote in a letter that the branch was “the heart of town.”"
    assert credited("library-guard-letter", sentence, "heart of") == ["Ana Ruiz"]
    sentence = (
        "Councilwoman Ana Ruiz said the report ignored that the branch was “the heart of town.”"
    )
    assert credited("library-guard-ignored", sentence, "heart of") == ["Ana Ruiz"]
    sentence = "The plan means that the branch will become “a ghost town after dark,” Ruiz said."
    assert credited("library-guard-means", sentence, "ghost town") == ["Ruiz"]


def test_guard_a_study_she_quotes_whole_stays_hers() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said, “A study projecting that the branch would draw 90,000"
        " visitors a year persuaded me.”"
    )
    assert credited("library-guard-whole", sentence, "persuaded me") == ["Ana Ruiz"]


def test_guard_a_named_organisations_study_stays_the_organisations() -> None:
    sentence = (
        "Councilwoman Ana Ruiz said a Pew Research Center study found that residents were"
        " “strongly attached to the branch.”"
    )
    assert credited("library-guard-pew", sentence, "strongly attached") == ["Pew Research Center"]
