"""Shapes attribution set 11 (`tests/data/attribution/unseen-11`, attr-12, read whole in the
twenty-seventh session by 9attr19) left nobody's, by cause, on a library story of our own: a
kin noun whose holder is written as a surname several people share (`Greer's niece, Dana
Greer,`), a subject after "Among those who ... was", and a body part the sayer's participle
clause owns (`Lindqvist said, shaking her head`). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "The county board voted on Tuesday to close the Millbrook library branch."
CLOSING = "The board meets again in June."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def nieces(before: str = "") -> str:
    return library(
        f"Board Chairman Walter Greer said the vote was “the hardest of my career.”{before}",
        "Greer's niece, Dana Greer, a teacher who led the campaign to save the branch, stood"
        " beside him.",
        "A hearing is set for June. Asked whether the board would reconsider, the chairman said"
        " the door was “open, but not wide.”",
        "“We're not done,” his niece said. “We will be back.”",
    )


def test_his_niece_is_the_one_named_as_the_niece_of_the_only_one_of_a_surname_named_so_far() -> (
    None
):
    # Before: nobody's. "Greer's" held both Greers (Dana is named in the same sentence, after
    # it), so the story's tie "niece of Walter" was never made
    searcher = searcher_for("library-niece", nieces())
    assert quoted(searcher, "open, but not wide") == ["Walter Greer"]
    assert quoted(searcher, "not done") == ["Dana Greer"]
    assert quoted(searcher, "will be back") == ["Dana Greer"]


def test_a_kin_holder_of_a_surname_two_were_named_by_stays_nobody() -> None:
    # Guard: with Paul Greer named before too, "Greer's" may be either: no tie, nobody's
    body = nieces(" His brother, Paul Greer, a board member, voted against it.")
    assert quoted(searcher_for("library-niece-two", body), "not done") == [None]


def among(sentence: str) -> str:
    return library(
        "“We will miss the place,” said Head Librarian Paul Quint.",
        f"{sentence} She packed a thermos and a folding chair.",
        "“I cried the whole way home,” she said, sitting on a bench by the door.",
    )


def test_the_subject_after_among_those_who_did_something_is_the_pronouns() -> None:
    # Before: nobody's. "Among those who came was Nora Ellison" was not read as an inverted
    # subject: the relative clause's verb "came" looked like a clause of its own
    body = among(
        "Among those who came on the last day was Nora Ellison, 81, who has used the branch"
        " since 1962."
    )
    assert quoted(searcher_for("library-among", body), "cried the whole") == ["Nora Ellison"]


def test_a_clause_with_a_subject_of_its_own_before_the_name_stays_nobody() -> None:
    # Guard: "he said the last visitor was Nora Ellison": Nora is no subject the pronoun
    # points back to
    body = among("At the door he said the last visitor was Nora Ellison, 81.")
    assert quoted(searcher_for("library-he-said", body), "cried the whole") == [None]


def lindqvists(cue: str) -> str:
    return library(
        "At the branch, Teresa Lindqvist, 67, said she had come every week since 1990.",
        "“They told me the branch was safe. I believed them,” Lindqvist said.",
        "Her husband, Gunnar Lindqvist, was more forgiving. “The board has no money. I"
        " understand,” he said.",
        f"“They should have asked us first,” {cue}.",
    )


def test_a_body_part_the_sayers_participle_owns_says_which_of_a_shared_surname() -> None:
    # Before: nobody's (the paragraph before introduces Gunnar; "her" vetoed him, and
    # nothing chose Teresa)
    searcher = searcher_for("library-shaking", lindqvists("Lindqvist said, shaking her head"))
    assert quoted(searcher, "asked us first") == ["Teresa Lindqvist"]
    assert quoted(searcher, "no money") == ["Gunnar Lindqvist"]
    inverted = searcher_for("library-shaking-2", lindqvists("said Lindqvist, wiping her eyes"))
    assert quoted(inverted, "asked us first") == ["Teresa Lindqvist"]


def test_a_possessive_of_something_else_decides_nothing() -> None:
    # Guard: "handing her the keys": "her" may be someone else
    body = lindqvists("Lindqvist said, handing her the keys")
    assert quoted(searcher_for("library-handing", body), "asked us first") == [None]
