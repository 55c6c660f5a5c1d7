"""Shapes attribution set 27 (`tests/data/attribution/unseen-27`, attr-31, read whole in the
thirty-seventh session by 9attr40) credited to someone else or left nobody's, by cause, on a
mill-closing story of our own: a quotation that retells what someone said (`X relayed what Y had
told the crew: "Y stood up and told them, '...'"`) was Y's; words in single marks after a
deed joined to the verb of speech ("Ray stood up in the kitchen and said, '...'") had no
speaker, nor a familiar short form of a first name ("Ray" of Raymond); "X later posted on the
city's Facebook page:" and "He posted on Instagram on Wednesday afternoon:" before a quotation
were no cue; "the mill president" was not "the mill's president". Each with guards."""

from __future__ import annotations

from tests.engine.stories import quoted, searcher_for

OPENING = (
    "The Harwick flour mill, which has ground wheat on the Selby River since 1888, will close"
    " at the end of the month, its owners said on Tuesday."
)
CLOSING = "The mill's equipment will be sold at auction in the spring."


def mill(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


STEWARD = (
    "Owen Price, an organiser for the millers' union, said about 40 workers would lose their jobs."
)


def test_a_quotation_retelling_what_someone_said_is_the_tellers() -> None:
    # Before: the steward's. The quotation tells of him by name: Price's retelling
    body = mill(
        STEWARD,
        "Price relayed what the union's steward at the mill, Wade Collier, had told the night"
        " shift on Friday: “Wade stood up and told them, ‘We did not fail this mill, the mill"
        " failed us,’ and nobody said a word after that.”",
    )
    searcher = searcher_for("mill-retold", body)
    # the whole quotation, then the words in single marks inside it
    assert quoted(searcher, "We did not fail this mill") == ["Owen Price", "Wade Collier"]


def test_a_quotation_of_the_ones_own_words_after_what_they_told_stays_theirs() -> None:
    # Guard: the steward's own words, opening with no name of his
    body = mill(
        STEWARD,
        "Price relayed what the union's steward at the mill, Wade Collier, had told the night"
        " shift on Friday: “We did not fail this mill. The mill failed us.”",
    )
    assert quoted(searcher_for("mill-told", body), "did not fail") == ["Wade Collier"]


def test_single_marks_after_a_deed_joined_to_the_verb_of_speech_are_the_subjects() -> None:
    # Before: nobody's. "stood up and told them": the one name opening the sentence
    body = mill(
        "The mill's manager, Ellen Marsh, told the workers on Tuesday morning.",
        "“Ellen stood up in the canteen and told us, ‘I am sorry, there was no buyer,’ and then"
        " she walked out,” said Tom Rudd, a miller for 30 years.",
    )
    searcher = searcher_for("mill-joined", body)
    assert quoted(searcher, "no buyer") == ["Tom Rudd", "Ellen Marsh"]


def test_a_short_form_of_one_persons_first_name_is_theirs() -> None:
    # Before: nobody's. "Ray" opens one person's first name, Raymond, and no one's is "Ray"
    body = mill(
        "Raymond Hale, the mill's owner, said the family had tried for two years to sell it.",
        "“Ray stood up in the canteen and said, ‘I ran out of road,’ and that was it,” said Tom"
        " Rudd, a miller for 30 years.",
    )
    searcher = searcher_for("mill-short", body)
    assert quoted(searcher, "ran out of road") == ["Tom Rudd", "Raymond Hale"]


def test_a_short_form_two_first_names_open_stays_nobodys() -> None:
    # Guards: "Chris" of Christopher and Christine is a guess; "He" with no one else named
    # in the paragraph (an unnamed miller) stays nobody's
    body = mill(
        "Christopher Hale, the mill's owner, and his sister Christine Hale, its accountant,"
        " said the family had tried for two years to sell it.",
        "“Chris stood up in the canteen and said, ‘We ran out of road,’ and that was it,” said"
        " Tom Rudd, a miller for 30 years.",
        "Rudd recalled an older miller: “He looked at me and said, ‘I started here in 1961,’"
        " and then he laughed.”",
    )
    searcher = searcher_for("mill-short-guard", body)
    assert quoted(searcher, "ran out of road") == ["Tom Rudd", None]
    assert quoted(searcher, "started here in 1961") == ["Tom Rudd", None]


def test_a_post_before_a_colon_with_where_and_when_is_the_posters() -> None:
    # Before: nobody's. "posted on" a page with an owner, or a name and a time, then a colon
    body = mill(
        "Mayor Ruth Ellery said the town would try to find the workers new jobs.",
        "Ellery later posted on the town's official Facebook page: “Harwick will not forget"
        " what this mill gave us.”",
        "Nina Rudd, Tom Rudd's daughter, grew up in the mill house. She posted on Instagram on"
        " Wednesday evening: “Learned to ride a bike in that yard.”",
    )
    searcher = searcher_for("mill-posted", body)
    assert quoted(searcher, "will not forget") == ["Ruth Ellery"]
    assert quoted(searcher, "Learned to ride") == ["Nina Rudd"]


def test_a_bodys_post_or_a_post_from_another_stays_nobodys() -> None:
    # Guards: a body's post with a time (as a body's statement with no cue is), another's
    # letter posted
    body = mill(
        "The Selby County Council posted on X on Tuesday: “We are talking to the owners about"
        " the site.”",
        "Mayor Ruth Ellery said the town would try to find the workers new jobs.",
        "Tom Rudd, a miller for 30 years, said he had expected it.",
        "Ellery posted a letter from her predecessor on Facebook: “The mill is the town.”",
    )
    searcher = searcher_for("mill-posted-guard", body)
    assert quoted(searcher, "talking to the owners") == [None]
    assert quoted(searcher, "The mill is the town") == [None]


def test_a_role_without_its_owners_s_is_the_owned_role() -> None:
    # Before: nobody's. "the mill president" of "the mill's president"
    body = mill(
        "Raymond Hale, the mill's president, said the family had tried for two years to sell it.",
        "Selma Ortiz, the league's president, said the local football club would lose its sponsor.",
        "Tom Rudd, a miller for 30 years, said he had expected it.",
        "“My grandfather built that wheel with borrowed money,” the mill president said.",
        "“We will find the club another sponsor,” the league president said.",
    )
    searcher = searcher_for("mill-role", body)
    assert quoted(searcher, "borrowed money") == ["Raymond Hale"]
    assert quoted(searcher, "another sponsor") == ["Selma Ortiz"]
