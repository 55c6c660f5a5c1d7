"""Shapes attribution set 17 (`tests/data/attribution/unseen-17`, attr-19, read whole in the
thirty-second session by 9attr30) left nobody's, by cause, on a ferry story of our own: a
name owning the subject of a clause a speaker reports ("Kelly Park's pool") taken for someone
a pronoun after may be; "the Rev." read as part of a name; a title of address for clergy
before a surname, or a noun for a kind of person after a quotation ("Father Odum said", "Rabbi
Amos Odum said"); a shared surname after a title that says a man or a woman ("Mrs. Odum",
"Father Odum"); a subject phrase a name owns ("Harbor Line's head of safety, Dana Kowal,
said"); a role after "its" ("its mayor said"); "in the words of X"; "X struck a softer tone:
..."; an aside between dashes before the verb; "..." asked X, then "...," she replied. Each
with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "PORT ELLIS, Maine — The Harbor Line will stop running its island ferry in October after"
    " 61 years, the company said Thursday."
)
CLOSING = "The last crossing is set for Oct. 31."


def ferry(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def pool(clause: str) -> str:
    return ferry(
        f"Ruth Abara, who has served on the board since 2012, told reporters that"
        f" {clause} would close by summer."
        " “We cannot keep cutting and call it a budget,” she said.",
    )


def test_a_name_owning_a_reported_clauses_subject_is_no_one_a_pronoun_may_be() -> None:
    # Before: nobody's. "Kelly Park", a name the story knows as no one with a first name that
    # fits "she", was taken for someone the pronoun might be, though it only owns the subject
    searcher = searcher_for("ferry-owner", pool("Kelly Park’s swimming pool"))
    assert quoted(searcher, "call it a budget") == ["Ruth Abara"]


def test_a_name_as_a_reported_clauses_subject_stays_someone_a_pronoun_may_be() -> None:
    # Guard: "Kelly Park" as the subject itself may be whom "she" means (as before)
    searcher = searcher_for("ferry-owner-guard", pool("Kelly Park"))
    assert quoted(searcher, "call it a budget") == [None]


def test_the_rev_is_a_title_not_part_of_the_name() -> None:
    # Before: "Rev. Amos Odum", a person of that name, "Odum said" someone else's
    body = ferry(
        "The blessing of the fleet was led by the Rev. Amos Odum, who has served the island"
        " church since 1998.",
        "“This boat carried our brides and our coffins,” Odum said.",
    )
    searcher = searcher_for("ferry-rev", body)
    assert people_and_roles(searcher)["Amos Odum"][0] == "Rev."
    assert quoted(searcher, "brides and our coffins") == ["Amos Odum"]


def pastor(title: str) -> str:
    return ferry(
        "Amos Odum, the island's minister since 1998, blessed the boat on Sunday.",
        f"“This boat carried our brides and our coffins,” {title} Odum said.",
    )


def test_a_clergy_title_before_a_known_surname_is_a_title() -> None:
    # Before: nobody's ("no speaker cue"). After a quotation the subject phrase opened at the
    # surname, not at "Father"/"Rabbi", so the cue was not read as the one after the quotation
    for title in ("Father", "Rabbi"):
        searcher = searcher_for("ferry-pastor", pastor(title))
        assert quoted(searcher, "brides and our coffins") == ["Amos Odum"]


def test_a_capitalised_noun_for_a_person_after_a_quotation_is_no_part_of_the_name() -> None:
    # Before: "Rabbi Amos Odum", someone of that name. After a closing quotation mark the noun
    # was not read as opening a role, as it is opening a sentence ("Rabbi Amos Odum said")
    body = ferry("“This boat carried our brides and our coffins,” Rabbi Amos Odum said.")
    searcher = searcher_for("ferry-rabbi", body)
    assert people_and_roles(searcher) == {"Amos Odum": ("rabbi",)}
    assert quoted(searcher, "brides and our coffins") == ["Amos Odum"]


def test_a_first_name_before_a_known_surname_is_someone_else() -> None:
    # Guards: "Hunter", "Pastor" are first names too, "Baker" no title of address: "Hunter
    # Odum", "Baker Odum" may be someone else's names
    for title in ("Hunter", "Pastor", "Baker"):
        searcher = searcher_for("ferry-pastor-guard", pastor(title))
        assert quoted(searcher, "brides and our coffins") != ["Amos Odum"]


def odums(title: str, first: str = "Grace") -> str:
    return ferry(
        f"Harbor master {first} Odum, 52, watched the boat leave from the pier.",
        "Her cousin, the Rev. Amos Odum, blessed it from the deck.",
        f"“We will not see its like again,” {title} Odum said.",
    )


def test_a_title_saying_man_or_woman_picks_one_of_a_shared_surname() -> None:
    # Before: "Mr." and "Mrs." Grace Odum's, a wrong credit for "Mr." ("the Rev. Amos Odum"
    # was "Rev. Amos Odum", someone else); "Father" nobody's. "Odum" names both, and only a
    # title the story gave one of them (not one saying a man or a woman) picked one
    for title, who in (("Father", "Amos Odum"), ("Mrs.", "Grace Odum"), ("Mr.", "Amos Odum")):
        searcher = searcher_for("ferry-gender-title", odums(title))
        assert quoted(searcher, "its like again") == [who]


def test_a_title_saying_a_gender_one_of_them_has_no_known_gender_stays_nobody() -> None:
    # Guard: "Robin" says no gender, so "Mrs." might be either of them; not Amos Odum, whom
    # the paragraph before introduces (before: "Rev. Amos Odum" was someone else)
    searcher = searcher_for("ferry-gender-title-guard", odums("Mrs.", first="Robin"))
    assert quoted(searcher, "its like again") == [None]


def owned(phrase: str) -> str:
    return ferry(
        f"{phrase}, Dana Kowal, said the company had been “losing money on every crossing”"
        " since 2019.",
    )


def test_a_subject_phrase_a_name_owns_before_an_apposed_name_is_that_names() -> None:
    # Before: nobody's. Only a phrase opening with "the", "a" or "its" was read so (a role head
    # right before the name, "Harbor Line's spokeswoman", was read already)
    for phrase in ("Harbor Line’s head of safety", "Harbor Line’s director of marine operations"):
        searcher = searcher_for("ferry-owned", owned(phrase))
        assert quoted(searcher, "every crossing") == ["Dana Kowal"]


def test_a_name_owned_phrase_after_a_verb_is_an_object() -> None:
    # Guard: "thanked X's head of safety, Y," is no subject of "said"
    body = ferry(
        "Mayor Luis Brandt thanked Harbor Line’s head of safety, Dana Kowal, and said the town"
        " had been “losing money on every crossing” too.",
    )
    searcher = searcher_for("ferry-owned-guard", body)
    assert quoted(searcher, "every crossing") != ["Dana Kowal"]


def mayor(words: str) -> str:
    return ferry(
        "Port Ellis Mayor Luis Brandt, 61, said he had ridden the ferry to school as a boy.",
        words,
    )


def test_its_role_is_the_roles_holder() -> None:
    # Before: nobody's. "its" before a role was read as no determiner, so the cue had none
    for words in (
        "The town voted to buy a boat of its own, a step that was “long overdue,” its mayor said.",
        "The town voted to buy a boat of its own, a step that was, according to its mayor,"
        " “long overdue.”",
    ):
        searcher = searcher_for("ferry-its", mayor(words))
        assert quoted(searcher, "long overdue") == ["Luis Brandt"]


def test_in_the_words_of_before_a_quotation_is_its_cue() -> None:
    # Before: nobody's
    for words, who in (
        ("The vote went, in the words of its mayor, “the only way it could go.”", "Luis Brandt"),
        ("The vote went, in the words of Luis Brandt, “the only way it could go.”", "Luis Brandt"),
    ):
        searcher = searcher_for("ferry-words-of", mayor(words))
        assert quoted(searcher, "only way it could go") == [who]


def test_in_the_words_of_no_one_or_far_from_the_quotation_stays_nobody() -> None:
    # Guards: the words of a song, of someone unnamed; a phrase not right before the quotation
    for words in (
        "The vote went, in the words of the old song, “the only way it could go.”",
        "The vote went, in the words of one fisherman, “the only way it could go.”",
        "In the words of its mayor, the vote went as votes go, “the only way it could go.”",
    ):
        searcher = searcher_for("ferry-words-of-guard", mayor(words))
        assert quoted(searcher, "only way it could go") == [None]


def tone(clause: str) -> str:
    return ferry(
        "Deckhand Tomas Reyes has worked the crossing for 22 years.",
        f"{clause}: “Boats come and go. The island stays.”",
    )


def test_striking_a_tone_before_a_colon_is_the_subjects_words() -> None:
    # Before: nobody's
    for clause in (
        "Reyes struck a more hopeful tone on Facebook",
        "Reyes took a gentler tone",
        "Reyes sounded a note of hope",
    ):
        searcher = searcher_for("ferry-tone", tone(clause))
        assert quoted(searcher, "The island stays") == ["Tomas Reyes"]


def test_a_tone_of_a_document_or_a_deal_stays_nobody() -> None:
    # Guards: a notice's tone (no person); "struck a deal" (no tone); the tone of another
    for clause in (
        "The company’s notice struck a hopeful tone",
        "Reyes struck a deal with the captain",
        "Reyes liked the tone Kowal took",
    ):
        searcher = searcher_for("ferry-tone-guard", tone(clause))
        assert quoted(searcher, "The island stays") == [None]


def aside(words: str) -> str:
    return ferry(
        "Harbor master Grace Odum has run the pier since 2010.",
        f"Deckhand Tomas Reyes — {words} — struck a gentler tone: “Boats come and go.”",
    )


def test_an_aside_between_dashes_before_the_verb_is_skipped() -> None:
    # Before: nobody's. The subject was looked for right before the verb, at the dash
    searcher = searcher_for("ferry-dashes", aside("no relation to the captain"))
    assert quoted(searcher, "Boats come and go") == ["Tomas Reyes"]


def test_an_aside_naming_someone_stays_nobody() -> None:
    # Guard: an aside naming someone the story knows ("Odum said"): whose words is unsure
    searcher = searcher_for("ferry-dashes-guard", aside("a friend of Odum"))
    assert quoted(searcher, "Boats come and go") == [None]


def asked(asker: str, pronoun: str = "she") -> str:
    return ferry(
        "Harbor master Grace Odum took questions on the pier after the announcement.",
        f"“Who will carry the mail now?” {asker} asked Odum as the boat pulled in.",
        f"“The mail will come by plane, twice a week,” {pronoun} replied.",
    )


def test_the_one_asked_a_question_answers_it() -> None:
    # Before: nobody's. The question's asker was no one named, and "she" had no one else
    for asker in ("a fisherman", "Tomas Reyes"):
        searcher = searcher_for("ferry-asked", asked(asker))
        assert quoted(searcher, "twice a week") == ["Grace Odum"]


def test_an_asker_the_pronoun_fits_or_an_answer_of_the_other_gender_stays_nobody() -> None:
    # Guards: asked by a woman ("she" may be either); "he" does not fit Grace Odum
    for asker, pronoun in (("Dana Kowal, a teacher,", "she"), ("a fisherman", "he")):
        searcher = searcher_for("ferry-asked-guard", asked(asker, pronoun))
        assert quoted(searcher, "twice a week") != ["Grace Odum"]
