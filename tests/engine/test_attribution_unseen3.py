"""Shapes of news English that left a quotation with nobody, or credited it to the wrong
person, in stories nobody working on the engine had seen (twentieth session: attribution set 5
read whole, and the open shapes of the sets before): a noun after a possessive taken for a
relaying participle, a subject after an opening phrase and an appositive, a report's "which
found", a person introduced by surname alone, a cue after a finished quotation, words relayed
from someone named, a bound pronoun deciding a shared surname, a subject the story knew as no
one, names given to things, "opened by accusing", capitalised job titles. Each story is of our
own wording, with guards that must stay nobody's."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = "The Marlow county court ruled on Thursday in the long fight over the old quarry lease."
CLOSING = "A hearing on costs is set for the spring."


def quarry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_noun_after_a_possessive_is_no_relaying_participle() -> None:
    # Before: "the county's reading" was read as "X called Y reading ...", words relayed from
    # someone else, and the labels were nobody's.
    body = quarry(
        "Judge Ada Crane called the county’s reading of the lease “plainly wrong” and “a"
        " stretch of a century-old deed,” and she rejected the county’s claim that the pit was"
        " “public ground” under state law.",
    )
    searcher = searcher_for("quarry-reading", body)
    assert speakers_of(searcher, "plainly wrong") == ["Ada Crane"]
    assert speakers_of(searcher, "a stretch of a century-old deed") == ["Ada Crane"]
    # after ", and she rejected": the words the new verb governs are not the judge's label
    assert speakers_of(searcher, "public ground") == [None]


def test_a_name_after_an_opening_phrase_and_an_appositive_is_the_subject() -> None:
    body = quarry(
        "Judge Ada Crane wrote the main opinion.",
        "In a brief but pointed dissent, Judge Victor Hale, who sat on the county board in the"
        " 1990s, argued that the court had rewritten a plain contract.",
        "“The lease says what it says. We are not here to improve it.",
        "“A court that edits deeds it dislikes will soon be editing all of them,” he wrote.",
    )
    searcher = searcher_for("quarry-dissent", body)
    assert speakers_of(searcher, "rewritten a plain contract") == ["Victor Hale"]
    assert speakers_of(searcher, "The lease says what it says") == ["Victor Hale"]
    assert speakers_of(searcher, "edits deeds it dislikes") == ["Victor Hale"]


def test_a_report_which_found_is_no_one_a_pronoun_may_be() -> None:
    # Before: "which found" counted as a cue whose speaker the story does not name, so the
    # "she said" after it was nobody's.
    body = quarry(
        "“The county never had a case,” said Irene Palk, a professor of land law at Denholm"
        " College.",
        "Palk pointed to a 2018 survey of the site, which found that the pit had been fenced"
        " since 1952. “Nobody walks onto public ground through a locked gate,” she said.",
    )
    searcher = searcher_for("quarry-survey", body)
    assert speakers_of(searcher, "through a locked gate") == ["Irene Palk"]


def test_a_person_introduced_by_surname_alone_is_the_full_name_written_before() -> None:
    body = "\n".join(
        [
            "Ferris High won the regional final 21-17 on Friday night.",
            "On the last drive, quarterback Ben Tolley found wide receiver Dion Marsh for 30"
            " yards on third down.",
            "“I just ran where he told me to run,” said Marsh, a junior who had two catches all"
            " night.",
            "The Ferris band played until the lights went out.",
        ]
    )
    searcher = searcher_for("ferris-final", body)
    assert speakers_of(searcher, "ran where he told me") == ["Dion Marsh"]


def test_words_relayed_from_someone_named_are_theirs() -> None:
    # "advice from Y: "..."" and "his mother, Y, telling him, "..."": Y's words, not the
    # recaller's; and a cue in the next sentence, `Whitaker said he had ...`, which reports a
    # clause of its own, is not the quotation's.
    body = "\n".join(
        [
            "Tidewell Foods, the grocery chain founded by Ruth Whitaker and her husband, Paul"
            " Whitaker, will close nine stores.",
            "“This was our decision and ours alone,” Ruth Whitaker said.",
            "Paul Whitaker said the stores had been losing money since 2019. He recalled advice"
            " from his first employer, the late grocer Sam Ostrow: “Never open a store you"
            " would not shop in.” Whitaker said he had “opened three of those.”",
            "He recalled his mother, Edith Whitaker, telling him, “Count the carts, not the"
            " customers.”",
            "The chain will keep its 40 other stores open.",
        ]
    )
    searcher = searcher_for("tidewell-stores", body)
    assert speakers_of(searcher, "Never open a store") == ["Sam Ostrow"]
    # "Whitaker said he": of Ruth and Paul Whitaker, the one "he" may be
    assert speakers_of(searcher, "opened three of those") == ["Paul Whitaker"]
    assert speakers_of(searcher, "Count the carts") == ["Edith Whitaker"]


def test_a_shared_surname_with_a_pronoun_either_may_be_stays_nobody() -> None:
    body = "\n".join(
        [
            "Dana Whitaker and her brother, Luke Whitaker, run the ferry to Gull Island.",
            "“We lose money every winter,” Dana Whitaker said.",
            "Luke Whitaker said the boat was forty years old.",
            "Whitaker said they had “patched the hull twice.”",
            "The ferry runs twice a day until October.",
        ]
    )
    searcher = searcher_for("gull-ferry", body)
    # "they" says nothing of which Whitaker: nobody
    assert speakers_of(searcher, "patched the hull twice") == [None]


def test_the_one_subject_a_pronoun_fits_becomes_a_person() -> None:
    # Before: Nora Lind, named only as a subject beside a man, was no person, so the "she
    # said" after her was nobody's (it had once been the last speaker's).
    body = "\n".join(
        [
            "Bus drivers in Ellery began a two-day strike on Monday.",
            "“We have asked for new brakes for a year,” said Rhoda Vance, a union steward.",
            "Paul Ames and Nora Lind, who both drive the night routes, joined the picket"
            " straight from their last shift. “We parked the buses and walked out,” she said.",
            "Ames said he had driven the same bus for eleven years.",
            "Tom Reade and Will Ostby, who both drive school routes, stood apart. “Nobody asked"
            " us,” he said.",
        ]
    )
    searcher = searcher_for("ellery-strike", body)
    assert speakers_of(searcher, "parked the buses") == ["Nora Lind"]
    # two men, either of whom "he" may be: nobody
    assert speakers_of(searcher, "Nobody asked") == [None]


def test_a_name_given_to_a_thing_is_nobodys_words() -> None:
    # Before: the bill's name was the one who named it.
    body = "\n".join(
        [
            "Councillor Tom Ashe wants rents in Bexley frozen for two years.",
            "Ashe has dubbed the bill the “Fair Rent Act” in his newsletters, and Mayor Ana"
            " Lima said she would not back what Ashe calls “the Rent Freeze Plan” this year.",
            "Lima called the plan “a promise nobody can keep.”",
        ]
    )
    searcher = searcher_for("bexley-rents", body)
    assert speakers_of(searcher, "Fair Rent Act") == [None]
    assert quoted(searcher, "the Rent Freeze Plan") == [None]
    # a label in lower case is still the speaker's words
    assert speakers_of(searcher, "a promise nobody can keep") == ["Ana Lima"]


def test_opened_by_accusing_and_began_by_saying_are_the_subjects() -> None:
    body = "\n".join(
        [
            "The Ordley county board met on Tuesday to vote on the landfill contract.",
            "Commissioner Gail Prentiss opened by accusing the hauler of “milking the county for"
            " a decade.”",
            "Board chair Omar Sethi began by saying the vote was “the hardest of my career.”",
            "The fee was raised by saying “enough” to the hauler, residents said.",
        ]
    )
    searcher = searcher_for("ordley-landfill", body)
    assert speakers_of(searcher, "milking the county") == ["Gail Prentiss"]
    assert speakers_of(searcher, "the hardest of my career") == ["Omar Sethi"]
    assert quoted(searcher, "enough") == [None]  # a passive: no one's


def test_a_capitalised_job_title_after_a_name() -> None:
    body = "\n".join(
        [
            "Kelby's council approved the riverside housing plan on Monday night.",
            "Jane Roe, Head of Planning, said the plan was “overdue by a decade.”",
            "Mark Fell, Chief Operating Officer, told reporters the cost was “manageable.”",
            "Ann Lowe, Mark Rudd, said the vote was “too late.”",
        ]
    )
    searcher = searcher_for("kelby-housing", body)
    assert speakers_of(searcher, "overdue by a decade") == ["Jane Roe"]
    assert speakers_of(searcher, "manageable") == ["Mark Fell"]
    assert speakers_of(searcher, "too late") == [None]  # two names, no title


def test_a_capitalised_occupation_after_a_comma_introduces_the_name() -> None:
    # Before: "Councillor Mara Voss" after a comma was no one, and the "she said" after her
    # went to the man who spoke before, whose first name says nothing of his gender.
    body = "\n".join(
        [
            "Kelby's council debated the riverside housing plan on Monday night.",
            "“It is late, but it is good,” Kim Oduya, a builder, said.",
            "At the hearing, Councillor Mara Voss stood up. “This is wrong for the river,” she"
            " said.",
        ]
    )
    searcher = searcher_for("kelby-river", body)
    assert speakers_of(searcher, "wrong for the river") == ["Mara Voss"]


def test_the_role_two_people_hold_is_nobodys_far_back() -> None:
    body = "\n".join(
        [
            "The Harrow film festival opened on Friday with two premieres.",
            "Director Lena Moss brought her debut, a drama shot in the fens, to a packed hall.",
            "Director Tomas Berg screened his documentary about the river. “It took nine"
            " years,” Berg said.",
            "Festival chief Ann Hale said ticket sales were up.",
            "“The film is a love letter to the river,” the director said.",
        ]
    )
    searcher = searcher_for("harrow-festival", body)
    assert speakers_of(searcher, "a love letter to the river") == [None]


def test_a_title_closing_an_appositive_with_its_comma_inside_the_marks() -> None:
    # Before: the comma after the series' title stands inside its quotation marks, so the cue
    # had no subject, and the "he said" after it was nobody's.
    body = "\n".join(
        [
            "“Low Tide,” a film about a family of oyster farmers, opened the Kessock festival.",
            "Ivo Brandt, 31, a stage actor best known for the radio series “Harbour Lights,”"
            " said he had spent a month on an oyster boat to prepare.",
            "“I smelled of the sea until Christmas,” he said.",
        ]
    )
    searcher = searcher_for("kessock-festival", body)
    assert quoted(searcher, "Harbour Lights") == [None]
    assert speakers_of(searcher, "a month on an oyster boat") == ["Ivo Brandt"]
    assert speakers_of(searcher, "smelled of the sea") == ["Ivo Brandt"]


def test_that_was_the_view_of_x_after_a_quotation() -> None:
    body = quarry(
        "Irene Palk, a professor of land law at Denholm College, filed a brief for neither side.",
        "“The court gave the county a way out, just not the one it wanted.” That was the"
        " assessment of Irene Palk, who has written two books on mineral leases.",
        "“Nobody expected a ruling this soon.” That was the talk of the courthouse on Friday.",
    )
    searcher = searcher_for("quarry-view", body)
    assert speakers_of(searcher, "a way out, just not") == ["Irene Palk"]
    assert speakers_of(searcher, "Nobody expected a ruling") == [None]  # no one named


def test_a_subject_past_its_appositive_shares_a_verb_after_but() -> None:
    body = "\n".join(
        [
            "Floods closed the Avon valley road on Sunday.",
            "State Sen. Ruth Calloway, who represents the valley, did not attend the meeting but"
            " wrote on Facebook that she had asked for federal help, calling the damage “the"
            " worst I have seen in twenty years.”",
        ]
    )
    searcher = searcher_for("avon-floods", body)
    assert speakers_of(searcher, "she had asked for federal help") == ["Ruth Calloway"]
    assert speakers_of(searcher, "the worst I have seen") == ["Ruth Calloway"]


def test_a_short_opening_phrase_before_the_subject() -> None:
    body = "\n".join(
        [
            "The state senate passed the school funding bill on Friday.",
            "At one point Sen. Gary Orme, a Republican from Pine Bluff, accused the majority of"
            " “rushing this through” before the recess.",
            "With Sen. Ada Kline absent, the committee called the bill “a bargain.”",
        ]
    )
    searcher = searcher_for("senate-bill", body)
    assert speakers_of(searcher, "rushing this through") == ["Gary Orme"]
    assert speakers_of(searcher, "a bargain") == [None]  # the committee's, no one's


def test_a_sentence_opening_word_before_a_role_and_a_name_is_no_person() -> None:
    # Before: "Later, director Tomas Berg" made "Later" a person with the role "director",
    # so "the director said" had two holders and was nobody's.
    body = "\n".join(
        [
            "The Harrow film festival opened on Friday with a documentary.",
            "Later, director Tomas Berg screened his film about the river to a packed hall.",
            "Festival staff said all tickets had sold within an hour.",
            "“It took nine years to make,” the director said.",
        ]
    )
    searcher = searcher_for("harrow-river", body)
    assert "Later" not in {p.name for p in searcher.snapshot.people}
    assert speakers_of(searcher, "nine years to make") == ["Tomas Berg"]


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name() -> None:
    body = "\n".join(
        [
            "The Russo bakery on Dock Street closed on Saturday after 61 years.",
            "Vito Russo, 70, and his son Marco Russo ran it together for two decades.",
            "Vito recalled his mother, Anna Russo, telling him, “Bread first, money second.”",
            "Both Vito and Marco said they had turned down an offer for the recipes.",
        ]
    )
    searcher = searcher_for("russo-bakery", body)
    assert not any(p.name.startswith("Both") for p in searcher.snapshot.people)
    assert speakers_of(searcher, "Bread first") == ["Anna Russo"]


def test_a_capitalised_occupation_after_a_speech_verb_is_a_title() -> None:
    # Before: "said Provost Evelyn Marsh" made "Provost" part of her name, so "Marsh, the
    # provost" later was someone else, and every quotation of hers went to a bare "Marsh".
    body = "\n".join(
        [
            "Kelby college put two officials on leave after an audit on Monday.",
            "“The figures are not small,” said Provost Evelyn Marsh, who briefed reporters.",
            "Marsh, the provost, said the college had ended the practice in December.",
            "“We will take the blame,” Marsh said.",
            "“It was a quiet decision,” said student Ana Ruiz, who sits on the board.",
        ]
    )
    searcher = searcher_for("kelby-audit", body)
    assert speakers_of(searcher, "The figures are not small") == ["Evelyn Marsh"]
    assert speakers_of(searcher, "We will take the blame") == ["Evelyn Marsh"]
    assert speakers_of(searcher, "It was a quiet decision") == ["Ana Ruiz"]
