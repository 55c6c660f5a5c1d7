"""Wrong credits and missed titles of the twenty-sixth session's blind sets (9attr18), by
cause, on a library story of our own: a pronoun whose sentence holds a role holder of the
pronoun's gender and a subject whose gender the story never tells ("Carol" is a man's name
too in the first-name list); titles the people reader missed: a noun for a kind of person in a
later sense only ("Senate Minority Whip"), a place that is also a given name opening the title
("Virginia House Speaker"). Each with guards."""

from __future__ import annotations

from tests.engine.stories import asked_for_words, people_and_roles, quoted, searcher_for

OPENING = "The county board voted on Tuesday to close the Millbrook library branch."
CLOSING = "The board meets again in June."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def mayoral(sentence: str, before: str = "The race has been bitter for a small town.") -> str:
    return library(
        "Mayor Harold Brandt won a third term by four votes, and his challenger, Carol Brandt,"
        " asked for a recount.",
        "“Every vote matters,” Carol Brandt said. “I will keep asking,” she said.",
        f"{before} {sentence}",
    )


def test_a_pronoun_of_the_other_gender_only_the_subject_may_be_leaves_the_role_holder() -> None:
    # Before: "he" went to Carol Brandt, the sentence's subject (her gender unknown: the
    # story never says it but in "she said" after her words), though "her plans" can only be
    # hers and the mayor is the one man of the sentence
    body = mayoral(
        "Carol Brandt has accused the mayor of neglecting the old library; he has called her"
        " plans for it “a fantasy with a budget line.”"
    )
    searcher = searcher_for("library-her-plans", body)
    assert quoted(searcher, "a fantasy with") == ["Harold Brandt"]
    assert quoted(searcher, "keep asking") == ["Carol Brandt"]


def test_a_pronoun_either_the_role_holder_or_a_subject_of_unknown_gender_is_nobodys() -> None:
    # Before: Carol Brandt's (the subject); "he" may be either: nobody, not a guess
    body = mayoral(
        "Carol Brandt has accused the mayor of neglecting the old library; he has called the"
        " plans for it “a fantasy with a budget line.”"
    )
    assert quoted(searcher_for("library-the-plans", body), "a fantasy with") == [None]


def test_another_woman_named_just_before_leaves_the_pronoun_nobodys() -> None:
    # Before: Carol Brandt's. "her" may be the librarian named in the sentence before, so it
    # says nothing of Carol Brandt's gender: nobody
    body = mayoral(
        "Carol Brandt has accused the mayor of neglecting the old library; he has called her"
        " plans for it “a fantasy with a budget line.”",
        before="Librarian Susan Okafor drew up a plan to save the branch.",
    )
    assert quoted(searcher_for("library-librarian", body), "a fantasy with") == [None]


def whip(title: str) -> str:
    return library(
        f"{title} Pamela Voss, a Democrat who wrote the library bill, called the vote “a quiet"
        " disaster.”",
        "“Nobody on that board has set foot in this building,” Voss said in a statement.",
    )


def test_a_title_whose_noun_is_a_kind_of_person_only_in_a_later_sense_is_a_role() -> None:
    # Before: "Senate Minority Whip Pamela Voss" was a name whole ("whip" first a lash, and
    # "Senate" made the run read as a body's): her words credited to that name
    searcher = searcher_for("library-whip", whip("Senate Minority Whip"))
    assert "whip" in people_and_roles(searcher)["Pamela Voss"]
    assert quoted(searcher, "a quiet disaster") == ["Pamela Voss"]
    assert quoted(searcher, "set foot") == ["Pamela Voss"]


def test_a_place_that_is_a_given_name_before_a_title_is_part_of_the_title() -> None:
    # Before: "Virginia House Speaker Pamela Voss" was a name whole ("Virginia" a given name)
    searcher = searcher_for("library-virginia", whip("Virginia House Speaker"))
    assert people_and_roles(searcher)["Pamela Voss"] == ("Virginia House Speaker", "speaker")
    assert quoted(searcher, "set foot") == ["Pamela Voss"]


def test_a_place_right_before_a_kind_of_person_keeps_the_run_a_name() -> None:
    # guard: a place alone before the noun ("Dayton Page") may be a name's first words: as before
    searcher = searcher_for("library-dayton-page", whip("Dayton Page"))
    assert "Pamela Voss" not in people_and_roles(searcher)


def test_what_did_someone_tweet_asks_for_their_words() -> None:
    # Before: "tweet" was no verb of saying to the question reader: no speaker asked for, the
    # tweet shown low
    body = library(
        "Librarian Tomas Kell, who ran the branch for twenty years, was on Twitter within the"
        " hour.",
        "“Thank you for every story hour,” Kell tweeted, adding a photo of the reading room.",
        "Board chair Ruth Ansel said the savings were needed. “We had no choice,” Ansel said.",
    )
    searcher = searcher_for("library-tweet", body)
    answer = asked_for_words(searcher, "what did kell tweet", "Tomas Kell")
    assert answer.passages[0].text.startswith("“Thank you for every story hour")
