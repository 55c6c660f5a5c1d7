"""Shapes attribution set 11 (`tests/data/attribution/unseen-11`, attr-12, read whole in the
twenty-seventh session by 9attr19) left nobody's, by cause, on a library story of our own: a
kin noun whose holder is written as a surname several people share (`Greer's niece, Dana
Greer,`), a subject after "Among those who ... was", a body part the sayer's participle
clause owns (`Lindqvist said, shaking her head`), a pronoun the speaker cannot be after words
someone relayed (`... relayed to reporters by Moravec.` / `"...," she added`), and a shared
surname after paragraphs only of one of them speaking that named them again, decided (a shared
surname after the introduction of one of them and paragraphs only of that one speaking, cued by
a pronoun, was hers until 9surname: nobody's now, the other one may be meant). Each with
guards."""

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


def relayed(aide: str, pronoun: str) -> str:
    return library(
        f"Board Chairman Walter Greer was not at the meeting. His {aide} said Greer had spent"
        " the day with the state auditors.",
        "“The branch is not gone for good,” Greer said in remarks relayed to reporters by"
        f" {aide.split()[-1]}.",
        f"“He is upset. He grew up two blocks from it,” {pronoun} added.",
    )


def test_a_pronoun_the_speaker_cannot_be_is_the_one_who_relayed_the_words() -> None:
    # Before: nobody's. Greer is a man; Celia Moravec, who passed his words on to the
    # reporters, spoke too
    searcher = searcher_for("library-relayed", relayed("spokeswoman, Celia Moravec,", "she"))
    assert quoted(searcher, "not gone for good") == ["Walter Greer"]
    assert quoted(searcher, "grew up two blocks") == ["Celia Moravec"]


def test_a_pronoun_both_the_speaker_and_the_relayer_may_be_stays_nobodys() -> None:
    # Guard: "he" may be Greer or Tom Reed, who relayed his words: a guess
    body = relayed("aide, Tom Reed,", "he")
    assert quoted(searcher_for("library-relayed-he", body), "grew up two blocks") == [None]


def reyeses(between: str) -> str:
    return library(
        "“We did not want this,” said Daniel Reyes, president of the library workers' union.",
        "The county's budget director, Laura Reyes, who is not related to the union"
        " president, said the county would keep two other branches open.",
        "“It is a hard year, and I want to be honest with people about that,” she said.",
        between,
        "Asked whether the branch could reopen, Reyes said that was “not something anyone"
        " here is planning.”",
    )


def test_a_shared_surname_after_the_introduction_and_her_own_words_is_nobodys() -> None:
    # Hers from 9attr19 (twenty-seventh session) to 9surname (thirty-eighth): the paragraph
    # right before is her words, cued by "she", the one before it introduces Laura Reyes; but
    # the name written again where "she" would have done may be Daniel Reyes's, who spoke
    # before (unseen-27's a31-43, the same shape, is nobody's by its key):
    # test_attribution_shared_names
    searcher = searcher_for("library-reyes", reyeses(""))
    assert quoted(searcher, "hard year") == ["Laura Reyes"]
    assert quoted(searcher, "not something anyone") == [None]


def test_a_shared_surname_after_someone_elses_words_stays_nobodys() -> None:
    # Guard: a paragraph of nobody's words between
    body = reyeses("A retired teacher who asked not to be named called the vote “a disgrace.”")
    assert quoted(searcher_for("library-reyes-2", body), "not something anyone") == [None]


def delgados(between: str) -> str:
    return library(
        "“We can replace a building. We cannot replace a library,” Sheriff Marcus Delgado said"
        " at the meeting.",
        "Among those who came to the meeting was Rosa Delgado, 72, who is not related to the"
        " sheriff. She brought a box of overdue books.",
        "“I have been coming here since 1979,” she said, sitting in the front row.",
        between,
        "“The roof leaked, then the heat failed, then they took the chairs,” Delgado said.",
    )


def test_a_shared_surname_after_a_paragraph_the_pronoun_decided_is_the_same_ones() -> None:
    # Before: nobody's (and "since 1979" too). The paragraph before names "Delgado" with
    # "she" deciding which: still Rosa Delgado speaking
    body = delgados(
        "Delgado said she had read every mystery on the second floor as she waited to speak."
    )
    searcher = searcher_for("library-delgado", body)
    assert quoted(searcher, "cannot replace") == ["Marcus Delgado"]
    assert quoted(searcher, "since 1979") == ["Rosa Delgado"]
    assert quoted(searcher, "roof leaked") == ["Rosa Delgado"]


def test_a_shared_surname_after_the_others_words_stays_nobodys() -> None:
    # Guard: the sheriff spoke in the paragraph before
    body = delgados("“We will not let it close,” the sheriff said.")
    searcher = searcher_for("library-delgado-2", body)
    assert quoted(searcher, "not let it close") == ["Marcus Delgado"]
    assert quoted(searcher, "roof leaked") == [None]
