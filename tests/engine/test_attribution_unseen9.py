"""Shapes of news English that left a quotation with nobody in stories written for attribution
set 9 (`tests/data/attribution/unseen-9`, twenty-fifth session). Each story here is of our own
wording (a harbour board and its dredging contract), with guards that must stay as they were."""

from __future__ import annotations

from bot.engine.models import SpeakerKind
from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = "The Calder Bay harbour board voted on Monday to delay a $30 million dredging contract."
CLOSING = "The board meets again on March 3."


def harbour(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_an_undecided_shared_surname_paragraphs_back_does_not_decide_a_later_pronoun() -> None:
    # Before: "Okafor said" (of Grace and Samuel Okafor, undecided) three paragraphs back was
    # the last cue with no one named for subject, and it kept the "he" after Harlan, named in
    # the pronoun's own paragraph, nobody's
    body = harbour(
        "Board chair Grace Okafor said the delay was needed. Commissioner Samuel Okafor, who is"
        " not related to the chair, voted against it.",
        "“We have waited long enough,” he said.",
        "Okafor said the board would hire an outside engineer.",
        "The contractor's crews left the dock on Monday afternoon.",
        "Port director Neil Harlan answered on the port's website an hour later. “Our crews are"
        " ready the day the board is,” he wrote.",
    )
    searcher = searcher_for("harbour-shared-surname", body)
    assert quoted(searcher, "Our crews are ready") == ["Neil Harlan"]


def test_an_undecided_shared_surname_in_the_previous_paragraph_is_still_decided_by_gender() -> None:
    # guard: the undecided cue right before the pronoun is still read as before
    body = harbour(
        "Board chair Grace Okafor said the delay was needed. Commissioner Samuel Okafor, who is"
        " not related to the chair, voted against it.",
        "Okafor said the board would hire an outside engineer.",
        "“We will not cut corners,” she said.",
    )
    searcher = searcher_for("harbour-shared-surname-guard", body)
    assert quoted(searcher, "We will not cut corners") == ["Grace Okafor"]


def test_who_after_the_words_of_someone_is_that_one() -> None:
    # Before: "of" before the name kept "who" from it, as in "the wife of X, who said": but a
    # noun for something said ("the testimony of", "the account of") is no one "who" may be
    body = harbour(
        "Commissioner Lena Marsh chaired the session.",
        "The vote followed the testimony of Tomas Reyes, the harbour's chief pilot, who told"
        " commissioners the channel was “silting faster than anyone admits.”",
        "Much of the debate turned on the account of Ruth Calloway, who has fished the bay for"
        " 30 years and told the board the dredging would “kill the spring run.”",
    )
    searcher = searcher_for("harbour-testimony-of", body)
    assert quoted(searcher, "silting faster") == ["Tomas Reyes"]
    assert quoted(searcher, "kill the spring run") == ["Ruth Calloway"]


def test_who_after_someone_of_someone_stays_nobodys() -> None:
    # guards: "the son of X, who said" may be the son; a clause of someone else inside the
    # relative clause before "and told" leaves that verb's subject a guess
    body = harbour(
        "Commissioner Lena Marsh chaired the session.",
        "The board also heard from the son of Ruth Calloway, who said the channel was “a"
        " graveyard for boats.”",
        "Tomas Reyes, the chief pilot, spoke next. Commissioners thanked Dale Pruitt, who said the"
        " engineer had left early and told them the report was “not worth the paper.”",
    )
    searcher = searcher_for("harbour-son-of", body)
    assert quoted(searcher, "a graveyard for boats") == [None]
    assert quoted(searcher, "not worth the paper") == [None]


def test_a_name_the_people_reader_missed_before_who_said_is_a_person() -> None:
    # Before: a name with no role and in no subject place ("heard from Nadia Brennan") was no
    # one the story names, and the words of her relative clause were nobody's
    body = harbour(
        "The board heard from Nadia Brennan, who said the delay would cost the port “every"
        " cruise call of the summer.”",
    )
    searcher = searcher_for("harbour-unknown-name", body)
    assert quoted(searcher, "every cruise call") == ["Nadia Brennan"]


def test_a_plural_noun_for_people_after_a_dateline_is_no_one_person() -> None:
    # Before: "Prosecutors", capitalised after the dateline's dash as if mid-sentence, was a
    # person of that name, credited with the clause the group told jurors
    body = "\n".join(
        [
            "CALDER BAY — Prosecutors told jurors Tuesday that the harbour's former treasurer,"
            " Mark Ellison, took $2 million from the dredging fund.",
            "“Every dollar is accounted for,” Ellison's lawyer, Judith Kane, said.",
        ]
    )
    searcher = searcher_for("harbour-prosecutors", body)
    assert "Prosecutors" not in {p.name for p in searcher.snapshot.people}
    assert speakers_of(searcher, "took $2 million") == [None]
    assert quoted(searcher, "Every dollar") == ["Judith Kane"]


def test_a_company_shortened_to_its_first_word_is_an_organisation() -> None:
    # Before: "Kesterfield said in a statement" after "Kesterfield Dredging won the contract" made a
    # person named Kesterfield (a "Ms. Kesterfield" to ask for); a company is shortened to its first
    # word, a person to the last
    body = harbour(
        "Kesterfield Dredging won the contract in May with a bid of $28 million.",
        "Kesterfield said in a statement that the delay would “cost taxpayers, not the company.”",
        "Harbour master Neil Harlan said the board had made the right call.",
    )
    searcher = searcher_for("harbour-kesterfield", body)
    kinds = {p.name: p.kind for p in searcher.snapshot.people}
    assert kinds.get("Kesterfield") is not SpeakerKind.PERSON
    assert speakers_of(searcher, "the delay would") != ["Neil Harlan"]


def test_a_one_word_name_first_written_alone_stays_a_person() -> None:
    # guard: a surname written alone before any longer name opening with it
    body = harbour(
        "“We were not consulted,” Ardern said, reading from her notes.",
        "Ardern Marine, a firm she founded, did not bid.",
    )
    searcher = searcher_for("harbour-ardern", body)
    assert quoted(searcher, "We were not consulted") == ["Ardern"]


def test_the_one_a_statement_quoted_as_saying_is_the_speaker() -> None:
    # Before: "saying" after "quoted X as" found no subject, and the words were nobody's
    body = harbour(
        "The port issued a news release after the vote.",
        "The release quoted the port's chief executive, Amal Haddad, as saying the delay put"
        " “the whole summer season at risk.”",
        "A local paper quoted Victor Lund, a dredge captain, as calling the board “a committee"
        " of landlubbers.”",
    )
    searcher = searcher_for("harbour-quoted-as", body)
    assert quoted(searcher, "the whole summer season") == ["Amal Haddad"]
    assert quoted(searcher, "a committee of landlubbers") == ["Victor Lund"]


def test_quoted_as_saying_with_no_one_named_stays_nobodys() -> None:
    # guard: the thing quoted is no person
    body = harbour(
        "Commissioner Lena Marsh chaired the session.",
        "The minutes quoted an earlier report as saying the channel was “safe for a decade.”",
    )
    searcher = searcher_for("harbour-quoted-report", body)
    assert quoted(searcher, "safe for a decade") == [None]


def test_and_told_after_someone_else_became_a_subject_since_the_speaker() -> None:
    # Before: a name with no "that" or comma before it ("Harlan said Marsh had phoned him"), or
    # "he"/"she" of the gender the speaker is not, was no subject since the speaker, and the
    # words after "and told" were the speaker's: credited to the wrong person
    body = harbour(
        "Commissioner Lena Marsh chaired the session. Harbour master John Harlan spoke next.",
        "Harlan said Marsh had phoned him on Friday and told him the board was “nowhere near"
        " ready.”",
        "Marsh said he had visited her office twice and told her the dredge was “idling at $40,000"
        " a day.”",
        "Later, Harlan said she had emailed him at midnight and told him to “stop lobbying the"
        " board.”",
    )
    searcher = searcher_for("harbour-told-since", body)
    assert quoted(searcher, "nowhere near ready") == ["Lena Marsh"]
    assert quoted(searcher, "idling at") == [None]  # his, but "he" is read no further
    assert quoted(searcher, "stop lobbying") == [None]


def test_and_told_after_the_speaker_as_a_pronoun_stays_the_speakers() -> None:
    # guards: "he" is the speaker; a comma before "and" closes the reported clause
    body = harbour(
        "Commissioner Lena Marsh chaired the session. Harbour master John Harlan spoke next.",
        "Harlan said he had met Marsh on Friday and told her the plan was “dead on arrival.”",
        "Marsh said the contractor had missed two deadlines, and warned that the board would"
        " “not be rushed.”",
    )
    searcher = searcher_for("harbour-told-since-guard", body)
    assert quoted(searcher, "dead on arrival") == ["John Harlan"]
    assert quoted(searcher, "not be rushed") == ["Lena Marsh"]


def test_a_cue_after_a_quotation_that_introduces_the_next_one_is_not_its() -> None:
    # Before: `Marsh said, "...." Harlan replied: "..."`: Harlan's cue, after the first
    # quotation's sentence, was taken for its cue too, and Marsh's words were credited to Harlan
    body = harbour(
        "Commissioner Lena Marsh chaired the session. Harbour master John Harlan spoke next.",
        "Marsh said, “This board did its job.” Harlan replied an hour later: “Which job?”",
        "Marsh wrote on Facebook: “Proud of every one of you.” Harlan said, “Proud of what?”",
    )
    searcher = searcher_for("harbour-next-cue", body)
    assert quoted(searcher, "This board did its job") == ["Lena Marsh"]
    assert quoted(searcher, "Which job?") == ["John Harlan"]
    assert quoted(searcher, "Proud of every one of you") == ["Lena Marsh"]
    assert quoted(searcher, "Proud of what?") == ["John Harlan"]


def test_a_cue_after_a_quotation_with_no_cue_of_its_own_is_still_its() -> None:
    # guard: `"...." Harlan said, "..."`: the first quotation has no cue before it, and the
    # one after it introducing the next is still read as its speaker's too
    body = harbour(
        "Harbour master John Harlan spoke after the vote.",
        "“We lost the vote.” Harlan said, “And we will lose the next one too.”",
    )
    searcher = searcher_for("harbour-next-cue-guard", body)
    assert quoted(searcher, "We lost the vote") == ["John Harlan"]
    assert quoted(searcher, "lose the next one") == ["John Harlan"]
