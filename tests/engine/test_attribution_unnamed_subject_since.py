"""A verb after "and" with no subject of its own, in a sentence where someone the story does
not name became a clause subject after the speaker spoke: whose verb "and" joins it to is a
guess, so the words it governs are nobody's (attribution set 11, twenty-fourth session; only
its wrong credits read). Each story is of our own wording, with guards that must stay."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = "The Harwick school board voted on Tuesday to close two elementary schools."
CLOSING = "The board meets again in March."


def schools(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_words_after_and_told_with_an_unnamed_subject_since_the_speaker_are_nobodys() -> None:
    # Before: "and told" took the sentence's speaker, Antunes, for subject: the words the
    # crossing guard told her were credited to her
    body = schools(
        "Parent Gloria Antunes spoke first, holding a stack of letters from families.",
        "Antunes said a crossing guard had flagged her down outside the gym and told her the"
        " closing was “the worst news this corner has had in years.”",
        "Two weeks later, Antunes said, her son's old coach phoned and warned her the district"
        " would “sell the field before the ink is dry.”",
        "“Nobody here was asked,” Antunes said.",
    )
    searcher = searcher_for("harwick-guard", body)
    assert quoted(searcher, "worst news this corner") == [None]
    assert quoted(searcher, "sell the field") == [None]
    assert quoted(searcher, "Nobody here was asked") == ["Gloria Antunes"]


def test_and_with_a_subject_that_is_no_person_still_takes_the_speakers_verb() -> None:
    # guards: the reported clause's subject is a thing ("the vote"), or no clause subject
    # comes between the speaker's verb and "and": the verb after "and" is the speaker's
    body = schools(
        "Parent Gloria Antunes spoke first, holding a stack of letters from families.",
        "Antunes said the vote had come too fast and called the plan “a map drawn in pencil.”",
        "Board member Ivo Ranta listened to the parents for an hour and told them the budget"
        " was “short by a whole school.”",
    )
    searcher = searcher_for("harwick-guards", body)
    assert quoted(searcher, "a map drawn in pencil") == ["Gloria Antunes"]
    assert quoted(searcher, "short by a whole school") == ["Ivo Ranta"]


def test_a_comma_before_and_closes_the_reported_clause() -> None:
    # guard: ", and" after the clause a person noun is the subject of joins the verb to the
    # speaker's own, as news writes a second verb of the speaker after a long report
    body = schools(
        "Board chair Lena Okoro told parents that a custodian had found mold in the east wing,"
        " and promised that repairs would be “finished before the first snow.”",
    )
    searcher = searcher_for("harwick-comma", body)
    assert quoted(searcher, "before the first snow") == ["Lena Okoro"]


def test_a_name_with_a_which_clause_is_no_person_a_pronoun_may_be() -> None:
    # Before: "Brightwater Logistics, which runs ..., said" made the company a person of
    # unknown gender, and "she said" after its statement was credited to it
    body = schools(
        "Parent Gloria Antunes spoke first, holding a stack of letters from families.",
        "Brightwater Logistics, which runs the district's buses, said in an email that it"
        " “will keep every route through June.”",
        "“We have driven those routes for twenty years,” it said.",
        "“Nobody from the district has called us back,” she said.",
    )
    searcher = searcher_for("harwick-buses", body)
    assert quoted(searcher, "Nobody from the district") == [None]
    assert quoted(searcher, "driven those routes") == ["Brightwater Logistics"]
    kinds = {p.name: p.kind.value for p in searcher.snapshot.people}
    assert kinds["Brightwater Logistics"] == "organization"
