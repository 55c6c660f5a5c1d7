"""Shapes of news English that left a quotation with nobody, or credited it to the wrong
person, in stories nobody working on the engine had seen (nineteenth session): a relative "who"
after a name, a name set between commas after a noun phrase, a relation before a name ("her
Chilean counterpart, Pablo Soto,"), a relative named by first name ("Her son Marco"). Each
story is of our own wording."""

from __future__ import annotations

from tests.engine.stories import people_and_roles as people
from tests.engine.stories import searcher_for, speakers_of

OPENING = "The Lenwick river bridge will close for repairs in March, county officials said."
CLOSING = "A public meeting on the closure is planned for next Thursday at the library."


def bridge(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_who_after_a_name_or_its_appositive_is_that_name() -> None:
    body = bridge(
        "The repairs will cost about $2 million, according to engineer Hana Sato, who said the"
        " deck had been “patched with hope for a decade.”",
        "Traffic will rise on the ring road, according to Leo Marsh, the county planner, who"
        " said drivers should expect delays of twenty minutes at the morning peak.",
        "The daughter of Ruth Okoye, who said the closure was “a slap in the face,” runs the"
        " bakery by the bridge.",
    )
    searcher = searcher_for("bridge-who", body)
    assert speakers_of(searcher, "patched with hope") == ["Hana Sato", "Hana Sato"]
    assert speakers_of(searcher, "drivers should expect delays") == ["Leo Marsh"]
    # "who" after "the daughter of X" may be the daughter: nobody
    assert set(speakers_of(searcher, "a slap in the face")) == {None}


def test_a_name_between_commas_after_a_noun_phrase_is_the_speaker() -> None:
    body = bridge(
        "The head of the regional ferry union, Ines Duarte, said crews “cannot steer around a"
        " budget.”",
        "In Porto, the chair of the Harbour Pilots’ Guild, Rui Calado, said in a statement that"
        " the plan was “a paper boat.”",
        "The mayor and the head of the council’s roads panel, Tom Ashby, said they had “found a"
        " way through.”",
    )
    searcher = searcher_for("bridge-apposed", body)
    assert speakers_of(searcher, "cannot steer around") == ["Ines Duarte"]
    assert speakers_of(searcher, "a paper boat") == ["Rui Calado"]
    # the mayor and Ashby together: nobody alone
    assert speakers_of(searcher, "found a way through") == [None]


def test_a_relation_before_a_full_name_makes_a_person_who_may_be_meant() -> None:
    # Before: "Pablo Soto" was no one, so "he said" after "Marsh and Soto met" took Marsh,
    # the last speaker, and Soto's own words were nobody's.
    body = bridge(
        "Transport Minister Ana Ruiz and her Chilean counterpart, Pablo Soto, toured the site"
        " with European envoy Paul Marsh.",
        "“We are close to a deal,” Ruiz told reporters.",
        "Soto, standing beside her, was more careful. “My colleague is hopeful,” he said.",
        "Marsh said the two sides had been “loud, but honest.”",
        "Marsh and Soto met privately on Tuesday. Asked what they discussed, he said only,"
        " “Steel. What else?”",
        "Ruiz grew up near the river and still keeps a flat in her hometown, San Lorenzo.",
        "Soto once starred in his film, Jerry Maguire, about a ferryman.",
    )
    searcher = searcher_for("bridge-counterpart", body)
    assert "Pablo Soto" in people(searcher)
    assert "San Lorenzo" not in people(searcher)  # a place: no person's relation
    assert "Jerry Maguire" not in people(searcher)  # a work, as WordNet files "film"
    assert speakers_of(searcher, "My colleague is hopeful") == ["Pablo Soto"]
    assert speakers_of(searcher, "Steel. What else?") == [None]


def test_a_relative_named_by_first_name_is_the_one_named_in_full() -> None:
    body = bridge(
        "Beside her stood her husband, Joel Brandt, and their son, Caleb Brandt, who works at"
        " the boatyard under the bridge.",
        "Her son Caleb, 24, said the yard would lose half its trade. “Nobody asked us once,”"
        " he said.",
    )
    searcher = searcher_for("bridge-son", body)
    assert "Caleb" not in people(searcher)
    assert speakers_of(searcher, "Nobody asked us once") == ["Caleb Brandt"]


def test_a_name_with_a_clause_of_its_own_is_what_she_refers_to() -> None:
    # "the first time Nora Falk has led": Nora Falk is the subject of a clause, though no
    # comma or sentence opens it; the pronoun after is her (before: nobody).
    body = bridge(
        "The repair crew is led by Nora Falk, a welder from Dunmore.",
        "It is the third bridge the crew has mended, but the first time Nora Falk has led it."
        " She said the job had been “harder than any ship.”",
        "“The river never stops moving,” she said after the briefing.",
    )
    searcher = searcher_for("bridge-clause", body)
    assert set(speakers_of(searcher, "harder than any ship")) == {"Nora Falk"}
    assert speakers_of(searcher, "The river never stops moving") == ["Nora Falk"]


def test_a_shared_surname_then_a_pronoun_only_one_of_them_can_be() -> None:
    # Before: nobody. "Okafor said" of Daniel and Grace Okafor is either; "he said" after it
    # can only be Daniel, whom the story knows for a man, Grace for a woman.
    body = bridge(
        "Engineer Daniel Okafor drew the first plans for the bridge in 1988.",
        "His wife, Grace Okafor, a councillor, voted against the closure.",
        "Okafor said the steel had aged faster than expected. “I would not drive a bus over it"
        " today,” he said.",
        "Okafor said the vote had been close. “We did what we could,” they said.",
    )
    searcher = searcher_for("bridge-okafor", body)
    assert speakers_of(searcher, "I would not drive a bus") == ["Daniel Okafor"]
    # "they" says nothing of gender: nobody, as the bare surname is
    assert speakers_of(searcher, "We did what we could") == [None]


def test_a_shared_surname_then_a_pronoun_both_may_be_is_nobody() -> None:
    body = bridge(
        "Daniel Okafor and his brother, Samuel Okafor, run the boatyard under the bridge.",
        "Okafor said trade had halved. “We may not last the winter,” he said.",
    )
    searcher = searcher_for("bridge-brothers", body)
    assert speakers_of(searcher, "We may not last the winter") == [None]


def test_someone_the_speaker_talks_about_is_not_who_he_may_be() -> None:
    # Before: nobody, since Ward was named after Vance spoke. Ward is only the one Vance's
    # own reported words are about (no subject there), so "he said" is still Vance.
    body = bridge(
        "Council member Harold Vance said he had spoken with engineer Tom Ward by phone and"
        " would ask him to appear before the committee. “He is going to answer every question"
        " under oath,” he said.",
        "Council member Lee Park said Ward would testify in April. “I expect he will be"
        " candid,” he said.",
    )
    searcher = searcher_for("bridge-report", body)
    assert speakers_of(searcher, "He is going to answer every question") == ["Harold Vance"]
    # Ward as the subject of Park's reported clause may be the "he" after it: nobody
    assert speakers_of(searcher, "I expect he will be candid") == [None]


def test_words_relayed_from_someone_the_story_names_are_theirs() -> None:
    # Before: nobody's. "X recalled Y telling her" gives Y's words; when the story names Y
    # (a name, or a relative of X's it named) they are Y's, and X is still the one who spoke.
    body = bridge(
        "Engineer Ruth Amadi said she often thought of her predecessor, Walter Kline, who"
        " inspected the bridge for 30 years. She recalled Kline telling her on her first day,"
        " “Trust the rivets, never the paint.” “I still think about that,” she said.",
        "Site manager Owen Price said the job reminded him of his grandfather, Joseph Price,"
        " a riveter. He recalled his grandfather telling him as a boy, “A bridge is a promise"
        " made in steel.” “He was right,” he said.",
        "Foreman Dan Reyes recalled his father telling him, “Measure twice.”",
    )
    searcher = searcher_for("bridge-relay", body)
    assert speakers_of(searcher, "Trust the rivets") == ["Walter Kline"]
    assert speakers_of(searcher, "I still think about that") == ["Ruth Amadi"]
    assert speakers_of(searcher, "A bridge is a promise") == ["Joseph Price"]
    # the teller spoke last, not the one he quoted: "he said" is Owen Price
    assert speakers_of(searcher, "He was right") == ["Owen Price"]
    # a father the story never names: nobody
    assert speakers_of(searcher, "Measure twice") == [None]


def test_a_pronoun_after_an_unnamed_speaker_paragraphs_back_is_its_own_paragraphs_subject() -> None:
    # Before: nobody, since "county officials said" stood between the last named speaker
    # and the pronoun. That was a paragraph before; this one names the one she may be.
    body = bridge(
        "The work will cost $2 million, according to engineer Paul Hart, who said the deck was"
        " “older than anyone thought.” Two lanes will stay open, county officials said.",
        "Asked whether she would drive over it again, Mayor Ines Calder laughed and looked at"
        " the river. “Ask me in April,” she said.",
        "A spokeswoman for the county said the lanes would be narrowed. Councillor Rosa Vidal"
        " walked the deck on Friday. “It shook under my feet,” she said.",
    )
    searcher = searcher_for("bridge-unnamed", body)
    assert speakers_of(searcher, "Ask me in April") == ["Ines Calder"]
    # the unnamed spokeswoman in the pronoun's own paragraph may be meant: nobody
    assert speakers_of(searcher, "It shook under my feet") == [None]


def test_a_quotation_after_a_sentence_in_which_someone_speaks_is_theirs() -> None:
    # Before: nobody. The sentence before names one person speaking, with none of their
    # words given; the quotation after it, with no cue of its own, is theirs, and so is the
    # next paragraph that goes on with it.
    body = bridge(
        "At the end of the meeting, Mayor Mara Voss stood up and addressed the engineers"
        " directly. “You told us it would last fifty years. It lasted thirty.",
        "“We are owed an explanation, and we are owed it in writing.”",
        "Engineer Paul Hart answered at length. “The salt did what salt does,” he said.",
        "Voss asked Hart when the work would end. “By June, if the weather holds.”",
        "Hart spoke with Councillor Ben Ode after the vote. “We will need more money.”",
    )
    searcher = searcher_for("bridge-addressed", body)
    assert speakers_of(searcher, "It lasted thirty") == ["Mara Voss"]
    assert speakers_of(searcher, "owed it in writing") == ["Mara Voss"]
    assert speakers_of(searcher, "The salt did what salt does") == ["Paul Hart"]
    # after a question the words may be the answer of the one asked; two people named: nobody
    assert speakers_of(searcher, "if the weather holds") == [None]
    assert speakers_of(searcher, "We will need more money") == [None]


def test_a_role_in_the_lede_is_the_one_holder_the_story_names_later() -> None:
    # Before: nobody, since the story had named no fire chief yet at the lede.
    lede = (
        "Residents of Lenwick demanded Tuesday that the river bridge be rebuilt, as the {}"
        " said the closure would slow engines by “ten minutes on a good night.”"
    )
    later = "Fire Chief Dana Reyes said crews would be moved to the east bank station."
    deputy = "Deputy Chief Ravi Shah said the bank station was ready."
    searcher = searcher_for("bridge-lede", "\n".join([lede.format("fire chief"), later, deputy]))
    assert set(speakers_of(searcher, "ten minutes on a good night")) == {"Dana Reyes"}
    # "the chief" of two chiefs named further down: which one the lede means is a guess
    searcher = searcher_for("bridge-lede2", "\n".join([lede.format("chief"), later, deputy]))
    assert set(speakers_of(searcher, "ten minutes on a good night")) == {None}


def test_a_quotation_paragraph_after_someones_reported_speech_goes_on_with_it() -> None:
    # Before: nobody. "told reporters after the meeting that" was no reported clause ("after"
    # read as opening a clause), and a paragraph wholly a quotation with no cue went on only
    # from a quotation, never from reported speech ending the paragraph before.
    body = bridge(
        "Mayor Ines Calder, who crossed the bridge to school as a girl, told reporters after the"
        " meeting that the town would manage but that it would take patience.",
        "“People want a date. I cannot give them one yet.",
        "“What I can give them is a bridge that will still stand when their children cross it.”",
        "Two lanes will close first, county officials said after the vote.",
        "“We were never asked.”",
    )
    searcher = searcher_for("bridge-reported", body)
    assert speakers_of(searcher, "the town would manage") == ["Ines Calder"]
    assert speakers_of(searcher, "People want a date") == ["Ines Calder"]
    assert speakers_of(searcher, "still stand when their children") == ["Ines Calder"]
    # after a cue naming nobody: nobody
    assert speakers_of(searcher, "We were never asked") == [None]


def test_said_the_role_then_a_name_set_off_by_commas_is_that_name() -> None:
    # Before: nobody ("moderator" is no role WordNet files among people, and a role with the
    # name after it was looked up as a role only).
    body = bridge(
        "“Nobody here wants to pay twice for one bridge,” said the moderator, KLNW anchor Rosa"
        " Imbert, drawing laughter from the hall.",
        "“We have waited long enough,” said the chairman, Tom Reed.",
        "“It will hold,” said the engineer, Paul Hart and his deputy.",
    )
    searcher = searcher_for("bridge-said-role", body)
    assert speakers_of(searcher, "pay twice for one bridge") == ["Rosa Imbert"]
    assert speakers_of(searcher, "We have waited long enough") == ["Tom Reed"]
    # a list, not an apposition: nobody alone
    assert speakers_of(searcher, "It will hold") == [None]
