"""Wrong credits of a blind attribution set (twenty-sixth session, 9attr17w), by cause, on a
library story of our own: a surname referring ahead to someone the story names only later, a
capitalised occupation after a capitalised common word ("Assembly Speaker"), a pronoun whose
sentence gives a role to the one person it may be ("the mayor ...; he"), words relayed by a
name in apposition after a description in a reported clause, and a document's words renamed
by a noun that a clause of saying is about. Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = "The county board voted on Tuesday to close the Millbrook library branch."
CLOSING = "The board meets again in June."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_capitalised_occupation_after_a_capitalised_common_word_is_a_role() -> None:
    # Before: "Assembly Speaker Pamela Voss" was no one ("Speaker" after a capitalised word
    # stayed part of a longer name), her words "called ... "..."" nobody's, and the "Voss said"
    # after went to Daniel Voss, whom the story names only in the paragraph after
    body = library(
        "“This is a budget drawn by accountants,” Osterman wrote.",
        "Assembly Speaker Pamela Voss, a Republican who wrote the library bill, called the vote"
        " “a quiet disaster” and said the chamber would appeal.",
        "“Nobody on that board has set foot in this building,” Voss said in a statement.",
        "Senate Minority Leader Daniel Voss, a Democrat who is not related to the speaker, said"
        " the vote proved what his caucus had argued.",
    )
    searcher = searcher_for("library-speaker", body)
    assert "speaker" in people_and_roles(searcher)["Pamela Voss"]
    assert quoted(searcher, "a quiet disaster") == ["Pamela Voss"]
    assert quoted(searcher, "set foot") == ["Pamela Voss"]


def test_a_place_before_an_occupation_keeps_the_run_a_name() -> None:
    # guard: only capitalised common words make the role ("Dayton" is none): as before
    body = library("Dayton Clerk Pamela Voss said the branch was “worth keeping.”")
    assert "Pamela Voss" not in people_and_roles(searcher_for("library-dayton", body))


def test_a_surname_never_refers_ahead_to_someone_named_later() -> None:
    # Before: "Voss said" went to Daniel Voss, first named in the paragraph after, when the
    # Voss meant ("Senate Minority Whip Pamela Voss") was missed by the people reader
    body = library(
        "Senate Minority Whip Pamela Voss, a Democrat who wrote the library bill, called the"
        " vote a mistake.",
        "“Nobody on that board has set foot in this building,” Voss said in a statement.",
        "Board member Daniel Voss, who is not related to the senator, said the branch cost too"
        " much to heat. “We cannot heat a museum,” Voss said.",
    )
    searcher = searcher_for("library-later", body)
    assert quoted(searcher, "set foot") != ["Daniel Voss"]
    assert quoted(searcher, "heat a museum") == ["Daniel Voss"]  # guard: named before


def mayoral(sentence: str) -> str:
    return library(
        "Mayor Harold Brandt won a third term by four votes, and his challenger, Linda Brandt,"
        " asked for a recount.",
        "“Every vote matters,” Linda Brandt said. She is not related to the mayor.",
        "Judge Omar Reyes has set a hearing for Monday. At a short meeting on Friday, the judge"
        " told lawyers that he wanted “an answer soon, not a perfect answer later.”",
        f"The race has been bitter for a small town. {sentence}",
    )


def test_a_pronoun_is_the_one_role_holder_of_its_sentence_it_may_be() -> None:
    # Before: "he" went to the judge, the last speaker (Linda Brandt set aside as a woman),
    # though its own sentence names the mayor, the one man in it
    body = mayoral(
        "Linda Brandt has accused the mayor of neglecting the old library; he has called her"
        " plans for it “a fantasy with a budget line.”"
    )
    searcher = searcher_for("library-mayor", body)
    assert quoted(searcher, "a fantasy with") == ["Harold Brandt"]
    assert quoted(searcher, "an answer soon") == ["Omar Reyes"]


def test_a_role_owning_someone_else_decides_nothing() -> None:
    # guard: "the mayor's aide" is someone else again: not the mayor's
    body = mayoral(
        "Linda Brandt has accused the mayor's aide of neglecting the old library; he has"
        " called her plans for it “a fantasy with a budget line.”"
    )
    searcher = searcher_for("library-aide", body)
    assert quoted(searcher, "a fantasy with") != ["Harold Brandt"]


def test_words_relayed_by_a_name_apposed_to_a_description_are_theirs() -> None:
    # Before: Tomas Kell was no one, and the partial quotation his telling gives went to Ruiz,
    # as did the "She said" introducing her own next quotation
    body = library(
        "Teacher Alma Ruiz said the closure would hurt her students.",
        "Ruiz said a librarian at the branch, Tomas Kell, told her the shelves had been"
        " “emptier every month since the vote.” She said, “I believed him.”",
    )
    searcher = searcher_for("library-relayed", body)
    assert quoted(searcher, "emptier every") == ["Tomas Kell"]
    assert quoted(searcher, "I believed him") == ["Alma Ruiz"]


def test_an_object_apposed_to_a_description_is_no_teller() -> None:
    # guard: the description is the object of Ruiz's verb, and she is the one who told
    body = library(
        "Teacher Alma Ruiz said the closure would hurt her students.",
        "Ruiz thanked a librarian at the branch, Tomas Kell, and said the shelves had been"
        " “emptier every month since the vote.”",
    )
    searcher = searcher_for("library-thanked", body)
    assert quoted(searcher, "emptier every") != ["Tomas Kell"]


def test_a_clause_of_saying_about_a_noun_renaming_the_words_gives_them_no_speaker() -> None:
    # Before: the charter's words went to Osei, who says the pledge was broken
    body = library(
        "Council member Victor Osei, who represents the district, has asked the board to"
        " delay the closure. The county charter promises “a library within walking distance"
        " of every home,” a pledge he said was broken.",
        "“This is the public's building,” the council member said on Monday.",
    )
    searcher = searcher_for("library-charter", body)
    assert quoted(searcher, "walking distance") == [None]
    assert quoted(searcher, "public's building") == ["Victor Osei"]


def test_a_quotation_a_relative_clause_describes_is_its_subjects() -> None:
    # guard: no noun between the quotation and the clause: the words are Osei's
    body = library(
        "Council member Victor Osei, who represents the district, has asked the board to"
        " delay the closure. The “quiet disaster” Osei described was the closing of the"
        " reading room.",
    )
    searcher = searcher_for("library-described", body)
    assert quoted(searcher, "quiet disaster") == ["Victor Osei"]


def test_a_role_as_an_object_is_its_holder_though_the_subject_has_no_role() -> None:
    # Before: nobody: "the mayor" after a subject the story gives no role ("Linda Brandt has
    # accused") was read as maybe her, as "the coach said" after such a subject may be
    body = library(
        "Mayor Harold Brandt won a third term by four votes.",
        "Linda Brandt asked for a recount. “Count them all again,” Brandt said.",
        "Linda Brandt has accused the mayor of neglecting the library; he has called her plans"
        " “a fantasy with a budget line.”",
    )
    searcher = searcher_for("library-roleless", body)
    assert quoted(searcher, "a fantasy with") == ["Harold Brandt"]


def test_a_cue_introducing_the_next_quotation_leaves_a_labelled_one_to_its_own_cue() -> None:
    # Before: "Ana Harlan said, ..." was taken for the cue of "reckless" as well (a cue after a
    # quotation ending its sentence was its own unless the quotation followed a comma or colon)
    body = library(
        "Board member Tom Marsh called the plan “reckless.” Ana Harlan said, “It is not.”"
    )
    searcher = searcher_for("library-label", body)
    assert quoted(searcher, "reckless") == ["Tom Marsh"]
    assert quoted(searcher, "It is not") == ["Ana Harlan"]
