"""Shapes attribution set 20 (`tests/data/attribution/unseen-20`, attr-22, read whole in the
thirty-third session by 9attr33) credited to someone else or left nobody's, by cause, on a
harbour story of our own: an appositive opening "one of" ("X, one of the two members who voted
against, said"); "put it" with a longer phrase of manner, to whom, when and where ("a fellow
skipper had put it to him more bluntly on the morning of the vote:"); a surname two people
share whose paragraph names one of them by a role as the subject after an opening clause
("Asked whether ..., the harbour master said ... "...," Lund said"), or brings both in again
("The couple said they had argued. "...," Ishikawa said"), or whose introducing paragraph names
the other only as whose relative someone is ("the widower of Ilse Berg"), or right after a
paragraph whose own words decided which one spoke ("The harbour master acknowledged the
complaints. "...," Lund said." then "but Lund stressed that ..."); a paragraph wholly a
quotation after one telling that someone set something out in a letter; "her brother" of the
woman the story named as his sister ("was his sister, Lena Ortiz," with no one before "his" in
its sentence, read as "he" would be); "her father" of the woman named "the mayor's daughter
and the harbour's head of safety" (a relative before "and"). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "CALLOWAY, Maine — The Calloway harbour will limit moorings to 120 boats from May, the port"
    " board decided on Thursday."
)
CLOSING = "The new limits take effect on May 1."


def harbour(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_an_appositive_opening_one_of_is_the_subjects() -> None:
    # Before: nobody's. ", one of the three members who voted against," was no appositive, so
    # "said" had no subject
    body = harbour(
        "Councillor Ada Brennan, one of the three members who voted against, said the board"
        " was “drifting” into selling the harbour.",
        "Councillor Ada Brennan, one of three members, said the port was “a landlord now.”",
    )
    searcher = searcher_for("harbour-one-of", body)
    assert quoted(searcher, "drifting") == ["Ada Brennan"]
    assert quoted(searcher, "a landlord now") == ["Ada Brennan"]


def test_one_of_a_group_as_the_subject_is_nobody() -> None:
    # Guard: "One of the members said" names no one (as before)
    body = harbour(
        "Councillor Ada Brennan voted against the plan.",
        "One of the members said the port was “drifting” into selling the harbour.",
    )
    searcher = searcher_for("harbour-one-of-guard", body)
    assert quoted(searcher, "drifting") == [None]


PUT = "Sione Tupou, a fisherman who has worked the harbour since 2004, said the rules were fair."


def test_words_put_by_someone_unnamed_at_length_are_nobodys() -> None:
    # Before: Tupou's. "put it to him more bluntly on the morning of the vote" was no way of
    # putting it (three words at most), so the words were the reporter's
    body = harbour(
        PUT,
        "Tupou said a fellow skipper had put it to him more bluntly on the morning of the vote:"
        " “They are punishing the people who actually look after the harbour.”",
    )
    searcher = searcher_for("harbour-put", body)
    assert quoted(searcher, "punishing the people") == [None]


def test_words_put_at_length_by_someone_named_are_theirs() -> None:
    # Before: Tupou's, and nobody's
    body = harbour(
        PUT,
        "Tupou said his deckhand, Ana Reyes, had put it to him at the dock: “We are the ones"
        " paying.”",
        "Ana Reyes put it more simply at the meeting on the quay: “Fish do not wait.”",
    )
    searcher = searcher_for("harbour-put-named", body)
    assert quoted(searcher, "ones paying") == ["Ana Reyes"]
    assert quoted(searcher, "Fish do not wait") == ["Ana Reyes"]


def test_putting_it_somewhere_is_no_way_of_saying() -> None:
    # Guard: "put it on the agenda" says where, not how: the reporter's words (as before)
    body = harbour(
        PUT,
        "Tupou said the harbour master had put it on the agenda: “Moorings first.”",
    )
    searcher = searcher_for("harbour-put-guard", body)
    assert quoted(searcher, "Moorings first") == ["Sione Tupou"]


LUNDS = [
    "Harbour master Tom Lund, who has run the port since 2015, proposed the limits.",
    "Councillor Bea Lund, who chairs the finance committee and is no relation to the harbour"
    " master, voted against them.",
    "“Someone has to pay for the dredging,” the councillor said during the debate.",
]


def test_a_role_subject_after_an_opening_clause_decides_a_shared_surname() -> None:
    # Before: Bea Lund's. The paragraph before brought her in, and the subject of the sentence
    # before the quotation was read as "she" of "Asked whether she feared", not "the harbour
    # master"
    body = harbour(
        *LUNDS,
        "Asked whether she feared the limits would drive boats away, the harbour master said"
        " other ports pointed the other way. “Boats come back to a quiet harbour,” Lund said.",
    )
    searcher = searcher_for("harbour-lund", body)
    assert quoted(searcher, "quiet harbour") == ["Tom Lund"]


def test_a_shared_surname_after_a_paragraph_of_one_of_them_is_still_that_one() -> None:
    # Guard: with no subject in its own paragraph, the one the paragraph before brought in (as
    # before)
    body = harbour(
        "Harbour master Tom Lund, who has run the port since 2015, proposed the limits.",
        "“Boats come back to a quiet harbour,” he said.",
        "Councillor Bea Lund, who chairs the finance committee, voted against them.",
        "“Someone has to pay for the dredging,” Lund said.",
    )
    searcher = searcher_for("harbour-lund-guard", body)
    assert quoted(searcher, "pay for the dredging") == ["Bea Lund"]


ISHIKAWAS = [
    "Hana Ishikawa, an ecologist at the university, said the limits were overdue. “A boat in"
    " the wrong place undoes a hundred years,” she said.",
    "Her husband, Kenji Ishikawa, who runs a guesthouse on the quay, is less enthusiastic.",
    "“Some of my guests will simply go somewhere else,” he said.",
]


def test_a_shared_surname_after_both_are_brought_in_again_is_nobodys() -> None:
    # Before: Kenji Ishikawa's, the one the paragraph before introduced, though "The couple"
    # (or "they", "the two") names both again in the cue's own paragraph
    for subject in (
        "The couple said they had argued about the limits for weeks.",
        "The two have argued about the limits for weeks.",
        "At home they have argued about the limits for weeks.",
    ):
        body = harbour(*ISHIKAWAS, f"{subject} “We agree on the problem,” Ishikawa said.")
        searcher = searcher_for("harbour-couple", body)
        assert quoted(searcher, "agree on the problem") == [None], subject


def test_a_shared_surname_after_a_sentence_about_something_else_is_the_one_introduced() -> None:
    # Guard: a subject that is no one of them leaves the one the paragraph before introduced
    # (right before: past his words under "he said", the name back may be Hana Ishikawa's, who
    # spoke before, so nobody's since 9surname: test_attribution_shared_names)
    body = harbour(
        *ISHIKAWAS[:2],
        "The limits were argued over for weeks. “We agree on the problem,” Ishikawa said.",
    )
    searcher = searcher_for("harbour-couple-guard", body)
    assert quoted(searcher, "agree on the problem") == ["Kenji Ishikawa"]
    body = harbour(
        *ISHIKAWAS,
        "The limits were argued over for weeks. “We agree on the problem,” Ishikawa said.",
    )
    searcher = searcher_for("harbour-couple-run", body)
    assert quoted(searcher, "agree on the problem") == [None]


def test_a_shared_surname_named_only_as_a_relative_is_not_the_one_introduced() -> None:
    # Before: nobody's. The paragraph before named two Bergs for the first time, though Ilse
    # only as the one Otto is the widower of
    for relative in ("the widower of Ilse Berg, a former harbour clerk", "Ilse Berg's widower"):
        body = harbour(
            f"Among those on the quay was Otto Berg, 80, a retired pilot and {relative}. He"
            " said he had not moored a boat since 2016.",
            "“I was too proud to ask for a mooring,” Berg said.",
        )
        searcher = searcher_for("harbour-widower", body)
        assert quoted(searcher, "too proud") == ["Otto Berg"], relative


def test_a_shared_surname_of_two_named_on_their_own_stays_nobodys() -> None:
    # Guard: both named as themselves in the paragraph before: which one is a guess (as before)
    body = harbour(
        "Among those on the quay were Otto Berg, 80, a retired pilot, and Ilse Berg, a former"
        " harbour clerk.",
        "“I was too proud to ask for a mooring,” Berg said.",
    )
    searcher = searcher_for("harbour-widower-guard", body)
    assert quoted(searcher, "too proud") == [None]


DECIDED = [
    *LUNDS[:2],
    "A port official, who asked not to be named, said the board had received dozens of"
    " complaints. “Some of them were polite,” the official said.",
    "The harbour master acknowledged the complaints. “People care about this place,” Lund said.",
]


def test_a_shared_surname_goes_on_with_the_one_the_paragraph_before_decided() -> None:
    # Before: nobody's. "Lund" of the paragraph before was the harbour master, decided by its
    # subject; the paragraph before that named neither, so nothing carried it on
    body = harbour(
        *DECIDED,
        "The board said it would review every mooring, but Lund stressed that the review was"
        " “not a purge.”",
    )
    searcher = searcher_for("harbour-lund-decided", body)
    assert quoted(searcher, "People care") == ["Tom Lund"]
    assert quoted(searcher, "not a purge") == ["Tom Lund"]


def test_a_shared_surname_after_an_undecided_one_stays_nobodys() -> None:
    # Guard: where the paragraph before left "Lund" undecided, the next one is a guess too
    undecided = [*DECIDED[:-1], "“People care about this place,” Lund said."]
    body = harbour(
        *undecided,
        "The board said it would review every mooring, but Lund stressed that the review was"
        " “not a purge.”",
    )
    searcher = searcher_for("harbour-lund-undecided", body)
    assert quoted(searcher, "People care") == [None]
    assert quoted(searcher, "not a purge") == [None]
    # nor where the other one spoke in the paragraph before the one deciding (both in the
    # scene)
    councillor = [*DECIDED[:2], "“Someone has to pay for the dredging,” she said.", DECIDED[3]]
    body = harbour(
        *councillor,
        "The board said it would review every mooring, but Lund stressed that the review was"
        " “not a purge.”",
    )
    searcher = searcher_for("harbour-lund-both", body)
    assert quoted(searcher, "pay for the dredging") == ["Bea Lund"]
    assert quoted(searcher, "People care") == ["Tom Lund"]
    assert quoted(searcher, "not a purge") == [None]


def test_a_paragraph_of_quotation_after_a_letter_is_its_writers() -> None:
    # Before: nobody's. Only speech before it (said, told, talking about) carried a speaker on
    for letter in (
        "Harbour master Tom Lund set out his reasons in a letter sent to mooring holders on"
        " Wednesday and seen by this newspaper.",
        "Harbour master Tom Lund explained the decision in an email to the fishermen on Wednesday.",
    ):
        body = harbour(
            letter,
            "“Last summer we pulled four tonnes of rubbish from the water. None of it is the"
            " fault of one skipper.”",
        )
        searcher = searcher_for("harbour-letter", body)
        assert quoted(searcher, "four tonnes") == ["Tom Lund"], letter


def test_a_paragraph_of_quotation_after_someone_elses_letter_is_nobodys() -> None:
    # Guard: a letter from someone else, or written with someone else named, is not (only)
    # the subject's, and a later subject takes it away (as before)
    for letter in (
        "Tom Lund received the complaints in a letter from the fishermen's association.",
        "Tom Lund answered in a letter co-signed with Ada Brennan, a councillor.",
        "Tom Lund set out his reasons in a letter. A skipper said he had not read it.",
    ):
        body = harbour(letter, "“We were never asked about any of this.”")
        searcher = searcher_for("harbour-letter-guard", body)
        assert quoted(searcher, "never asked") == [None], letter


def siblings(among: str, asked: str) -> str:
    return harbour(
        "“I can let the harbour rot, or I can let it pay for itself,” said Mayor Tom Ortiz,"
        " whose family has fished the quay for four generations.",
        f"{among} his sister, Lena Ortiz, who keeps a boat at the north mooring.",
        "“I love my brother, but nobody thought to ask me,” she said.",
        f"{asked} said he hoped they would still share Christmas dinner. “She is the one"
        " cooking,” he said.",
    )


def test_her_brother_is_the_man_whose_sister_she_was_named() -> None:
    # Before: nobody's. "his sister, Lena Ortiz," tied her to no one ("his" had no one before
    # it in its sentence), and "her brother" was read only from her side
    body = siblings("Among those against it was", "Her brother")
    searcher = searcher_for("harbour-brother", body)
    assert quoted(searcher, "one cooking") == ["Tom Ortiz"]


def test_a_relative_of_someone_else_stays_nobodys() -> None:
    # Guards: "his" after a noun for a person may be that person's; "her sister" is no man
    searcher = searcher_for(
        "harbour-brother-guard", siblings("A neighbour described", "Her brother")
    )
    assert quoted(searcher, "one cooking") == [None]
    searcher = searcher_for(
        "harbour-sister-guard", siblings("Among those against it was", "Her sister")
    )
    assert quoted(searcher, "one cooking") == [None]


def daughter(appositive: str) -> str:
    return harbour(
        "“We cannot keep every boat,” said Mayor Tom Ortiz, who proposed the limits.",
        f"Lena Ortiz, {appositive}, posted on Facebook on Thursday evening.",
        "“I grew up on this quay, and I understand why people are angry,” she wrote.",
        "She added that her father had told her after the vote, “Let them have their moorings"
        " back.”",
    )


def test_her_father_is_the_one_she_was_named_the_daughter_of_before_and() -> None:
    # Before: nobody's. Only an appositive ending with the relative ("the mayor's daughter,")
    # tied her to him
    searcher = searcher_for(
        "harbour-father",
        daughter("the mayor’s daughter and the harbour’s head of safety since 2021"),
    )
    assert quoted(searcher, "moorings back") == ["Tom Ortiz"]


def test_her_father_of_no_one_named_stays_nobodys() -> None:
    # Guard: a relative of no one the story names ("a fisherman's daughter") ties her to no one
    searcher = searcher_for(
        "harbour-father-guard", daughter("a fisherman’s daughter and the harbour’s head of safety")
    )
    assert quoted(searcher, "moorings back") == [None]
