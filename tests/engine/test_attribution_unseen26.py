"""Shapes attribution set 26 (`tests/data/attribution/unseen-26`, attr-29, read whole in the
thirty-seventh session by 9attr39) credited to someone else or left nobody's, by cause, on a
ferry-pier story of our own: an event's name after "billed as" was the words of whoever the
sentence was about; a body's name after a title ("the General Services Administration") was a
person "Services Administration"; a partial quotation repeating words quoted before (an
agreement's, nobody's) was credited to the one who repeated them; a paragraph wholly a
quotation after `Asked ..., the superintendent was blunt.` (a full stop, no colon) had no
speaker; a long appositive with no verb ("a driver ... and no relation to the director") or
with a relative "that" kept a name from its verb; "whose father was" made an unnamed subject
a pronoun after might be; "when asked about the path," before a participle of speech hid the
main clause's subject. Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "The Sandholm ferry pier, which has served island families since 1904, was sold on Friday"
    " to a shipping company for $2.1 million."
)
CLOSING = "The sale is expected to close in the spring."


def pier(*paragraphs: str, lede: str = OPENING) -> str:
    return "\n".join([lede, *paragraphs, CLOSING])


def test_a_title_cased_name_after_billed_as_is_nobodys() -> None:
    # Before: the speaker's. "billed as" gives an event its name, as "known as" does
    for participle in ("billed", "marketed"):
        body = pier(
            "The harbour master, Ingrid Solberg, said the pier would stay open until March, and"
            f" the town plans a farewell evening, {participle} as “One Last Crossing to"
            " Sandholm,” for late February.",
        )
        searcher = searcher_for("pier-billed", body)
        assert quoted(searcher, "One Last Crossing") == [None]


def test_words_in_lower_case_after_billed_as_stay_the_speakers() -> None:
    # Guard: a label in lower case is still words
    body = pier(
        "The harbour master, Ingrid Solberg, said the evening, billed as “a farewell to the"
        " old boats,” would be free.",
    )
    assert quoted(searcher_for("pier-billed-guard", body), "a farewell") == ["Ingrid Solberg"]


def test_a_bodys_name_after_a_title_is_no_person() -> None:
    # Before: "General" was a title, and "Services Administration" a person it credited
    body = pier(
        "The General Services Administration, which sells property the government no longer"
        " needs, said in a statement that the sale “met every requirement of the law.”",
    )
    searcher = searcher_for("pier-body", body)
    assert "Services Administration" not in people_and_roles(searcher)
    assert quoted(searcher, "every requirement") == ["General Services Administration"]


def test_a_persons_name_after_a_title_ending_in_an_institutions_word_is_a_person() -> None:
    # Guard: a first name opens it: a general named Court is a person
    body = pier(
        "General Margaret Court, who commands the island garrison, said the sale “changes"
        " nothing for the base.”",
    )
    searcher = searcher_for("pier-general", body)
    assert people_and_roles(searcher).get("Margaret Court") == ("General", "general")
    assert quoted(searcher, "changes nothing") == ["Margaret Court"]


AGREEMENT = (
    "Under the lease, the pier would be “maintained for public use at the company’s discretion.”"
)


def test_a_partial_quotation_repeating_earlier_words_is_theirs() -> None:
    # Before: the one repeating them. "at the company's discretion" is the lease's wording
    body = pier(
        AGREEMENT,
        "Ingrid Solberg, the harbour master, said the town had been misled about what “at the"
        " company’s discretion” meant.",
    )
    searcher = searcher_for("pier-repeat", body)
    assert quoted(searcher, "at the company’s discretion") == [None, None]


def test_a_repeat_of_a_speakers_words_is_that_speakers() -> None:
    # The earlier words' speaker, whoever repeats them
    body = pier(
        "“We will keep the ramp open for every islander who needs it,” Mayor Tove Lund said.",
        "Ingrid Solberg, the harbour master, said she would hold the company to keeping the"
        " ramp open “for every islander who needs it.”",
    )
    searcher = searcher_for("pier-repeat-speaker", body)
    assert quoted(searcher, "every islander who needs it") == ["Tove Lund", "Tove Lund"]


def test_a_partial_quotation_of_new_words_stays_the_speakers() -> None:
    # Guards: words quoted whole twice, and two words, are no repeat of a part
    body = pier(
        AGREEMENT,
        "Ingrid Solberg, the harbour master, said the pier would be “maintained for public use"
        " at the company’s discretion,” as the lease says, and called it “a bad deal.”",
        "Tove Lund, the mayor, said it was “a bad deal” too.",
    )
    searcher = searcher_for("pier-repeat-guard", body)
    assert quoted(searcher, "a bad deal") == ["Ingrid Solberg", "Tove Lund"]


def test_a_quotation_paragraph_after_someone_was_blunt_is_theirs() -> None:
    # Before: nobody's. "was blunt" closing the paragraph with a full stop, not a colon
    body = pier(
        "Harbour master Ingrid Solberg said the last ferry would leave on March 1.",
        "Asked whether the town could buy the pier back, the harbour master was blunt.",
        "“There is no money for it. Not this year, not next year.",
        "“What I will not do is promise islanders a pier I cannot pay for.”",
    )
    searcher = searcher_for("pier-blunt", body)
    assert quoted(searcher, "There is no money") == ["Ingrid Solberg"]
    assert quoted(searcher, "What I will not do") == ["Ingrid Solberg"]


def test_a_quotation_paragraph_after_a_mood_or_a_passive_is_nobodys() -> None:
    # Guards: a thing that was so, and someone who was told, speak no words
    for closing in ("the mood in the hall was tense.", "the harbour master was told."):
        body = pier(
            "Harbour master Ingrid Solberg said the last ferry would leave on March 1.",
            f"When the vote came, {closing}",
            "“There is no money for it.”",
        )
        assert quoted(searcher_for("pier-blunt-guard", body), "no money") == [None]


def test_a_long_appositive_with_no_verb_keeps_the_name_the_subject() -> None:
    # Before: nobody's. Past ten words the appositive was no appositive, and "said" no subject
    body = pier(
        "Ferry captain Erik Lund said the crossings had lost money for a decade.",
        "Maja Lund, a deckhand with 22 years on the boats and no relation to the captain, said"
        " the problem was not only money.",
        "“People think the pier runs itself,” she said.",
    )
    searcher = searcher_for("pier-appositive", body)
    assert quoted(searcher, "runs itself") == ["Maja Lund"]


def test_an_appositive_with_a_relative_that_keeps_the_name_the_subject() -> None:
    # Before: nobody's. "the union that represents the crews" made the appositive a clause
    body = pier(
        "Maja Lund, president of the local chapter of the union that represents the crews,"
        " said members had raised the pier’s repairs “at every single meeting.”",
    )
    searcher = searcher_for("pier-that", body)
    assert quoted(searcher, "every single meeting") == ["Maja Lund"]


def test_a_said_that_clause_is_no_appositive() -> None:
    # Guard: "that" after a verb reports a clause; the name before stays nobody's subject
    body = pier(
        "Maja Lund, who said that crews were tired, and the captain argued that the pier “had"
        " to close.”",
    )
    assert quoted(searcher_for("pier-that-guard", body), "had to close") == [None]


def test_a_whose_clause_names_no_one_a_pronoun_may_be() -> None:
    # Before: nobody's. "whose father was the last keeper" was someone unnamed a subject
    body = pier(
        "The group had raised about $600,000, according to its president, Harriet Quill.",
        "Margaret Dunning, 81, whose father was the last pier keeper before the crossing was"
        " automated, watched the auction at the town library.",
        "“My father used to say the pier belonged to whoever was on the water,” she said.",
    )
    searcher = searcher_for("pier-whose", body)
    assert quoted(searcher, "belonged to whoever") == ["Margaret Dunning"]


def test_someone_unnamed_as_a_subject_still_leaves_the_pronoun_open() -> None:
    # Guard: "her neighbor was" is someone the pronoun may be
    body = pier(
        "The group had raised about $600,000, according to its president, Harriet Quill.",
        "Margaret Dunning, 81, watched the auction, and her neighbor was beside her.",
        "“My father used to say the pier belonged to whoever was on the water,” she said.",
    )
    assert quoted(searcher_for("pier-whose-guard", body), "belonged to whoever") == [None]


def test_a_participle_after_when_asked_is_no_verb_of_the_main_clause() -> None:
    # Before: nobody's. "when asked about the path," hid "did not respond" and its subject
    body = pier(
        "The buyer, Damon Greer, said he would restore the pier.",
        "Greer did not directly respond when asked about the path, saying only that access"
        " was “still being worked out with the town.”",
    )
    searcher = searcher_for("pier-when-asked", body)
    assert quoted(searcher, "still being worked out") == ["Damon Greer"]


def test_the_role_opening_a_longer_title_tells_its_holder_back() -> None:
    # Before: nobody's. "the chief" was no way of "Chief Warrant Officer Dale Pruitt"
    body = pier(
        "Chief Warrant Officer Dale Pruitt, who oversees the harbour lights, said the light"
        " would be serviced as before.",
        "The chief added that the Coast Guard had “no role in choosing a buyer.”",
    )
    searcher = searcher_for("pier-chief", body)
    assert quoted(searcher, "no role in choosing") == ["Dale Pruitt"]


def test_the_role_opening_a_title_gives_way_to_the_role_it_heads() -> None:
    # Guard: a fire chief named too is the chief the story means, wherever named
    body = pier(
        "Fire Chief Anton Brask said the pier was safe. Chief Warrant Officer Dale Pruitt, who"
        " oversees the harbour lights, said the light would be serviced as before.",
        "The chief added that the town had “no role in choosing a buyer.”",
    )
    assert quoted(searcher_for("pier-chief-guard", body), "no role in choosing") == ["Anton Brask"]


def test_words_in_single_marks_after_an_aside_of_quoting_are_the_cues() -> None:
    # Before: nobody's. ", and I'm quoting him," stood between "He told me" and the words
    for aside in ("and I’m quoting him", "and I quote"):
        body = pier(
            "The buyer, Damon Greer, said he would restore the pier.",
            "Select Board Chair Robert Tanaka said Greer had called him on Wednesday. “He"
            f" told me, {aside}, ‘Nobody is putting up a gate,’” Tanaka said.",
        )
        searcher = searcher_for("pier-aside", body)
        assert quoted(searcher, "putting up a gate") == ["Robert Tanaka", "Damon Greer"]


def test_an_aside_with_no_cue_before_it_gives_no_speaker() -> None:
    # Guard: "and I quote" after no verb of speech: a scare term, nobody's
    body = pier(
        "The buyer, Damon Greer, said he would restore the pier.",
        "Select Board Chair Robert Tanaka said Greer had called him on Wednesday. “It was,"
        " and I quote, ‘a courtesy call,’” Tanaka said.",
    )
    searcher = searcher_for("pier-aside-guard", body)
    assert quoted(searcher, "a courtesy call") == ["Robert Tanaka", None]


def test_the_body_the_reporters_role_names_speaks_through_them() -> None:
    # Before: nobody's. "the union had warned" was a cue of its own, with no one to credit
    body = pier(
        "Maja Lund, president of the local chapter of the ferry workers union, said the union"
        " had warned the company about repairs “at every single meeting for a year.”",
    )
    searcher = searcher_for("pier-own-body", body)
    assert quoted(searcher, "every single meeting") == ["Maja Lund"]


def test_a_body_the_reporter_does_not_speak_for_stays_its_own() -> None:
    # Guard: the council is no body of hers: its warning is nobody's, as before
    body = pier(
        "Maja Lund, president of the local chapter of the ferry workers union, said the council"
        " had warned the company about repairs “at every single meeting for a year.”",
    )
    assert quoted(searcher_for("pier-own-body-guard", body), "every single meeting") == [None]


def test_a_speaker_named_again_as_a_paragraphs_subject_is_the_pronouns() -> None:
    # Before: nobody's. Another man spoke in the paragraph before, and "he" might be him
    body = pier(
        "“They came here as guests,” said Wade Hollis, whose family ran the pier for decades.",
        "The buyer's lawyer, Thomas Reyes, disputed that. “It is not going anywhere,” Reyes said.",
        "Outside the old ticket office, Wade Hollis pointed to the spot where the first ferry"
        " docked.",
        "“My grandfather tied up boats right there,” he said.",
    )
    searcher = searcher_for("pier-again", body)
    assert quoted(searcher, "tied up boats") == ["Wade Hollis"]


def test_someone_never_quoted_named_after_another_spoke_leaves_the_pronoun_open() -> None:
    # Guard: a man named for the first time may be the one "he" is, or the one who spoke
    body = pier(
        "The buyer's lawyer, Thomas Reyes, disputed that. “It is not going anywhere,” Reyes said.",
        "Outside the old ticket office, Wade Hollis, 58, pointed to the spot where the first"
        " ferry docked.",
        "“My grandfather tied up boats right there,” he said.",
    )
    assert quoted(searcher_for("pier-again-guard", body), "tied up boats") == [None]


RETOLD = (
    "Ingrid Solberg, the harbour master, said the pier belonged in public hands. She recalled"
    " what the old ferryman told her the day the sale was announced: “He said, ‘Harbour"
    " master, that pier has outlived three owners already.’ He was proud of it.”"
)


def test_a_quotation_retelling_someone_in_single_marks_is_the_tellers() -> None:
    # Before: nobody's. "the old ferryman told her" was the nearest cue, its subject no one
    searcher = searcher_for("pier-retold", pier(RETOLD))
    assert quoted(searcher, "He was proud of it") == ["Ingrid Solberg"]


def test_a_quotation_of_the_one_told_with_no_cue_inside_stays_nobodys() -> None:
    # Guard: no "He said, '...'" opening it: the words may be the ferryman's own
    body = pier(
        RETOLD.replace("“He said, ‘Harbour", "“Harbour").replace(" already.’ He", " already. He")
    )
    assert quoted(searcher_for("pier-retold-guard", body), "outlived three owners") == [None]


OLD_HAND = (
    "“When I started, the ferry ran twice a day,” he said. “{name} was still running the ticket"
    " office back then, and he used to tell us, ‘The pier belongs to the islanders.’ Well, not"
    " anymore.”"
)


def test_a_name_given_only_inside_the_words_is_the_pronoun_after_it() -> None:
    # Before: nobody's. "he used to tell us" was no cue inside the words ("tell" after "used
    # to"), and "Olaf Brekke", named only inside the quotation, no one the story knew
    body = pier(
        "Erik Vold, 77, has worked on the pier since 1969.",
        OLD_HAND.format(name="Olaf Brekke"),
    )
    searcher = searcher_for("pier-inside", body)
    assert quoted(searcher, "belongs to the islanders") == ["Erik Vold", "Olaf Brekke"]


def test_two_names_or_a_name_of_the_other_gender_inside_the_words_stay_open() -> None:
    # Guards: which of two "he" is, or a woman's name before "he", is a guess
    for name in ("Olaf Brekke and Anna Holm", "Anna Holm"):
        body = pier("Erik Vold, 77, has worked on the pier since 1969.", OLD_HAND.format(name=name))
        searcher = searcher_for("pier-inside-guard", body)
        assert quoted(searcher, "belongs to the islanders") == ["Erik Vold", None]
