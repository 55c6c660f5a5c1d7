"""Initials of the names a story spells out, read in questions as those names; initials it
does not spell out still refused."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

HARBOUR = "\n".join(
    [
        "The Coastal Flood Authority voted on Tuesday to close the old harbour gates for good.",
        "Mayor Dana Whitfield said the vote came after two winters of flooding in the lower town.",
        "Fishermen who rely on the gates told the council they were never asked.",
        "The Civic Action Trust, which owns the pier, said it would sue over the closure.",
        "Repairs to the sea wall will be paid for by the Regional Transit Board, which runs "
        "the ferry.",
        "The ferry will keep its summer timetable.",
        "Officials from Harbour Control were not at the meeting.",
    ]
)


@pytest.fixture(scope="module")
def harbour() -> Searcher:
    return searcher_for("harbour-gates", HARBOUR)


def first_paragraph(searcher: Searcher, question: str) -> int:
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    return answer.passages[0].paragraph


def test_capital_initials_read_as_the_name_the_story_spells_out(harbour: Searcher) -> None:
    assert first_paragraph(harbour, "why did the CFA shut the gates") == 1
    assert first_paragraph(harbour, "who pays for the wall, the RTB?") == 5


def test_lower_case_initials_that_are_no_word_read_as_the_name(harbour: Searcher) -> None:
    answer = harbour.ask("whats up with the cfa")
    assert answer.answered, answer.reason
    assert answer.passages[0].paragraph == 1


def test_initials_a_story_uses_are_never_refused_as_unknown(harbour: Searcher) -> None:
    """Before, a name typed as initials was a name the corpus never uses: "The story doesn't
    mention CFA"."""
    for question in ("what is the CFA", "what did the CFA decide?", "anything on rtb"):
        answer = harbour.ask(question)
        assert answer.answered, (question, answer.reason)


def test_a_lower_case_english_word_stays_a_word(harbour: Searcher) -> None:
    """ "cat" is a word (which the story does not use), not the Civic Action Trust; typed
    "CAT" it is the trust."""
    capitals = harbour.ask("will the CAT sue")
    assert (capitals.confidence, capitals.passages[0].paragraph) == ("high", 4)
    assert harbour.ask("will the cat sue").confidence == "low"


def test_initials_the_story_does_not_spell_out_are_still_refused(harbour: Searcher) -> None:
    # as someone it does not quote, naming whom it does (before: "doesn't mention EPA.")
    answer = harbour.ask("what did the EPA say about the gates")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the EPA."
    assert answer.quoted_speakers or answer.reported_speakers  # whom it does quote or report


def test_two_capital_letters_of_a_name_are_searched_not_refused(harbour: Searcher) -> None:
    """Two letters are too few to read as a name ("HC" may be anything), but a story that
    spells out "Harbour Control" is no evidence of silence about "HC"; nor one that names
    Dana Whitfield about "DW"."""
    assert harbour.ask("was HC at the meeting").answered
    assert harbour.ask("what did DW say about the vote").answered
    refused = harbour.ask("was the NY office at the meeting")
    assert refused.reason == "The story doesn't mention NY."


def test_a_person_s_initials_read_as_them() -> None:
    searcher = searcher_for(
        "gates-interview",
        "\n".join(
            [
                "Harbour master Ana Lucia Ortega said the gates had outlived their use.",
                "“We cannot keep patching them,” Ortega said.",
            ]
        ),
    )
    answer = searcher.ask("what did ALO say")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Ana Lucia Ortega"


def test_each_name_s_initials_with_and_without_its_small_words() -> None:
    from bot.engine.initials import name_initials

    text = "Still, the Department of Homeland Security and Tren de Aragua were named."
    found = {term: text[start:end] for term, start, end in name_initials(text)}
    assert found["DHS"] == found["DOHS"] == "Department of Homeland Security"
    assert found["TDA"] == "Tren de Aragua"
    sentence = "Temporary Protected Status for Salvadorians was granted."
    found = {term: sentence[start:end] for term, start, end in name_initials(sentence)}
    assert found["TPS"] == "Temporary Protected Status"  # the stretch before "for"


RIGHTS = "\n".join(
    [
        "The Coastal Rights Watch counted 4,000 detentions in the province last year.",
        "“The detentions are arbitrary,” the Coastal Rights Watch said in a report.",
        "Governor Ana Ruiz said the arrests had made the streets safer.",
        "“Crime has fallen by half,” Ruiz said.",
        "The province has 2 million residents.",
    ]
)


def test_initials_of_someone_quoted_are_held_where_a_passage_names_them() -> None:
    # Before: "crw" was a topic word no passage holds, as much as "detentions": the count
    # beside the watch's name was shown, its passage first, at low confidence
    rights = searcher_for("rights", RIGHTS)
    answer = rights.ask("crw detentions number")
    assert answer.confidence == "high"
    assert "4,000 detentions" in answer.passages[0].text


def test_initials_that_spell_a_word_name_the_body_only_in_capitals() -> None:
    """Before: "FUN", the initials of the Families United Network, named it in "will the fun
    end", whose first passage was the network's, rated high."""
    searcher = searcher_for(
        "fun-network",
        "\n".join(
            [
                "The Harwick school board voted on Tuesday to close two elementary schools.",
                "The Families United Network said it would ask a judge to stop the closures.",
                "Parent Gloria Antunes said the last week of school should still be fun for"
                " the children.",
                "The board meets again in March.",
            ]
        ),
    )
    assert first_paragraph(searcher, "will the fun end") == 3
    assert first_paragraph(searcher, "what did the FUN say") == 2
