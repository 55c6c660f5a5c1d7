"""Shapes attribution set 23 (`tests/data/attribution/unseen-23`, attr-25, read whole in the
thirty-fifth session by 9attr36) left nobody's, by cause, on a lido story of our own: a role
WordNet does not have as one word ("headteacher"), so its holder was no one and their words
over two paragraphs no one's; a plural noun after a preposition read as a verb of speech
("decided on answers that were "..."" read as "X answers"), the cue of the words after it;
a participle opening a role ("the managing director", "the visiting professor") stopping the
role before it, so "Its managing director, X, said" had no subject; a role set before a name
opening with a title of address ("The town's MP, Sir Alan Royce,") or a role "of" a named place
or body ("The chair of Fellside Swimming Club, Gwen Ashby,"), neither read as the one named's,
so "the MP said" was no one's; a shared surname after a sentence whose subject is a relative
the story named ("Her mother ... was blunter. "...," Quill said."); "My mother always told
us, '...'" inside someone's words, of a mother the story named. Each with guards."""

from __future__ import annotations

from bot.engine.occupations import is_person_noun
from tests.engine.stories import opening_with, people_and_roles, quoted, searcher_for

OPENING = (
    "Fellside council will close the town's open-air lido at the end of the summer, ending 90"
    " years of swimming on the site, it said on Monday."
)
CLOSING = "A public meeting on the closure will be held next month."


def lido(*paragraphs: str) -> str:
    return "\n".join([OPENING, *paragraphs, CLOSING])


def test_a_headteacher_is_someone_and_their_words_over_two_paragraphs_are_theirs() -> None:
    # Before: nobody's. WordNet has "headmaster" and "headmistress" but not "headteacher", so
    # "X, headteacher of Y, said" gave no role, X was no one, and the "he said" closing the
    # words' second paragraph (the first left open) no one's
    body = lido(
        "Owen Marsh, headteacher of Fellside Primary, said the pool had taught three"
        " generations of the town's children to swim.",
        "“Every child in this school learns there. We walk them down in a line on Tuesday"
        " mornings.",
        "“Where do we take them now? The nearest pool is forty minutes on a bus,” he said.",
    )
    searcher = searcher_for("lido-headteacher", body)
    assert "headteacher" in people_and_roles(searcher)["Owen Marsh"]
    assert quoted(searcher, "Every child") == ["Owen Marsh"]
    assert quoted(searcher, "nearest pool") == ["Owen Marsh"]


def test_a_prefix_of_rank_makes_a_person_noun_only_of_a_person_noun() -> None:
    assert is_person_noun("headteacher")
    assert is_person_noun("cowriter")
    # Guard: a prefix before what is no person ("count", "text"), or a word WordNet has
    assert not is_person_noun("headcount")
    assert not is_person_noun("subtext")
    assert not is_person_noun("headline")


def test_a_plural_noun_after_a_preposition_is_no_cue() -> None:
    # Before: nobody's. "answers" and "remarks" (forms of verbs of speech) after "on" and "by"
    # were read as "X answers", a cue with no subject, nearer the words than "said"
    body = lido(
        "Lena Ashby, the council's leisure manager, said the decision had rested on answers"
        " that were “honest about the cost.”",
        "Councillor Tom Hale said the vote had been swayed by remarks that were “made up on the"
        " night by people who never swim.”",
    )
    searcher = searcher_for("lido-plural-noun", body)
    assert quoted(searcher, "honest about the cost") == ["Lena Ashby"]
    assert quoted(searcher, "made up on the night") == ["Tom Hale"]


def test_a_speech_verb_after_its_subject_or_a_participle_after_a_preposition_is_a_cue() -> None:
    # Guard: "Hale counters that" is the verb (its subject before it), and "by accusing" a
    # participle after a preposition, the cue of its subject's words (as before)
    body = lido(
        "Lena Ashby, the council's leisure manager, said the pool lost money every year.",
        "Councillor Tom Hale counters that the lido is “worth every penny.”",
        "Councillor Ruth Abbey opened by accusing the council of “giving up on the town.”",
    )
    searcher = searcher_for("lido-plural-noun-guard", body)
    assert quoted(searcher, "worth every penny") == ["Tom Hale"]
    assert quoted(searcher, "giving up on the town") == ["Ruth Abbey"]


def test_a_managing_director_or_visiting_professor_is_a_role_and_the_subject_of_a_cue() -> None:
    # Before: nobody's. "managing" and "visiting" are verbs' forms, which stopped the role run
    # at its head, so "Its managing director, X, said" had no subject and X no role (WordNet
    # has "managing director" and "visiting professor" as nouns)
    body = lido(
        "Brackwell Leisure, which runs the lido's café, said the café would close as well.",
        "Its managing director, Petra Lind, said the firm had “never made money in a wet summer.”",
        "The visiting professor, Sam Fry, said the lido had been “a laboratory for cold-water"
        " research.”",
    )
    searcher = searcher_for("lido-managing", body)
    roles = people_and_roles(searcher)
    assert "managing director" in roles["Petra Lind"]
    assert "visiting professor" in roles["Sam Fry"]
    assert quoted(searcher, "wet summer") == ["Petra Lind"]
    assert quoted(searcher, "a laboratory") == ["Sam Fry"]


def test_a_verb_before_a_role_is_no_part_of_it() -> None:
    # Guard: "thanking" before "director" is a verb (no noun with it in WordNet)
    body = lido(
        "After thanking director Ilse Franck on Friday, the trustees said the lido could not be"
        " saved.",
    )
    searcher = searcher_for("lido-managing-guard", body)
    roles = people_and_roles(searcher)["Ilse Franck"]
    assert "director" in roles
    assert not any("thanking" in role for role in roles)


def test_a_role_before_a_name_opening_with_a_title_of_address_is_theirs() -> None:
    # Before: nobody's. The title ("Sir", "Dr.") made the name's run a role and a name, and
    # a role phrase before the comma was read only for a name with none
    body = lido(
        "The town's MP, Sir Alan Royce, said he would raise the closure in Parliament.",
        "“A town that closes its pool has given up on its children,” the MP said.",
        "The lido's medical officer, Dr. Hana Ito, said cold-water swimming had helped"
        " hundreds of older residents.",
        "“Some of my patients swim there every day of the year,” the officer said.",
    )
    searcher = searcher_for("lido-titled", body)
    assert quoted(searcher, "has given up on its children") == ["Alan Royce"]
    assert quoted(searcher, "every day of the year") == ["Hana Ito"]


def test_a_role_of_a_named_place_or_body_before_a_name_is_theirs() -> None:
    # Before: nobody's. "The chair of Fellside Swimming Club, Gwen Ashby," gave no role: a
    # role phrase before the comma was read only when it ended with the role's head
    body = lido(
        "The chair of Fellside Swimming Club, Gwen Ashby, said members had raised 40,000 to"
        " repair the pool's boiler.",
        "“We will not hand the keys back without a fight,” the chair said.",
    )
    searcher = searcher_for("lido-role-of", body)
    assert "chair" in people_and_roles(searcher)["Gwen Ashby"]
    assert quoted(searcher, "hand the keys back") == ["Gwen Ashby"]


def test_a_role_of_a_named_body_after_a_preposition_is_no_ones() -> None:
    # Guard: "to the editor of the Fellside Courier" is whom a letter went to, not a role of
    # the one named after it
    body = lido(
        "In a letter to the editor of the Fellside Courier, Ann Lee said the pool had saved"
        " her life.",
    )
    searcher = searcher_for("lido-role-of-guard", body)
    assert "editor" not in people_and_roles(searcher).get("Ann Lee", ())


def test_a_shared_surname_after_a_relative_as_subject_is_that_relative() -> None:
    # Before: nobody's. "Quill" of Nora and Edith Quill; the sentence before the words has
    # for subject "Her mother", the one the story named as Nora Quill's mother
    body = lido(
        "The lido's café is run by Nora Quill, 41, who took it over from her mother, Edith"
        " Quill, in 2015.",
        "“Swimmers are the best customers in the world. They are always starving,” Nora Quill"
        " said.",
        "Her mother, who still bakes the café's scones, was less forgiving. “Ninety years, and"
        " they close it by email,” Quill said.",
    )
    searcher = searcher_for("lido-kin-subject", body)
    assert quoted(searcher, "close it by email") == ["Edith Quill"]


def test_a_shared_surname_after_a_relative_something_was_done_to_is_nobodys() -> None:
    # Guard: a passive ("was buried") tells of the relative, not what they did: the daughter
    # may be speaking of her
    body = lido(
        "The lido's café is run by Nora Quill, 41, who took it over from her mother, Edith"
        " Quill, in 2015.",
        "“Swimmers are the best customers in the world. They are always starving,” Nora Quill"
        " said.",
        "Her mother was buried in the town's churchyard last year. “She would have chained"
        " herself to the gates,” Quill said.",
    )
    searcher = searcher_for("lido-kin-subject-guard", body)
    assert quoted(searcher, "chained herself") == [None]


def test_words_my_named_relative_said_inside_someones_words_are_the_relatives() -> None:
    # Before: nobody's. "My mother always told us, '...'" inside Nora Quill's words: no rule
    # read "my" and a noun of kin, though the story named her mother
    body = lido(
        "The lido's café is run by Nora Quill, 41, who took it over from her mother, Edith"
        " Quill, in 2015.",
        "“My mother always told us, ‘Never trust a summer that starts in May,’ and she was"
        " right,” Nora Quill said.",
    )
    searcher = searcher_for("lido-my-kin", body)
    assert opening_with(searcher, "Never trust a summer") == ["Edith Quill"]


def test_words_of_a_relative_never_named_inside_someones_words_are_nobodys() -> None:
    # Guard: an uncle the story never names may be anyone
    body = lido(
        "The lido's café is run by Nora Quill, 41, who took it over from her mother, Edith"
        " Quill, in 2015.",
        "“My uncle used to say, ‘Never trust a summer that starts in May,’ and he was right,”"
        " Nora Quill said.",
    )
    searcher = searcher_for("lido-my-kin-guard", body)
    assert opening_with(searcher, "Never trust a summer") == [None]
