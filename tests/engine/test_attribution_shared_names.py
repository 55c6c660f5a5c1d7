"""A surname two people in a story share, written alone in a cue: which of them is meant when
nothing in the text tells. On a ferry story of our own (the shape of unseen-27's a31-43, a
second Kowalski introduced, his words cued by "he said", then `Asked whether ..., Kowalski
said`): after paragraphs of the one introduced last speaking under a pronoun, the name back
again may be the other one, so the words are nobody's rather than a guess; and a role after the
shared name that ends the sentence (`said Mercer, the harbor master.`) tells which, as one set
off by commas does. With guards: the name right after the paragraph introducing someone, the
name back after a paragraph that named them again and was decided there, a rival named only as
whose relative someone is, the role of the one introduced last."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "The ferry between Port Ellery and Gannet Island will stop running in October, the county"
    " said on Monday, after inspectors found corrosion in its hull."
)
CHIEF = (
    "“We cannot put passengers on a boat we would not put our own children on,” said Harbor"
    " Master Colin Mercer, who ordered the inspection. Mercer said repairs would take at least"
    " a year."
)
CLOSING = "The county will hold a public meeting on the closure next Thursday."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, CHIEF, *paragraphs, CLOSING])


ISLANDER = (
    "Peter Mercer, a fisherman who lives on the island with his two sons, said he learned of the"
    " closure from a neighbor. He is not related to the harbor master."
)
HIS_WORDS = "“Nobody from the county called us. Not one person,” he said."


def test_the_shared_name_back_after_the_last_ones_words_is_nobodys() -> None:
    # Before: Peter Mercer's, the one introduced last; Colin Mercer may be meant as well
    body = ferry(
        ISLANDER,
        HIS_WORDS,
        "Asked whether islanders should leave before winter, Mercer said: “Nobody should be"
        " packing up yet, and nobody should be crossing in a storm.”",
    )
    searcher = searcher_for("ferry-rival", body)
    assert quoted(searcher, "Nobody should be packing up") == [None]
    # his own words under "he said" stay his
    assert quoted(searcher, "Nobody from the county called us") == ["Peter Mercer"]


def test_the_shared_name_back_after_a_plain_cue_too() -> None:
    # Before: Peter Mercer's. The same with no question before the cue
    body = ferry(
        ISLANDER,
        HIS_WORDS,
        "“The boat is the only road we have,” Mercer said.",
    )
    assert quoted(searcher_for("ferry-plain", body), "only road we have") == [None]


def test_the_shared_name_right_after_the_paragraph_introducing_one_is_theirs() -> None:
    # Guard: the usual shape, the name cueing the first words of the one just introduced
    body = ferry(
        ISLANDER,
        "“Nobody from the county called us. Not one person,” Mercer said.",
    )
    assert quoted(searcher_for("ferry-next", body), "Nobody from the county") == ["Peter Mercer"]


def test_the_shared_name_after_a_paragraph_deciding_it_goes_on_with_that_one() -> None:
    # Guard: "Mercer said she ..." told which Mercer in the paragraph right before
    body = ferry(
        "Ruth Mercer, a nurse who lives on the island and is not related to the harbor master,"
        " said she would have to find work on the mainland.",
        "“I have crossed on that boat every morning for 22 years,” she said.",
        "Mercer said she had not decided whether to sell her house.",
        "“It was my mother’s house before it was mine,” Mercer said.",
    )
    assert quoted(searcher_for("ferry-decided", body), "my mother’s house") == ["Ruth Mercer"]


def test_a_rival_named_only_as_a_relative_leaves_the_name_to_the_one_introduced() -> None:
    # Guard: the other one of the name is told of only as whose wife she was
    body = "\n".join(
        [
            OPENING,
            "Among those at the meeting was Peter Mercer, 80, a retired fisherman and the"
            " widower of Ann Mercer, a former ferry captain.",
            HIS_WORDS,
            "“She would have been furious about this,” Mercer said.",
            CLOSING,
        ]
    )
    assert quoted(searcher_for("ferry-widower", body), "furious about this") == ["Peter Mercer"]


def test_a_role_ending_the_sentence_after_the_shared_name_tells_which() -> None:
    # Before: Peter Mercer's, introduced in the paragraph before; the role is Colin's
    body = ferry(ISLANDER, "“We will not reopen it this year,” said Mercer, the harbor master.")
    assert quoted(searcher_for("ferry-role", body), "not reopen it") == ["Colin Mercer"]


def test_a_role_ending_the_sentence_after_his_words_keeps_the_one_introduced() -> None:
    # Guard: the role is the one introduced last's, after his words under "he said"
    body = ferry(
        ISLANDER, HIS_WORDS, "“The boat is the only road we have,” said Mercer, the fisherman."
    )
    assert quoted(searcher_for("ferry-own-role", body), "only road we have") == ["Peter Mercer"]


# A role two people in the story hold ("the coach" of two coaches)

MATCH = "The county's two high school teams will play the season's last game on the mainland."


def match(*paragraphs: str) -> str:
    return "\n".join([MATCH, *paragraphs, CLOSING])


def test_a_role_after_a_paragraph_naming_both_holders_is_nobodys() -> None:
    # Before: Mark Hill's, the holder its last sentence names
    body = match(
        "Coach Dana Price of Ellery High said her team would travel by road. Coach Mark Hill of"
        " Gannet Academy said his team would wait for a boat.",
        "“It is a long way round,” the coach said.",
    )
    assert quoted(searcher_for("coach-two", body), "long way round") == [None]


def test_a_role_after_both_holders_joined_as_one_subject_is_nobodys() -> None:
    # Before: Dana Price's; "of Ellery High" hid that Mark Hill was a subject beside her
    body = match(
        "Coach Dana Price of Ellery High and Coach Mark Hill of Gannet Academy met on Sunday.",
        "“It is a long way round,” the coach said.",
    )
    assert quoted(searcher_for("coach-joined", body), "long way round") == [None]


def test_a_role_after_a_paragraph_naming_one_holder_is_theirs() -> None:
    # Guard: the other coach named further back
    body = match(
        "Coach Dana Price of Ellery High said her team would travel by road.",
        "Coach Mark Hill of Gannet Academy said his team would wait for a boat.",
        "“It is a long way round,” the coach said.",
    )
    assert quoted(searcher_for("coach-one", body), "long way round") == ["Mark Hill"]


def test_a_role_after_its_holder_in_the_same_paragraph_is_theirs() -> None:
    # Guard: the paragraph before names both; the cue's own paragraph names one
    body = match(
        "Coach Dana Price of Ellery High and Coach Mark Hill of Gannet Academy met on Sunday.",
        "Hill said his team would wait for a boat. “It is a long way round,” the coach said.",
    )
    assert quoted(searcher_for("coach-own", body), "long way round") == ["Mark Hill"]


def test_the_shared_name_after_the_last_ones_quotation_ran_on_is_theirs() -> None:
    # Guard: no pronoun cued his words between; the name is the first cue since his own
    body = ferry(
        "Peter Mercer, a fisherman who lives on the island, said: “We have lived here forty years.",
        "“Nobody from the county called us. Not one person.”",
        "“The boat is the only road we have,” Mercer said.",
    )
    assert quoted(searcher_for("ferry-ran-on", body), "only road we have") == ["Peter Mercer"]
