"""Shapes attribution set 16 (`tests/data/attribution/unseen-16`, attr-18, read whole in the
thirty-first session by 9attr29) left nobody's or credited wrongly, by cause, on a mine rescue
story of our own: a body's name going on past its head with "of" after "according to" ("the
Nevada Bureau of Mines and Geology"); a body's short name declared with ", as the <noun> is
known," ("Penn State" of Pennsylvania State University); a clause reported after "said" whose
subject is a first name alone ("Omar Haddad said Yusuf had slept ..."); a cue mid-sentence
before ", and" ("..., Voss said, and the county has opened ..."); ", which said" after a body
named with "the" ("the Annals of Mining Engineering, which said"). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = (
    "ELKO, Nev. — Rescuers on Wednesday reached the last two miners trapped by a collapse at"
    " the Copper Basin mine, the county said."
)
CLOSING = "The mine will stay closed through the end of the month."


def mine(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_bodys_name_going_on_with_of_after_according_to_is_the_whole_name() -> None:
    # Before: "Nevada Bureau", a body the story never names so (the name was cut at "of")
    body = mine(
        "The shaft had been “structurally unsound for years,” according to the Nevada Bureau"
        " of Mines and Geology.",
    )
    searcher = searcher_for("mine-bureau", body)
    assert quoted(searcher, "structurally unsound") == ["Nevada Bureau of Mines and Geology"]
    # "and" before a given name joins no more of the name (before: "Office")
    body = mine(
        "The crews were “out of options by noon,” according to the Office of Mines and Maria Voss.",
    )
    searcher = searcher_for("mine-bureau-and", body)
    assert quoted(searcher, "out of options") == ["Office of Mines"]


def test_a_title_with_of_after_according_to_stays_nobody() -> None:
    # Guard: "of" after no body's noun ("the Governor of Nevada", a person's title)
    body = mine(
        "The shaft was “a disaster waiting to happen,” according to the Governor of Nevada.",
    )
    searcher = searcher_for("mine-bureau-guard", body)
    assert quoted(searcher, "waiting to happen") == [None]


def penn_state(*others: str) -> str:
    return mine(
        *others,
        "The rescue plan was drawn up with help from engineers at Pennsylvania State"
        " University, according to Pennsylvania State University.",
        "Penn State, as the university is widely known, said in a statement that its team had"
        " “never seen a rescue this deep.”",
    )


def test_a_bodys_short_name_declared_as_known_is_the_body() -> None:
    # Before: "Penn State", someone of its own ("Penn" a first name)
    searcher = searcher_for("mine-short", penn_state())
    assert quoted(searcher, "rescue this deep") == ["Pennsylvania State University"]


def test_a_short_name_two_bodies_shorten_to_stays_its_own() -> None:
    # Guard: Pennsylvania State University and the Pennsylvania State Police both shorten to
    # "Penn State": which one is unsure, so it is a body of its own, no one else
    body = penn_state(
        "Troopers from the Pennsylvania State Police escorted the team, according to the"
        " Pennsylvania State Police.",
    )
    searcher = searcher_for("mine-short-guard", body)
    assert quoted(searcher, "rescue this deep") in ([None], ["Penn State"])


def home(said: str) -> str:
    return mine(
        "Yusuf Haddad, 19, was the last miner brought to the surface.",
        "His father, Omar Haddad, waited at the gate for two days.",
        "Mine manager Carla Voss said the crews had worked through the night.",
        f"Back at the house, {said} had slept for twelve hours.",
        "“He asked for his mother's lentil soup. That's all he wanted,” he said.",
    )


def test_a_clause_reported_with_a_first_name_for_subject_is_the_speakers() -> None:
    # Before: nobody's, both. "Yusuf" alone is no name the story lists, so "said" reported no
    # clause, and "he said" after had no one speaking in the paragraph before
    searcher = searcher_for("mine-first-name", home("Omar Haddad said Yusuf"))
    assert speakers_of(searcher, "slept for twelve hours") == ["Omar Haddad"]
    assert quoted(searcher, "lentil soup") == ["Omar Haddad"]


def test_a_first_name_the_story_does_not_know_reports_nothing() -> None:
    # Guard: "Peter" is no one's first name in the story: no reported clause, no speaker
    searcher = searcher_for("mine-first-name-guard", home("Omar Haddad said Peter"))
    assert speakers_of(searcher, "slept for twelve hours") == []


def pay(cue: str) -> str:
    return mine(
        "Mine manager Carla Voss said the crews had worked through the night.",
        "County Commissioner Ruth Okafor toured the site on Tuesday.",
        f"Overtime for the rescue crews comes to $9,000 a day, {cue}, and the county has"
        " opened a shelter at the high school.",
        "Standing by the gate, she said the crews would keep digging. “We stay until everyone"
        " is home,” she said.",
    )


def test_a_cue_in_mid_sentence_before_and_is_a_cue() -> None:
    # Before: nobody's, both. The cue's sentence went on after ", and", so it was read as no
    # cue, and "she said" after had no one speaking in the paragraph before
    searcher = searcher_for("mine-and", pay("Voss said"))
    assert speakers_of(searcher, "Overtime for the rescue crews") == ["Carla Voss"]
    assert quoted(searcher, "until everyone is home") == ["Carla Voss"]


def test_a_cue_in_mid_sentence_of_someone_unnamed_stays_nobody() -> None:
    # Guard: "officials said" names no one, so nor does "she said" after it
    searcher = searcher_for("mine-and-guard", pay("officials said"))
    assert speakers_of(searcher, "Overtime for the rescue crews") in ([], [None])
    assert quoted(searcher, "until everyone is home") == [None]


def retracted(by: str) -> str:
    return mine(
        f"A 2019 study of the shaft was withdrawn by {by}, which said in a notice that its"
        " data “could not be verified.”",
    )


def test_which_said_after_a_body_named_with_the_is_the_body() -> None:
    # Before: nobody's. "which" opened no subject
    searcher = searcher_for("mine-which", retracted("the Annals of Mining Engineering"))
    assert quoted(searcher, "could not be verified") == ["Annals of Mining Engineering"]


def test_which_said_after_a_place_or_a_person_stays_nobody() -> None:
    # Guards: a place after "the town of"; a person named with no "the"
    for by in ("the town of Elko", "Dr. Helen Marsh"):
        searcher = searcher_for("mine-which-guard", retracted(by))
        assert quoted(searcher, "could not be verified") == [None]


def calling(clause: str) -> str:
    return mine(
        "Union president Mark Lutz has represented the Copper Basin miners since 2015.",
        f"{clause}, calling the delay “a slap in the face of every family here.”",
    )


def test_a_participle_after_a_main_clause_with_a_verb_of_speech_reporting_nothing() -> None:
    # Before: nobody's. The main clause's verb was one of speech ("urged ... to"), which was
    # taken for a clause the participle might belong to, though it reported none; and
    # "parties" after "both" was read as the main clause's verb, with "both" its subject
    for clause in (
        "Lutz urged the company to reopen the east shaft",
        "Lutz blamed both parties for the slow start",
    ):
        searcher = searcher_for("mine-calling", calling(clause))
        assert quoted(searcher, "slap in the face") == ["Mark Lutz"]


def test_a_participle_after_a_body_or_a_pair_stays_nobody() -> None:
    # Guards: a body's statement (a collective source); "both" as the subject
    for clause in (
        "The Copper Basin Miners Union urged the company to reopen the east shaft",
        "Lutz and the manager met on Monday. They both agreed",
    ):
        searcher = searcher_for("mine-calling-guard", calling(clause))
        assert quoted(searcher, "slap in the face") == [None]


def union(name: str) -> str:
    return mine(f"“Nobody goes back down until the vents are fixed,” {name} said in a post on X.")


def test_a_body_named_for_its_members_with_of_is_the_speaker_of_its_cue() -> None:
    # Before: nobody's. Only a noun for a body ("Department", "Bureau") was read before "of"
    for name, body in (
        ("the Western Hardrock Miners of America", "Western Hardrock Miners of America"),
        ("the Friends of Copper Basin", "Friends of Copper Basin"),
    ):
        searcher = searcher_for("mine-members", union(name))
        assert quoted(searcher, "vents are fixed") == [body]


def test_people_of_a_title_or_a_family_with_of_stay_nobody() -> None:
    # Guards: holders of a title ("the Governors of Nevada"); two capitalised words only
    for name in (
        "the Governors of Nevada and Utah",
        "the Governors of Nevada",
        "the Lutzes of Elko",
    ):
        searcher = searcher_for("mine-members-guard", union(name))
        assert quoted(searcher, "vents are fixed") == [None]


def haddads(scene: str) -> str:
    return mine(
        "Shift boss Omar Haddad and his son, Yusuf Haddad, a miner, were both underground when"
        " the roof gave way.",
        f"{scene} “He will walk again. That is all I know,” Haddad said.",
    )


def test_a_shared_surname_after_a_quotation_is_the_subject_of_the_sentence_before() -> None:
    # Before: nobody's with the role ("Haddad" names both; the one the sentence before has
    # acting was not read); with the full name the one named last was credited already
    for scene, who in (
        ("Asked about his son's injuries, the shift boss looked away.", "Omar Haddad"),
        ("Yusuf Haddad leaned on his crutches.", "Yusuf Haddad"),
    ):
        searcher = searcher_for("mine-surname", haddads(scene))
        assert quoted(searcher, "walk again") == [who]


def test_a_shared_surname_after_someone_else_or_a_shared_role_acting_stays_nobody() -> None:
    # Guards: someone else acting; a plural, both of them
    for scene in ("The doctor spoke first.", "The men sat on the tailgate."):
        searcher = searcher_for("mine-surname-guard", haddads(scene))
        assert quoted(searcher, "walk again") == [None]


def foreman(clause: str) -> str:
    # "Teague", a given name of either gender: no "he" is known to fit the miner
    return mine(
        "Driller Teague Ortega, 31, said he had worked underground for ten years. Ortega said"
        f" {clause} and told him, “Nobody goes down the east shaft alone.”",
    )


def test_told_him_after_the_same_object_in_a_clause_reported_is_its_subjects() -> None:
    # Before: nobody's. "told him" went on the reported clause only when its object was a
    # person the clause named after its verb, or one of the pronoun's gender
    for clause in (
        "his foreman, Dale Burke, pulled him aside on Friday",
        "that the foreman, Dale Burke, pulled him aside on Friday",
    ):
        searcher = searcher_for("mine-told", foreman(clause))
        assert quoted(searcher, "east shaft alone") == ["Dale Burke"]


def test_told_him_after_a_role_no_one_holds_or_another_object_stays_nobody() -> None:
    # Guards: "his foreman" names no one; "pulled her aside ... and told him": him may be
    # anyone, the teller too
    for clause in (
        "his foreman pulled him aside on Friday",
        "his foreman, Dale Burke, pulled her aside on Friday",
    ):
        searcher = searcher_for("mine-told-guard", foreman(clause))
        assert quoted(searcher, "east shaft alone") == [None]


def test_told_him_after_a_clause_opening_with_a_name_not_known_yet_is_that_names() -> None:
    # Before: Teague Ortega's, a wrong credit. "Dale Burke", named there first with no role,
    # was no name the people reader listed, so the clause reported with no "that" was not read
    # and the words went to the cue before it
    searcher = searcher_for("mine-told-new", foreman("Dale Burke pulled him aside on Friday"))
    assert quoted(searcher, "east shaft alone") == ["Dale Burke"]


def test_told_him_after_a_name_not_known_yet_with_another_object_is_not_that_names() -> None:
    # Guard: "pulled her aside ... and told him": not the new name's for sure (as before)
    searcher = searcher_for("mine-told-new-guard", foreman("Dale Burke pulled her aside"))
    assert quoted(searcher, "east shaft alone") != ["Dale Burke"]
