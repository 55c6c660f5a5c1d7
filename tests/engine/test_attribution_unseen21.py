"""Shapes attribution set 21 (`tests/data/attribution/unseen-21`, attr-23, read whole in the
thirty-fourth session by 9attr34) left nobody's, by cause, on a library story of our own: a
decimal point ("$1.2 million") read as a sentence's end, so that the subject of the sentence
before a quotation was lost ("The deputy mayor said ... worth about $1.2 million a year.
"...," Castellano said" of two Castellanos); two roles joined by "and" set before a name in
apposition ("Asante's wife and manager, Efua Asante, said"), which made no one a person; an
organisation's name with "of" owning the role before a name ("The Royal College of Midwives'
regional officer, Siobhan Keane, gave ..., saying"), which was no subject; a participle of
speech after two verbs joined by "and" ("X posted the screenshots and tagged the city's
account, adding:"), whose subject was looked for before the second verb only; a question put
to someone in the paragraph before, the cue before it ("a reporter put the question to Voss
directly: "...?"") and then `"...," she replied`. Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "DUNMORE, Ohio — The Dunmore public library will close its two branch libraries in June,"
    " the county board decided on Monday."
)
CLOSING = "The branches close on June 30."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


ADAIRS = [
    "Councillor Ruth Adair, who chairs the county's budget committee, voted for the closures.",
    "Her nephew, Owen Adair, a volunteer at the Eastgate branch, organised a petition against"
    " them.",
    "“Nobody asked the people who use the branches,” Owen Adair said.",
]


def test_a_decimal_point_ends_no_sentence() -> None:
    # Before: nobody's. "1.2" was split into two sentences at its point, so the sentence before
    # the quotation was "2 million a year.", with no subject to tell which Adair spoke
    body = library(
        *ADAIRS,
        "The councillor said she would ask auditors to examine the library's lease, which"
        " costs the county about $1.2 million a year. “Every dollar in that lease is a dollar"
        " not spent on books,” Adair said.",
    )
    searcher = searcher_for("library-decimal", body)
    assert quoted(searcher, "Every dollar") == ["Ruth Adair"]


def test_a_full_stop_before_a_figure_after_a_space_still_ends_a_sentence() -> None:
    # Guard: "in 2019. 2020 brought ..." is two sentences (as before): the figure opens the
    # second, whose subject is no Adair, so the surname stays undecided
    body = library(
        *ADAIRS,
        "The councillor said the lease was signed in 2019. 2020 brought the first cuts."
        " “We could not have known,” Adair said.",
    )
    searcher = searcher_for("library-decimal-guard", body)
    assert quoted(searcher, "could not have known") == [None]


def test_two_roles_joined_by_and_before_a_name_make_a_person() -> None:
    # Before: nobody's, and no Adaeze Okonjo at all: "wife and editor" was no role phrase, so
    # the name in apposition introduced no one (a first name the first-name list knows, as
    # "Mira", made her a person by other means)
    body = library(
        "The author Felix Okonjo, who grew up in Eastgate, said he would read at the branch on"
        " its last day.",
        "Okonjo’s wife and editor, Adaeze Okonjo, said he had turned down a festival to be there."
        " “He learned to read in that building,” she said.",
    )
    searcher = searcher_for("library-and-roles", body)
    assert "Adaeze Okonjo" in people_and_roles(searcher)
    assert quoted(searcher, "learned to read") == ["Adaeze Okonjo"]


def test_a_thing_joined_by_and_before_a_name_is_no_role() -> None:
    # Guard: "the roof and the boiler" before a name is no role of hers: she is introduced by
    # her own cue only, with no role from the things listed
    body = library(
        "The branch needs a new roof and boiler, Nora Quist, the branch manager, said on Tuesday.",
    )
    searcher = searcher_for("library-and-roles-guard", body)
    roles = people_and_roles(searcher).get("Nora Quist", ())
    assert not any("roof" in role or "boiler" in role for role in roles)


def test_an_organisations_name_with_of_owning_a_role_before_a_name() -> None:
    # Before: nobody's. The role phrase was read from "Librarians'" on, after "of": no subject
    # slot, so "calling" had no subject and the paragraph after had no one for "she"
    body = library(
        "The Society of School Librarians’ county secretary, Hana Petrakis, gave the plan a"
        " guarded welcome, calling the branches “the last warm rooms in town.”",
        "“Half our members learned to love books there,” she said.",
        "The Institute of Public Finance’s regional director, Karl Voigt, took the board’s"
        " side, saying the branches were “a luxury the county cannot carry.”",
    )
    searcher = searcher_for("library-of-owner", body)
    assert quoted(searcher, "last warm rooms") == ["Hana Petrakis"]
    assert quoted(searcher, "learned to love books") == ["Hana Petrakis"]
    assert quoted(searcher, "a luxury the county") == ["Karl Voigt"]


def test_a_role_of_an_organisation_as_an_object_is_no_subject() -> None:
    # Guard: "thanked the Society ...'s secretary, Hana Petrakis," is the object of "thanked":
    # the participle after is the one who thanked her (as before)
    body = library(
        "Ruth Adair thanked the Society of School Librarians’ county secretary, Hana Petrakis,"
        " calling the petition “a model of how to disagree.”",
    )
    searcher = searcher_for("library-of-owner-guard", body)
    assert quoted(searcher, "model of how to disagree") == ["Ruth Adair"]


def test_a_participle_after_two_verbs_joined_by_and_is_the_first_ones_subject() -> None:
    # Before: nobody's. The subject was looked for before "wrote" only, and "and" is none
    body = library(
        "Dara Whelan, a retired teacher, photographed the closure notice and wrote to the"
        " board, adding: “I have borrowed a book a week from that branch for forty years.”",
    )
    searcher = searcher_for("library-and-verb", body)
    assert quoted(searcher, "a book a week") == ["Dara Whelan"]


def test_a_participle_after_another_subjects_verb_is_not_the_first_ones() -> None:
    # Guard: "and her son wrote to the board, adding:" has a subject of its own, whom the
    # story does not name: nobody's (as before)
    body = library(
        "Dara Whelan, a retired teacher, photographed the closure notice and her son wrote to"
        " the board, adding: “We will not let this go quietly.”",
    )
    searcher = searcher_for("library-and-verb-guard", body)
    assert quoted(searcher, "not let this go quietly") == [None]


QUESTION = (
    "Board chair Ines Marlow said the decision had been the hardest of her twelve years on"
    " the board."
)


def test_a_question_put_to_someone_before_it_is_answered_by_them() -> None:
    # Before: nobody's. Only `"...?" X asked Y` before the answer was read as the question
    # put to Y
    body = library(
        QUESTION,
        "At the end of the meeting, a resident put the question to Marlow directly: “Will the"
        " branches ever reopen?”",
        "“I would love to say yes. I cannot promise it,” she replied.",
        "A student asked Marlow: “Where will we study?”",
        "“The main library will stay open until ten,” she said.",
    )
    searcher = searcher_for("library-question", body)
    assert quoted(searcher, "ever reopen") == [None]
    assert quoted(searcher, "cannot promise it") == ["Ines Marlow"]
    assert quoted(searcher, "open until ten") == ["Ines Marlow"]


def test_a_question_put_by_someone_the_pronoun_may_be_is_undecided() -> None:
    # Guard: the asker is a woman the story names too: "she replied" may be either of them
    # (nobody's, as before)
    body = library(
        QUESTION,
        "Dara Whelan, a retired teacher, put the question to Marlow directly: “Will the"
        " branches ever reopen?”",
        "“I would love to say yes,” she replied.",
    )
    searcher = searcher_for("library-question-guard", body)
    assert quoted(searcher, "love to say yes") == [None]
