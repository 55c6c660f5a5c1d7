"""Shapes attribution set 13 (`tests/data/attribution/unseen-13`, attr-14, read whole in the
twenty-eighth session by 9attr22) left nobody's, by cause, on a library story of our own: a
pronoun after a paragraph naming a man and a woman together as one clause subject ("X and Y
handed out leaflets", "Among them were X, ..., and Y, ...", "the Reeds described ..."), then
paragraphs cued by pronouns only; a shared surname with ", the <role>," after it; a place in
the speaker's own reported clause; a trailing cue mid-sentence before ", because"; "posted on
Facebook <time> that"; "X said Y had spoken with Z and told the <role>,"; "posted a message on
his page saying"; "X ... had asked him to pass along a message:". Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for, speakers_of

OPENING = (
    "The Elm Street branch library will close in March, the city announced Monday, after a"
    " budget vote by the council."
)
CLOSING = "The council meets again next month."


def library(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def pair(scene: str, *between: str) -> str:
    return library(
        "“We looked at every other option,” said Councilwoman Linda Marsh.",
        scene,
        *between,
        "“This branch taught my children to read,” she said.",
        "“I have fixed the boiler here for 20 years,” he said. “Nobody asked me.”",
    )


def test_the_man_of_a_pair_joined_as_subject_after_the_woman_spoke() -> None:
    # Before: nobody's. "she" was Maria Voss, the one the scene named who fits; "he" had
    # only the last speaker (her) and nobody named since to be
    body = pair(
        "Outside the branch, Maria Voss, a retired teacher, and Tom Reed, its custodian,"
        " handed out leaflets."
    )
    searcher = searcher_for("library-pair", body)
    assert quoted(searcher, "taught my children") == ["Maria Voss"]
    assert quoted(searcher, "fixed the boiler") == ["Tom Reed"]
    assert quoted(searcher, "Nobody asked me") == ["Tom Reed"]


def test_a_pair_after_among_them_were_one_named_nowhere_else() -> None:
    # Before: nobody's; Walt Jessup was no one the story knew (no cue, no role)
    body = library(
        "“We looked at every other option,” said Councilwoman Linda Marsh.",
        "“I will read to the children until the doors close,” said Maria Voss, a teacher.",
        "Dozens spoke. Among them were Maria Voss, who has run the story hour since 1990, and"
        " Walt Jessup, who has lived next door for 40 years.",
        "“This branch taught my children to read,” she told the council.",
        "“Every summer the kids leave bikes on my lawn,” he said. “I'll miss that.”",
    )
    searcher = searcher_for("library-among", body)
    assert quoted(searcher, "bikes on my lawn") == ["Walt Jessup"]
    assert quoted(searcher, "I'll miss that") == ["Walt Jessup"]


def test_a_couple_called_by_their_surname_in_the_plural() -> None:
    # Before: nobody's. "the Reeds" was no mention of anyone
    body = library(
        "Tom and Maria Reed have run the coffee cart outside the branch since 1994.",
        "“It was a shock,” Maria Reed said.",
        "Tom Reed said they learned of the vote from a customer.",
        "Standing by the cart, the Reeds described the news in different ways.",
        "“I'm angry,” she said. “We did everything right.”",
        "“I'm not angry anymore,” he said. “It took me a week.”",
    )
    searcher = searcher_for("library-couple", body)
    assert quoted(searcher, "I'm angry") == ["Maria Reed"]
    assert quoted(searcher, "everything right") == ["Maria Reed"]
    assert quoted(searcher, "not angry anymore") == ["Tom Reed"]


def test_a_pair_one_of_unknown_gender_stays_nobody() -> None:
    # Guard: "Robin" may be either: "he" may be Robin Lake
    body = pair(
        "Outside the branch, Maria Voss, a retired teacher, and Robin Lake, its custodian,"
        " handed out leaflets."
    )
    assert quoted(searcher_for("library-robin", body), "fixed the boiler") == [None]


def test_narration_between_the_pair_and_the_pronouns_stays_nobody() -> None:
    # Guard: a paragraph naming no one and quoting no one stands between
    body = pair(
        "Outside the branch, Maria Voss, a retired teacher, and Tom Reed, its custodian,"
        " handed out leaflets.",
        "The branch opened in 1931 and was renovated in 1988.",
    )
    assert quoted(searcher_for("library-narration", body), "fixed the boiler") == [None]


def test_a_surname_in_the_plural_of_two_men_and_a_woman_stays_nobody_for_he() -> None:
    # Guard: "he" may be Tom or Luca Reed
    body = library(
        "Tom, Luca and Maria Reed have run the coffee cart outside the branch since 1994.",
        "“It was a shock,” Maria Reed said.",
        "Tom Reed said they learned of the vote from a customer, and Luca Reed agreed.",
        "Standing by the cart, the Reeds described the news in different ways.",
        "“I'm angry,” she said.",
        "“I'm not angry anymore,” he said.",
    )
    assert quoted(searcher_for("library-three", body), "not angry anymore") == [None]


def test_a_pair_named_as_subject_and_object_stays_nobody() -> None:
    # Guard: "Maria Voss thanked Tom Reed": no joined subject (he may be someone else)
    body = pair("Outside the branch, Maria Voss, a retired teacher, thanked Tom Reed for coming.")
    assert quoted(searcher_for("library-object", body), "fixed the boiler") == [None]


def appositive(role: str) -> str:
    return library(
        "A library spokeswoman, Lynn Cole, said the branch had lost half its visitors.",
        "Councilman Frank Cole, who is not related to her, said he would vote to close it.",
        "“We cannot keep every door open,” Frank Cole said.",
        f"Asked whether staff would be laid off, Cole, the {role}, said only that “every"
        " position is under review.”",
    )


def test_a_shared_surname_then_the_role_one_of_them_holds_between_commas() -> None:
    # Before: nobody's. "Cole" names both; the role after it, between commas, was not read
    searcher = searcher_for("library-role-after", appositive("spokeswoman"))
    assert quoted(searcher, "under review") == ["Lynn Cole"]


def test_a_shared_surname_then_a_role_neither_holds_stays_nobody() -> None:
    # Guard: neither Cole is the director
    searcher = searcher_for("library-role-after-none", appositive("director"))
    assert quoted(searcher, "under review") == [None]


def own_report(clause: str) -> str:
    return library(
        "“This branch taught my children to read,” said Maria Voss, a retired teacher.",
        "Councilman Frank Cole said he would vote to close it.",
        f"Outside the hall afterward, Maria Voss said {clause}. “I'll keep coming until they"
        " lock the doors,” she said.",
    )


def test_a_place_named_in_the_speakers_own_reported_clause_is_no_one_she_may_be() -> None:
    # Before: nobody's. "Hollis Park" (Hollis a first name) was read as someone named in
    # passing whom "she" may be, though it is what Voss's own words talk of
    body = own_report("she would be at Hollis Park on opening day, as she has been since 1990")
    assert quoted(searcher_for("library-own-report", body), "keep coming") == ["Maria Voss"]


def test_a_name_as_a_subject_after_her_reported_clause_stays_nobody() -> None:
    # Guard: "Hollis Park nodded" is a clause subject: the pronoun may be them
    body = own_report("she would be there on opening day, and Hollis Park nodded")
    assert quoted(searcher_for("library-own-subject", body), "keep coming") == [None]


def goes_on(rest: str) -> str:
    return library(
        "“This branch taught my children to read,” said Maria Voss, a retired teacher.",
        "Councilman Frank Cole said he would vote to close it.",
        "Readers can return books to any branch, the city said. Readers who owe fines may"
        f" still borrow until March, Voss said, {rest}.",
        "“If you have a card, use it until the last day,” she said.",
    )


def test_a_trailing_cue_in_mid_sentence_before_because() -> None:
    # Before: nobody's. "<clause>, Voss said, because ..." was no cue (only one ending its
    # sentence was), so nobody spoke in the paragraph before "she said"
    searcher = searcher_for("library-goes-on", goes_on("because the fines were waived"))
    assert speakers_of(searcher, "owe fines may still borrow") == ["Maria Voss"]
    assert quoted(searcher, "use it until the last day") == ["Maria Voss"]


def test_a_trailing_cue_before_which_is_no_cue() -> None:
    # Guard: ", which ..." may be the reporter's own words
    searcher = searcher_for("library-goes-on-which", goes_on("which the city confirmed"))
    assert "Maria Voss" not in speakers_of(searcher, "owe fines may still borrow")


def posted(rest: str) -> str:
    return library(
        "“We looked at every other option,” said Councilwoman Linda Marsh.",
        f"The vote drew criticism. Councilman Frank Cole posted on Facebook {rest}.",
    )


def test_posted_on_a_site_then_a_time_then_that() -> None:
    # Before: nobody's. "posted on Facebook that" was read, not with "late Monday night"
    # between
    body = posted("late Monday night that the city owed readers “an apology and a plan”")
    assert quoted(searcher_for("library-posted", body), "apology and a plan") == ["Frank Cole"]


def test_posted_a_photo_of_what_someone_wrote_is_not_his_words() -> None:
    # Guard: what he posted is a photo; the words in it are no one's he said
    body = posted("on Monday photos of a sign that read “closed for good”")
    assert quoted(searcher_for("library-posted-photo", body), "closed for good") != ["Frank Cole"]


def told(clause: str) -> str:
    return library(
        "“We looked at every other option,” said Councilwoman Linda Marsh.",
        "Maria Voss, the library's director, said she learned of the vote on Friday.",
        "Tom Reed, a spokesman for the library, said the staff would stay on until March.",
        f"Reed said {clause}, “I will bring every record your committee asks for.”",
    )


def test_told_the_role_holder_the_clause_met_with_no_that() -> None:
    # Before: nobody's. Only a pronoun object ("and told her,") after "said that" was read;
    # here no "that", and the object is "the councilwoman", whom the clause met (Marsh)
    body = told("Voss had spoken with Marsh by phone and told the councilwoman")
    assert quoted(searcher_for("library-told-role", body), "every record") == ["Maria Voss"]


def test_told_a_role_holder_the_clause_never_met_stays_nobody() -> None:
    # Guard: the clause met no councilwoman: Reed may have told her
    body = told("Voss had spoken with the mayor's office by phone and told the councilwoman")
    assert quoted(searcher_for("library-told-unmet", body), "every record") == [None]


def test_the_reporter_told_the_role_holder_stays_his() -> None:
    # Guard: the reporter's own "told" (no clause between) is as before: the reporter's
    body = told("he had checked with Marsh and told the councilwoman")
    assert quoted(searcher_for("library-told-he", body), "every record") != ["Maria Voss"]


def message(sentence: str) -> str:
    return library(
        "Councilman Frank Cole said he would vote against closing the branch.",
        "Ann Cole, a reader who is not related to the councilman, said she was sad.",
        f"Shortly after 1 a.m., {sentence} the council had “traded a library for a press release.”",
    )


def test_a_message_posted_saying_is_its_senders() -> None:
    # Before: nobody's. "saying" had "a message" for subject, no one; the page's "page" (a
    # noun of speech too) stood between
    body = message("Frank Cole posted a message on his campaign's Facebook page saying")
    assert quoted(searcher_for("library-message", body), "traded a library") == ["Frank Cole"]


def test_his_in_the_senders_own_clause_decides_a_shared_surname() -> None:
    # Before: nobody's. "Cole" names both; "his" in his own clause is the sender's
    body = message("Cole posted a message on his campaign's Facebook page saying")
    assert quoted(searcher_for("library-message-his", body), "traded a library") == ["Frank Cole"]


def test_a_message_from_someone_else_stays_nobody() -> None:
    # Guard: "a message from a reader": the reader's words
    body = message("Frank Cole posted a message from a reader on his Facebook page saying")
    assert quoted(searcher_for("library-message-from", body), "traded a library") == [None]


def test_a_message_received_saying_stays_nobody() -> None:
    # Guard: he received it; someone else sent it
    body = message("Frank Cole received a message on his Facebook page saying")
    assert quoted(searcher_for("library-message-got", body), "traded a library") == [None]


def passed_along(clause: str) -> str:
    return library(
        "Tom Reed, a spokesman for the library, said the staff would stay on until March.",
        f"Reed said {clause}: “Thank you for every book you borrowed. We will miss you.”",
    )


def test_a_message_someone_asked_to_have_passed_along_is_theirs() -> None:
    # Before: nobody's. Neither the one asked ("him") nor the reporter said it; Maria Voss,
    # named only there between commas after a role, was no one the story knew
    body = passed_along(
        "the library's head of circulation, Maria Voss, had read every letter, twice, and had"
        " asked him to pass along a message to readers"
    )
    searcher = searcher_for("library-passed-along", body)
    assert quoted(searcher, "every book you borrowed") == ["Maria Voss"]


def test_a_message_the_one_asked_was_to_pass_along_to_someone_stays_nobody() -> None:
    # Guard: "to pass along" with no one asked ("had asked to pass along"): not read
    body = passed_along(
        "the library's head of circulation, Maria Voss, had read every letter, twice, and had"
        " asked to pass along a message to readers"
    )
    searcher = searcher_for("library-passed-unasked", body)
    assert quoted(searcher, "every book you borrowed") != ["Maria Voss"]
