"""Shapes attribution set 24 (`tests/data/attribution/unseen-24`, attr-26, read whole in the
thirty-fifth session by 9attr37) left nobody's or credited to someone else, by cause, on a
ferry story of our own: titles written without a full stop, as British style writes them ("Ms
Quill", "Mr Quill", "Dr Okafor"), were no titles, so the one of two sharing a surname that
"Ms" picks out was not told, and "Ms Varga, whose shop ..., said" was a person of its own; a
name in quotation marks set off by commas after a noun (`her favourite song, "Harbour
Lights,"`) was the reporter's words; an appositive "the museum's head of conservation" (an
owner, a noun and "of") kept the name before it from its verb; a surname shared by two inside
a relative clause after the subject ("who toured with Quill") kept a pronoun after from the
subject. Each with guards."""

from __future__ import annotations

from bot.engine.attribution.paragraphs import appositive_ok
from bot.engine.names import tokenize
from tests.engine.stories import people_and_roles, quoted, searcher_for, speakers_of

OPENING = (
    "The last ferry between Port Allan and the island of Skarra will sail on Sunday after the"
    " operator lost its subsidy, the council said on Monday."
)
CLOSING = "A replacement service is not expected before the summer."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_titles_without_a_full_stop_are_read_as_titles() -> None:
    # The tokenizer gives "Ms", "Mr", "Dr" before a capitalised word the lower case of the
    # abbreviation, as it does "Ms."; a title not before a name, or in capitals, stays a word
    assert [t.lower for t in tokenize("Ms Quill and Dr Okafor met Mr. Bain, Prof Ito")] == [
        *("ms.", "quill", "and", "dr.", "okafor", "met", "mr.", "bain", ",", "prof.", "ito")
    ]
    assert [t.lower for t in tokenize("the MS Society, Dr and Ms")] == [
        *("the", "ms", "society", ",", "dr", "and", "ms")
    ]


def test_ms_picks_out_the_woman_of_two_sharing_a_surname() -> None:
    # Before: nobody's. "Ms Quill" (no full stop) was no title, so the two Quills stayed a
    # guess
    body = ferry(
        "Morag Quill, who has run the island shop for thirty years, said deliveries would stop.",
        "Her son, Callum Quill, said he had already booked a van for the winter.",
        "“We will be cut off every time the wind blows,” Ms Quill said.",
        "“I will drive the van myself if I have to,” Mr Quill said.",
    )
    searcher = searcher_for("ferry-ms", body)
    assert quoted(searcher, "cut off every time") == ["Morag Quill"]
    assert quoted(searcher, "drive the van") == ["Callum Quill"]


def test_dr_picks_out_the_doctor_of_two_sharing_a_surname() -> None:
    # Before: nobody's, and "Dr Ada Okafor" was a person named "Dr Ada Okafor"
    body = ferry(
        "Dr Ada Okafor, the island's only GP, said patients would have to fly to hospital.",
        "Her brother, Ben Okafor, a fisherman, said he would keep sailing.",
        "“An ambulance flight costs more than a year of the ferry,” Dr Okafor said.",
    )
    searcher = searcher_for("ferry-dr", body)
    assert "Ada Okafor" in people_and_roles(searcher)
    assert quoted(searcher, "ambulance flight") == ["Ada Okafor"]


def test_a_title_and_surname_with_a_relative_clause_is_the_one_named_before() -> None:
    # Before: credited to someone else. "Ms Varga, whose ... , said" read as a full name with
    # a relative clause: a person "Ms Varga" of her own, apart from Ilona Varga
    body = ferry(
        "The chair of the island trust, Ilona Varga, said the council had broken its word.",
        "Ms Varga, whose family has farmed on Skarra since 1850, said the island would empty.",
        "“Young people will not stay where they cannot leave,” she said.",
    )
    searcher = searcher_for("ferry-varga", body)
    assert "Ms Varga" not in people_and_roles(searcher)
    assert quoted(searcher, "cannot leave") == ["Ilona Varga"]


def test_a_name_set_off_after_a_noun_is_nobodys() -> None:
    # Before: the speaker's. A song's name after "her favourite song," inside the clause she
    # reported was read as her words
    body = ferry(
        "Morag Quill said the band would play the ferry's old song, “Harbour Lights,” on the"
        " quay, and that the crew's last boat, “Skarra Lass.” would be sold.",
    )
    searcher = searcher_for("ferry-song", body)
    assert quoted(searcher, "Harbour Lights") == [None]
    assert quoted(searcher, "Skarra Lass") == [None]


def test_words_set_off_after_a_noun_of_speech_stay_the_speakers() -> None:
    # Guard: an answer, a reply are words, however capitalised; "they chant" no noun
    body = ferry(
        "Morag Quill said her answer, “Absolutely Not,” had not changed.",
        "Callum Quill said the islanders chant, “Keep Us Sailing,” at every meeting.",
    )
    searcher = searcher_for("ferry-song-guard", body)
    assert quoted(searcher, "Absolutely Not") == ["Morag Quill"]
    assert quoted(searcher, "Keep Us Sailing") == ["Callum Quill"]


def test_an_owned_head_of_something_is_an_appositive() -> None:
    # Before: nobody's. "the museum's head of conservation" (an owner before "head of") was
    # no appositive, so the name before it was no subject of "said"
    body = ferry(
        "Tomas Vered, the museum's head of conservation, said the island's archive would be"
        " moved to the mainland.",
        "Lena Bask, its head of research, said the move would take a year.",
    )
    searcher = searcher_for("ferry-head", body)
    assert speakers_of(searcher, "archive would be moved") == ["Tomas Vered"]
    assert speakers_of(searcher, "move would take a year") == ["Lena Bask"]


def test_an_owned_phrase_with_a_verb_is_no_appositive() -> None:
    # Guard: a clause of its own, not what the one named is
    assert appositive_ok(tokenize("the council's head of housing"))
    assert not appositive_ok(tokenize("the council's plan of action failed"))


def test_a_shared_surname_inside_the_subjects_relative_clause_leaves_the_pronoun_to_him() -> None:
    # Before: nobody's. "Quill" in the relative clause may be Callum Quill, a man, so two
    # people the "he" may be were named
    body = ferry(
        "Morag Quill said deliveries would stop. Her son, Callum Quill, said he had booked a van.",
        "“Nobody asked us,” Mr Quill said.",
        "The piper Euan Dray, who played with Quill at the harbour for years, posted a video of"
        " the last crossing on Sunday. “That boat carried my whole life,” he wrote.",
    )
    searcher = searcher_for("ferry-relative", body)
    assert quoted(searcher, "carried my whole life") == ["Euan Dray"]


def test_a_shared_surname_as_a_main_clause_object_still_leaves_two() -> None:
    # Guard: outside a relative clause, the object named may be the pronoun's (as before)
    body = ferry(
        "Morag Quill said deliveries would stop. Her son, Callum Quill, said he had booked a van.",
        "“Nobody asked us,” Mr Quill said.",
        "The piper Euan Dray played with Quill at the harbour on Sunday. “That boat carried my"
        " whole life,” he said.",
    )
    searcher = searcher_for("ferry-relative-guard", body)
    assert quoted(searcher, "carried my whole life") == [None]
