"""Shapes attribution set 15 (`tests/data/attribution/unseen-15`, attr-17, read whole in the
thirtieth session by 9attr28) left nobody's or credited wrongly, by cause, on a flood story of
our own: a message posted before a colon with the sender's own ("posted her own note on
Facebook:") or by a body ("The Millbrook Historical Society posted an update:"); a body's name
joined by "of" or "and" ("the Bureau of Flood Control said", "Orton Valley Search and Rescue
said", "The Department of ... said" opening a sentence, then its initials "HHS"); "X read from
a prepared statement." then a quotation; "Asked ..., X laughed." then a quotation; "a route X
described as" (a relative clause with no "that"); "I told Luis before we cast off, '...'" inside
the speaker's words; a body shortened to its first word ("Kessel said" of Kessel Pumping
Systems); a name describing the source after "according to" ("Marlow city records"); the comma
of "2,300" inside an appositive; a title after "titled" closing an appositive; a verb of speech
with an idea for subject ("the plan asked"); a figure in single marks inside a quotation
("'31 feet'"); a cue set off by commas between a subject and its verb ("X, Sandoval said,
asked"); an interview printed as "Q:" and "A:"; a name before an "of" phrase and an appositive
("Rita Okafor of the Red Cross, who ..., said"). Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = (
    "The Orton River crested at 31 feet on Friday, flooding much of downtown Millbrook, the"
    " county said."
)
CLOSING = "Schools will stay closed through Wednesday."


def flood(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_message_posted_with_the_senders_own_before_a_colon() -> None:
    # Before: nobody's. Only "a", "an", "his" or "her" stood before the message's noun
    body = flood(
        "Shop owner Lucia Brandt watched the water rise from her upstairs window.",
        "Brandt posted her own note on Facebook an hour later: “The bakery will reopen. Bring"
        " boots.”",
    )
    assert quoted(searcher_for("flood-own", body), "Bring boots") == ["Lucia Brandt"]


def test_a_body_posting_an_update_before_a_colon() -> None:
    # Before: nobody's. A body was never the sender of a posted message (as "the society said"
    # makes it the speaker of its statement, so now its posted update)
    body = flood(
        "The Millbrook Historical Society posted an update on its website late Friday: “The"
        " archive was moved to the second floor in time.”",
    )
    searcher = searcher_for("flood-society", body)
    assert quoted(searcher, "second floor in time") == ["Millbrook Historical Society"]


def test_a_posted_message_of_another_or_with_the_wrong_owner_stays_nobody() -> None:
    # Guards: a person's post is never "its own"; a message from someone else
    for scene in (
        "Lucia Brandt posted its own note on Facebook: “The bakery will reopen.”",
        "Lucia Brandt posted a message from her landlord on Facebook: “The bakery will reopen.”",
    ):
        body = flood("Shop owner Lucia Brandt watched the water rise.", scene)
        assert quoted(searcher_for("flood-own-guard", body), "bakery will reopen") == [None]


def test_a_body_named_with_of_or_and_is_the_speaker_of_its_cue() -> None:
    # Before: nobody's. The cue's subject was read as the last run of capitalised words alone
    # ("Flood Control", "Rescue"), which opened no clause
    body = flood(
        "“Do not drive through standing water,” the Bureau of Flood Control said in a statement.",
        "Orton Valley Search and Rescue said its boats had taken 46 people from their homes."
        " “We are still going door to door,” the group said.",
        "“Every shelter has room tonight,” the Department of Housing and Human Services said.",
    )
    searcher = searcher_for("flood-bodies", body)
    assert quoted(searcher, "standing water") == ["Bureau of Flood Control"]
    assert quoted(searcher, "room tonight") == ["Department of Housing and Human Services"]


def test_people_joined_by_and_or_a_person_of_a_place_stay_no_body() -> None:
    # Guards: two people ("Maria and Tom Reed said": a joint statement, nobody's); a role
    # before "of" ("the Governor of Orton": a person's title, no body); a surname before "of"
    body = flood(
        "“We lost everything on the ground floor,” Maria and Tom Reed said.",
        "“The state will pay for the pumps,” the Governor of Orton said.",
        "“The levee held where it was rebuilt,” Okafor of Millbrook College said.",
    )
    searcher = searcher_for("flood-bodies-guard", body)
    assert quoted(searcher, "ground floor") == [None]
    assert quoted(searcher, "pay for the pumps") == [None]
    assert quoted(searcher, "levee held") == [None]


def read_out(reading: str) -> str:
    return flood(
        f"Ron Castillo, who has run the hardware store on the square since 1990,"
        f" {reading}. “Sixty years my family has sold nails here. We will sell them again.”",
    )


def test_reading_out_a_statement_of_ones_own_is_speaking() -> None:
    # Before: nobody's. "read" was no verb of speaking, so the sentence before gave no one
    for reading in ("read from a prepared statement", "read a brief statement"):
        searcher = searcher_for("flood-read", read_out(reading))
        assert quoted(searcher, "sell them again") == ["Ron Castillo"]


def test_reading_out_anothers_text_stays_nobody() -> None:
    # Guards: a letter from someone else, a text with no "a"/"his"/"her" of his own
    for reading in ("read a letter from his insurer", "read from the insurer's statement"):
        searcher = searcher_for("flood-read-guard", read_out(reading))
        assert quoted(searcher, "sell them again") == [None]


def asked(answer: str) -> str:
    return flood(
        "Volunteers filled sandbags at the fire station through the night.",
        f"Asked whether she would rebuild, {answer}. “Ask me when the water is gone.”",
    )


def test_the_words_after_asked_and_a_named_subject_are_the_answer() -> None:
    # Before: nobody's. "laughed" spoke no words, so the sentence before gave no one
    body = "Baker Nina Osei lost her shop on River Street.\n" + asked("Nina Osei laughed")
    searcher = searcher_for("flood-asked", body)
    assert quoted(searcher, "water is gone") == ["Nina Osei"]


def test_asked_with_someone_else_named_or_a_verb_of_speaking_stays_to_its_rules() -> None:
    # Guards: another named in the main clause (the words may be hers); no one named
    for answer in ("Nina Osei turned to her sister Ama Osei", "the baker laughed"):
        body = "Baker Nina Osei lost her shop on River Street.\n" + asked(answer)
        assert quoted(searcher_for("flood-asked-guard", body), "water is gone") == [None]


def described(route: str) -> str:
    return flood(
        "“Nothing moves until the water drops,” said county engineer Paul Ferris.",
        f"Crews instead used the ridge road, {route} as “narrow but passable” for trucks.",
    )


def test_a_label_in_a_relative_clause_with_no_that_is_its_subjects() -> None:
    # Before: nobody's. "a route Ferris described as" had no word opening the clause, so
    # "Ferris" stood in no subject's place
    searcher = searcher_for("flood-route", described("a route Ferris described"))
    assert quoted(searcher, "narrow but passable") == ["Paul Ferris"]


def test_a_label_after_a_name_the_story_does_not_know_stays_nobody() -> None:
    # Guards: a name known as no one; a name right after a verb, not a noun
    for route in ("a route Ridgeway described", "which drivers described"):
        searcher = searcher_for("flood-route-guard", described(route))
        assert quoted(searcher, "narrow but passable") == [None]


def test_words_the_speaker_tells_someone_named_are_the_speakers() -> None:
    # Before: nobody's. Only "I told him" or "I told me after ..." (an object pronoun) gave
    # the teller, not a name as the object
    body = flood(
        "Boat pilot Ana Reyes took her deckhand, Luis Ortega, out at dawn.",
        "“I told Luis before we cast off, ‘If the current turns, we go back,’” Reyes said."
        " “It never turned.”",
    )
    # the outer quotation, then the words in single marks
    assert quoted(searcher_for("flood-told", body), "current turns") == ["Ana Reyes"] * 2


def test_words_someone_else_tells_a_name_stay_nobody() -> None:
    # Guard: "they told Luis": whoever they are, not the teller of the outer words
    body = flood(
        "Boat pilot Ana Reyes took her deckhand, Luis Ortega, out at dawn.",
        "“They told Luis before we cast off, ‘If the current turns, go back,’” Reyes said.",
    )
    assert quoted(searcher_for("flood-told-guard", body), "current turns") == ["Ana Reyes", None]


def test_a_body_shortened_to_its_first_word_is_the_body_named_in_full() -> None:
    # Before: "Kessel" was credited, a body of its own the story never names so
    body = flood(
        "Kessel Pumping Systems, which runs the town's storm pumps, lost power at 2 a.m.",
        "Kessel said in a statement that a backup generator had “failed to start on demand.”",
    )
    searcher = searcher_for("flood-first-word", body)
    assert quoted(searcher, "failed to start") == ["Kessel Pumping Systems"]


def test_a_first_word_of_two_longer_names_stays_its_own() -> None:
    # Guard: "the Kessel Basin project" and "Kessel Pumping Systems": which one is unsure
    body = flood(
        "Work on the Kessel Basin project stopped when Kessel Pumping Systems lost power.",
        "Kessel said in a statement that a backup generator had “failed to start on demand.”",
    )
    searcher = searcher_for("flood-first-word-guard", body)
    assert quoted(searcher, "failed to start") in ([None], ["Kessel"])


def according_to(source: str) -> str:
    return flood(
        f"The repairs will cost about $2 million, according to {source}.",
        "In Marlow, Mayor Owen Pratt toured the levee by boat. “Marlow will pay its"
        " share and then some,” he posted on Facebook.",
    )


def test_a_name_describing_the_source_after_according_to_is_no_person() -> None:
    # Before: "Marlow" of "according to Marlow city records" was made a person,
    # so the "he" after a quotation naming it could be either man
    searcher = searcher_for("flood-according", according_to("Marlow city records"))
    kinds = {p.name: p.kind.value for p in searcher.snapshot.people}
    assert kinds.get("Marlow") != "person"
    assert quoted(searcher, "its share") == ["Owen Pratt"]


def test_a_name_describing_people_after_according_to_is_nobody() -> None:
    # Guard: "according to Marlow officials": officials the story does not name
    searcher = searcher_for("flood-according-guard", according_to("Marlow officials"))
    assert speakers_of(searcher, "repairs will cost") in ([], [None])
    assert "Marlow" not in {p.name for p in searcher.snapshot.people}


def test_a_number_with_a_thousands_comma_inside_an_appositive() -> None:
    # Before: nobody's. The comma of "2,300" was read as the one opening the appositive, so
    # the words before it were no subject
    body = flood(
        "The Millbrook Renters Union, which gathered 2,300 signatures against the levy, said it"
        " would sue, calling the vote “a gift to landlords.”",
        "Ruth Abana, who fed 1,200 people at her church on Saturday, said the town was"
        " “tired but standing.”",
    )
    searcher = searcher_for("flood-thousands", body)
    assert quoted(searcher, "gift to landlords") == ["Millbrook Renters Union"]
    assert quoted(searcher, "tired but standing") == ["Ruth Abana"]


def test_a_list_of_numbers_is_no_appositive() -> None:
    # Guard: "2, 300" with a space is two numbers: the clause before is no subject's
    body = flood(
        "Ruth Abana counted the cots in rooms 2, 300 and 301, said a volunteer who"
        " called it “a small miracle.”",
    )
    assert quoted(searcher_for("flood-thousands-guard", body), "small miracle") == [None]


def test_a_title_after_titled_closes_the_appositive_with_its_comma() -> None:
    # Before: nobody's. A title ending with the appositive's comma inside its marks was known
    # only after a noun for a work ("the book"), not after "titled" with any noun before it
    body = flood(
        "Greta Lund, a retired teacher who wrote a 2019 history of the river titled “When the"
        " Orton Rose,” said the flood was “worse than 1964.”",
    )
    assert quoted(searcher_for("flood-titled", body), "worse than 1964") == ["Greta Lund"]


def test_a_quotation_after_called_with_no_work_before_it_stays_the_speakers() -> None:
    # Guard: `a plan she called "...,"` is her words, no title: the comma inside them ends no
    # appositive of a name before
    body = flood(
        "Greta Lund, who opposed a plan the mayor called “a fix for the century,” said the"
        " flood was “worse than 1964.”",
    )
    assert quoted(searcher_for("flood-called", body), "worse than 1964") == [None]


def plan(subject: str) -> str:
    return flood(
        "Councilwoman Ada Ferris voted against the levy.",
        f"Ferris said {subject} asked renters to pay for “forty years of neglect” by the county.",
    )


def test_a_verb_of_speech_with_an_idea_for_subject_is_no_cue() -> None:
    # Before: nobody's. "the plan asked" was read as the nearest cue, a speaker nobody is
    for subject in ("the plan", "this policy"):
        searcher = searcher_for("flood-plan", plan(subject))
        assert quoted(searcher, "forty years of neglect") == ["Ada Ferris"]


def test_a_verb_of_speech_with_a_body_or_document_for_subject_stays_its_cue() -> None:
    # Guards: a council or a report may ask in words of its own: nobody's, as before
    for subject in ("the council", "the report"):
        searcher = searcher_for("flood-plan-guard", plan(subject))
        assert quoted(searcher, "forty years of neglect") == [None]


def test_a_figure_in_single_marks_inside_a_quotation_is_nobodys() -> None:
    # Before: the opening mark before a digit was read as an apostrophe ("the ‘90s"), so the
    # figure was found only in the speaker's own quotation, hers
    body = flood(
        "County engineer Dana Holt defended the forecast.",
        "“People hear ‘31 feet’ and they think of a number. I think of basements,” Holt said.",
    )
    searcher = searcher_for("flood-figure", body)
    assert quoted(searcher, "31 feet") == ["Dana Holt", None]


def test_a_decade_with_an_opening_mark_stays_an_apostrophe() -> None:
    # Guard: "the ‘90s" and a possessive's apostrophe later are no quotation in single marks
    body = flood(
        "“We last saw water like this in the ‘90s, when my parents’ shop flooded,” said county"
        " engineer Dana Holt.",
    )
    assert quoted(searcher_for("flood-decade", body), "90s") == ["Dana Holt"]


def relayed(between: str) -> str:
    return flood(
        "Fire Chief Tony Sandoval said he learned of the flood from a text message.",
        f"Firefighter Jaylen Marsh, {between}, asked him only one question: “Do we still get to"
        " go home tonight?”",
    )


def test_a_cue_set_off_by_commas_between_a_subject_and_its_verb() -> None:
    # Before: nobody's. ", Sandoval said," was read as an appositive of Marsh, which it could
    # not be, so "asked" had no subject
    for between in ("Sandoval said", "he recalled"):
        searcher = searcher_for("flood-parenthetical", relayed(between))
        assert quoted(searcher, "go home tonight") == ["Jaylen Marsh"]


def test_an_appositive_naming_someone_else_stays_no_cue() -> None:
    # Guards: a name the story does not know; more words than a cue
    for between in ("Dana Pike said", "Sandoval said on Monday"):
        searcher = searcher_for("flood-parenthetical-guard", relayed(between))
        assert quoted(searcher, "go home tonight") == [None]


def interview(intro: str) -> str:
    return flood(
        intro,
        "Q: When did you know the town would flood?",
        "A: Thursday night, when the river came over the Elm Street wall in the dark.",
        "Q: Will the levy pass?",
        "A: I think it has to. Nobody here wants another Thursday.",
    )


def test_the_answers_of_an_interview_printed_as_questions_and_answers() -> None:
    # Before: no quotation at all (no quotation marks): the answers are the interviewee's,
    # the questions the interviewer's
    searcher = searcher_for(
        "flood-interview",
        interview(
            "Fire Chief Tony Sandoval spoke with county clerk Nadia Brandt after the briefing."
            " The exchange has been edited for length."
        ),
    )
    assert quoted(searcher, "came over the Elm Street wall") == ["Tony Sandoval"]
    assert quoted(searcher, "another Thursday") == ["Tony Sandoval"]
    assert quoted(searcher, "levy pass") == ["Nadia Brandt"]


def test_questions_and_answers_with_no_one_speaking_before_them_are_no_quotations() -> None:
    # Guards: no "spoke with" before the first question; someone the story does not name
    for intro in (
        "Fire Chief Tony Sandoval led the rescue from the Elm Street bridge.",
        "A firefighter spoke with the Ledger after the briefing.",
    ):
        searcher = searcher_for("flood-interview-guard", interview(intro))
        assert quoted(searcher, "came over the Elm Street wall") == []


def test_a_body_named_with_of_opening_a_sentence_and_its_initials() -> None:
    # Before: nobody's ("The" opened the run, so no name), and "HHS" was read as "Health and
    # Human Services", a body of its own inside the department's name
    body = flood(
        "The Department of Health and Human Services said it would send 40 nurses to the"
        " shelters. “Help is on the way,” HHS said in a statement.",
    )
    searcher = searcher_for("flood-hhs", body)
    assert speakers_of(searcher, "send 40 nurses") == ["Department of Health and Human Services"]
    assert quoted(searcher, "on the way") == ["Department of Health and Human Services"]


def test_initials_of_a_body_with_no_head_before_of_stay_as_they_were() -> None:
    # Guard: "the Orton Valley Water Authority" then "OVWA": its initials, whole, as before
    body = flood(
        "The Orton Valley Water Authority said the plant was dry. “No water is lost,” OVWA said.",
    )
    assert quoted(searcher_for("flood-ovwa", body), "No water is lost") == [
        "Orton Valley Water Authority"
    ]


def test_a_name_before_an_of_phrase_and_an_appositive() -> None:
    # Before: nobody's. The name before "of" was read as the speaker only right before the
    # cue's verb, not past an appositive after the "of" phrase
    body = flood(
        "Rita Okafor of the Red Cross, who ran the school shelter, said the cots were “all"
        " taken by midnight.”",
    )
    assert quoted(searcher_for("flood-okafor", body), "all taken") == ["Rita Okafor"]


def test_a_name_before_an_of_phrase_and_a_which_appositive_stays_nobody() -> None:
    # Guard: ", which ran the shelter," is the body's: the body or the person may speak
    body = flood(
        "Rita Okafor of the Red Cross, which ran the school shelter, said the cots were “all"
        " taken by midnight.”",
    )
    assert quoted(searcher_for("flood-okafor-which", body), "all taken") == [None]
