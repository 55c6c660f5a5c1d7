"""Shapes of news English that left a quotation with nobody, or credited nobody's words to
someone, in attribution set 6 (twenty-first session: read whole) and the open shapes of the
sets before: a coined name in lower case after "dubbed the", a letter standing for an unnamed
source ("Researcher C"), "the senator" after "Sen. X". Each story is of our own wording, with
guards that must stay as they were."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = "The Dunmore water board met on Tuesday to vote on the reservoir contract."
CLOSING = "The board meets again in March."


def board(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_name_coined_after_dubbed_the_is_nobodys_words() -> None:
    # Before: the coined name was credited to Ines Varga, who "has dubbed" it.
    body = board(
        "The complaint came from Ines Varga, a hydrologist who first spotted the leak. Varga"
        " traced the water through three pumping stations in a loop she has dubbed the"
        " “circle of wasted pipes.”",
        "“Nobody wanted to look at the meters,” Varga said.",
    )
    searcher = searcher_for("reservoir-dubbed", body)
    assert speakers_of(searcher, "circle of wasted pipes") == [None]
    assert speakers_of(searcher, "Nobody wanted to look") == ["Ines Varga"]


def test_a_label_after_dubbed_with_its_own_article_is_still_words() -> None:
    # guard: "dubbed the plan a ..." is a label, the speaker's words, as "called it" is
    body = board(
        "Board member Ines Varga dubbed the plan a “slow-motion giveaway to the bottlers” before"
        " the vote.",
    )
    searcher = searcher_for("reservoir-label", body)
    assert speakers_of(searcher, "slow-motion giveaway") == ["Ines Varga"]


def test_a_letter_standing_for_an_unnamed_source_is_nobody() -> None:
    # Before: "Officer D" became a person named "D", credited with the words.
    body = board(
        "An audit of the plant quotes a former employee, identified only as Officer D, who"
        " told auditors that the crew had been ordered to “keep the gauges in the green.”",
        "Plant manager Oren Shaw said the audit was unfair.",
    )
    searcher = searcher_for("reservoir-letter", body)
    assert set(speakers_of(searcher, "keep the gauges in the green")) == {None}
    names = {p.name for p in searcher.snapshot.people}
    assert "D" not in names and "Oren Shaw" in names


def test_the_senator_is_who_the_story_named_as_sen() -> None:
    # Before: "Sen." and "senator" were different roles, and the quotation nobody's.
    body = board(
        "State Sen. Carla Munoz, whose district includes the reservoir, attended the meeting and"
        " said she would file a bill to cap the rates.",
        "“Families should not pay for a leak they did not cause,” the senator said.",
        "“We will have the votes,” the state senator added.",
    )
    searcher = searcher_for("reservoir-senator", body)
    assert speakers_of(searcher, "Families should not pay") == ["Carla Munoz"]
    assert speakers_of(searcher, "We will have the votes") == ["Carla Munoz"]


def test_a_participle_after_with_and_a_name_is_that_persons_label() -> None:
    # Before: "with Lund accusing Park of" had no speaker (the participle's own subject was
    # taken for someone relaying words with no cue before)
    body = board(
        "Board member Hanna Lund said the budget was short. Board member Victor Park disagreed.",
        "The two argued over it for an hour, with Lund"
        " accusing Park of hiding “a hole the size of the reservoir” and Park accusing Lund of"
        " grandstanding.",
    )
    searcher = searcher_for("reservoir-with", body)
    assert speakers_of(searcher, "a hole the size of the reservoir") == ["Hanna Lund"]


def test_a_name_after_an_opening_place_phrase_and_was_is_the_subject() -> None:
    # Before: the name after "was" was no clause subject, and "he said" in the next paragraph
    # nobody's
    body = board(
        "Among those waiting outside the hall was Tobias Renner, 71, a retired teacher who has"
        " lived beside the reservoir since 1979. He brought a folder of his water bills.",
        "“They raised the rate four times and fixed nothing,” he said.",
    )
    searcher = searcher_for("reservoir-among", body)
    assert speakers_of(searcher, "raised the rate four times") == ["Tobias Renner"]


def test_a_hyphenated_role_is_a_role_as_wordnet_spells_it() -> None:
    # Before: "editor-in-chief" (WordNet: editor_in_chief) and "co-founder" (cofounder) were
    # no nouns for a person, so the appositive hid the subject and the words were nobody's
    body = board(
        "Dr. Ines Varga, editor-in-chief of the Dunmore Courier, which first reported the leak,"
        " wrote in a column that the board had “run out of excuses.”",
        "Oren Shaw, co-founder of a residents’ group, said the board owed “a straight answer.”",
    )
    searcher = searcher_for("reservoir-hyphen", body)
    assert speakers_of(searcher, "run out of excuses") == ["Ines Varga"]
    assert speakers_of(searcher, "a straight answer") == ["Oren Shaw"]


def test_used_to_say_is_the_subject_of_used() -> None:
    # Before: "say" after "used to" was read as a finite verb whose subject is "to", and the
    # words were nobody's; "joke" was no infinitive of speech
    body = board(
        "Mae Holt, 84, told the board that her late husband, Arthur Holt, used to say, “Water"
        " finds the crack you forgot.”",
        "Tobias Renner, 71, a retired teacher, built a dock in 1980 and used to joke that “the"
        " reservoir owns the dock, I just rent it.”",
        "Ada Moss always said, “Read the meter twice.”",
    )
    searcher = searcher_for("reservoir-used-to", body)
    assert quoted(searcher, "Water finds the crack") == ["Arthur Holt"]
    assert speakers_of(searcher, "the reservoir owns the dock") == ["Tobias Renner"]
    assert speakers_of(searcher, "Read the meter twice") == ["Ada Moss"]


def test_the_counterpart_of_a_role_holder_holds_that_role() -> None:
    # Before: "the Brockton mayor" matched no one (Hal Petrie's role was "Brockton
    # counterpart"), and the words were nobody's
    body = board(
        "Dunmore Mayor Ana Lima and her Brockton counterpart, Hal Petrie, signed the water-sharing"
        " pact at noon.",
        "Lima called it a good day for both towns.",
        "Petrie’s grandmother, a dairy farmer, used to tell him, “Never trust a dry spring.”"
        " “I thought of her today,” the Brockton mayor said.",
    )
    searcher = searcher_for("reservoir-counterpart", body)
    assert speakers_of(searcher, "I thought of her today") == ["Hal Petrie"]
    assert speakers_of(searcher, "Never trust a dry spring") == [None]


def test_a_counterpart_with_no_holder_beside_them_is_no_one() -> None:
    # guard: no mayor named before "his Brockton counterpart": which office is a guess
    body = board(
        "Dunmore’s water chief, Ana Lima, spoke first. Board member Tom Reyes and his Brockton"
        " counterpart, Hal Petrie, spoke after her.",
        "“We will share the water,” the Brockton mayor said.",
    )
    searcher = searcher_for("reservoir-counterpart-guard", body)
    assert speakers_of(searcher, "We will share the water") == [None]


def orchard(*scene: str) -> str:
    return board(
        "Hal Brandt, 80, said the family orchard by the reservoir would be sold in the fall.",
        "His wife, Ruth Brandt, has kept the orchard’s books since 1968. “We are tired,” she said.",
        "Their son, Eli Brandt, 50, runs a cider press in town.",
        "Hal recalled his own father, Otto Brandt, telling him, “Prune in the cold.”",
        *scene,
    )


def test_the_elder_of_three_sharing_a_name_is_of_the_pair_in_the_scene() -> None:
    # Before: "the elder Brandt" of four Brandts was nobody's (a guess of three or more), and
    # so "his son" after it
    body = orchard(
        "Out in the rows the mood was tense. Eli, who drove up from the city, and his father"
        " disagreed about the pruning.",
        "“In March,” the elder Brandt insisted.",
        "“February,” his son said. “He has been late every year.”",
    )
    searcher = searcher_for("reservoir-orchard", body)
    assert speakers_of(searcher, "In March") == ["Hal Brandt"]
    assert speakers_of(searcher, "February") == ["Eli Brandt"]
    assert speakers_of(searcher, "He has been late every year") == ["Eli Brandt"]


def test_the_elder_with_one_of_the_name_in_the_scene_is_no_one() -> None:
    # guard: the scene brings in Eli alone; which elder Brandt answers is a guess
    body = orchard(
        "Out in the rows the mood was tense. Eli, who drove up from the city, argued about the"
        " pruning.",
        "“In March,” the elder Brandt insisted.",
    )
    searcher = searcher_for("reservoir-orchard-guard", body)
    assert speakers_of(searcher, "In March") == [None]


def test_a_name_an_appositive_gives_with_named_is_the_subject() -> None:
    # Before: "his own father, a farmer in Ohio named Olaf Berg, used to tell him" had no
    # subject (a noun phrase, its name inside the appositive), and the words were nobody's
    body = board(
        "Board member Tom Reyes recalled that his own father, a farmer in Ohio named Olaf Berg,"
        " used to tell him, “Water finds the crack you forgot.”",
    )
    searcher = searcher_for("reservoir-named", body)
    assert quoted(searcher, "Water finds the crack") == ["Olaf Berg"]


def test_words_relayed_inside_a_recollection_leave_the_recaller_the_speaker() -> None:
    # guard (wrong on the start): "he said" after words Tom Reyes relays from his grandfather
    # is not the grandfather's; nobody's, or Reyes's, never Olaf's
    body = board(
        "Board member Tom Reyes recalled that his grandfather, Olaf Reyes, used to tell him,"
        " “Water finds the crack you forgot.” “I think about that a lot,” he said.",
    )
    searcher = searcher_for("reservoir-recalled", body)
    assert quoted(searcher, "Water finds the crack") == ["Olaf Reyes"]
    assert quoted(searcher, "I think about that a lot") in (["Tom Reyes"], [None])


def test_a_quotation_a_relative_clause_after_it_governs_is_its_subjects() -> None:
    # Before: the label was the teller's ("told the board that"), and the words after the
    # relative clause's "described was" nobody's (that verb taken for their cue)
    body = board(
        "Board member Tom Reyes told the board that the “clear plan” managers described was in"
        " fact “a list of hopes.”",
    )
    searcher = searcher_for("reservoir-relative", body)
    assert quoted(searcher, "clear plan") == [None]
    assert quoted(searcher, "a list of hopes") == ["Tom Reyes"]


def test_and_said_after_a_relayed_speaker_acting_since_the_teller_is_not_the_tellers() -> None:
    # Before: the second quotation went to the prosecutor, who only tells jurors of the call
    # (her "told" was the last speech event of the sentence, which "and said" took for its
    # subject); it is Lund's, or, as "and" could join either verb, nobody's, never hers.
    body = board(
        "Prosecutor Dana Whitcomb told jurors they would hear a recording in which Carl Lund,"
        " talking to a neighbour who was helping investigators, described the pumps as “the"
        " best thing I ever fixed” and said they were “hidden where nobody will check.”",
        "“The board paid for silence,” Whitcomb said.",
    )
    searcher = searcher_for("reservoir-recording", body)
    assert quoted(searcher, "hidden where nobody") in (["Carl Lund"], [None])
    assert quoted(searcher, "best thing I ever fixed") == ["Carl Lund"]
    assert speakers_of(searcher, "paid for silence") == ["Dana Whitcomb"]


def test_and_said_after_a_report_still_takes_the_reporters_verb() -> None:
    # guard: no one else acts between the report and "and": the same subject
    body = board(
        "Treasurer Mona Reyes told reporters that the contract had been signed in haste, and"
        " said the board would “review every line of it.”",
    )
    searcher = searcher_for("reservoir-and-said", body)
    assert speakers_of(searcher, "review every line") == ["Mona Reyes"]
