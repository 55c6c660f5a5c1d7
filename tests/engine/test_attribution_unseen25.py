"""Shapes attribution set 25 (`tests/data/attribution/unseen-25`, attr-28, read whole in the
thirty-sixth session by 9attr38) left nobody's, by cause, on a river-flood story of our own: a
name before "of the sheriff's office" (a body in lower case or with an owner's "'s") was no
subject of its verb, so a pronoun after had no one to go back to; an owner in an appositive
after the paragraph's subject ("asked about Ortiz's remark") was a second person the pronoun
might be; a role in the first paragraph owned by a thing ("a decision the team's coach
called") and a role as the subject of a relative clause with no "that" were no cues; a verb of
speech after "should have" was read as the nearest cue; and two names listed after a plural
role ("Two board members, X and Y,") were nobody the story introduced. Each with guards."""

from __future__ import annotations

from tests.engine.stories import people_and_roles, quoted, searcher_for

OPENING = (
    "The Mereford river broke its banks on Sunday night, flooding forty homes in the lower town"
    " and closing the main bridge."
)
CLOSING = "The river is expected to fall below flood level by Thursday."


def flood(*paragraphs: str, lede: str = OPENING) -> str:
    return "\n".join([lede, *paragraphs, CLOSING])


def test_a_name_of_a_body_in_lower_case_is_the_subject_of_its_verb() -> None:
    # Before: nobody's. "of the sheriff's office" (lower case, an owner's "'s") kept the name
    # from "said", so "she said" had no speaker to go back to
    for body_name in ("the sheriff's office", "the County Sheriff's Office flood unit"):
        body = flood(
            f"Captain Ines Moravec of {body_name} said deputies would close the bridge road.",
            "“Nobody should be driving through moving water,” she said.",
        )
        searcher = searcher_for("flood-office", body)
        assert quoted(searcher, "driving through moving water") == ["Ines Moravec"]


def test_a_name_before_of_and_a_role_is_no_subject() -> None:
    # Guard: "the county sheriff" is a person, no body: whose words "she" gives stays open
    body = flood(
        "Ines Moravec of the county sheriff said deputies would close the bridge road.",
        "“Nobody should be driving through moving water,” she said.",
    )
    assert quoted(searcher_for("flood-office-guard", body), "moving water") == [None]


def test_an_owner_after_the_subject_is_no_one_the_pronoun_may_be() -> None:
    # Before: nobody's. "Moravec's" in the appositive was a second woman the paragraph named
    body = flood(
        "Captain Ines Moravec said deputies would close the bridge road.",
        "“If anyone wants to argue, they can call the mayor,” she said.",
        "Mayor Dana Whitlock, asked about Moravec's remark at a briefing, laughed. “Let them"
        " call. I have the river gauge on my desk,” she said.",
    )
    searcher = searcher_for("flood-owner", body)
    assert quoted(searcher, "river gauge on my desk") == ["Dana Whitlock"]


def test_a_second_person_as_an_object_still_leaves_two() -> None:
    # Guard: named on her own, not as an owner, the other woman may be meant (as before)
    body = flood(
        "Captain Ines Moravec said deputies would close the bridge road.",
        "“If anyone wants to argue, they can call the mayor,” she said.",
        "Mayor Dana Whitlock thanked Moravec at a briefing. “I have the river gauge on my"
        " desk,” she said.",
    )
    assert quoted(searcher_for("flood-owner-guard", body), "river gauge") == [None]


COACH_LEDE = (
    "A youth rowing crew from Mereford was barred from the regional final on Saturday, a"
    " decision the club's coach called “a disgrace to the sport.”"
)


def test_a_role_owned_by_a_thing_in_the_lede_is_the_one_told_back() -> None:
    # Before: nobody's. "the club's coach" was someone else's agent, and "a decision the coach
    # called" no cue; the story names another coach further down, with an owner of her own
    body = flood(
        "The coach, Tobias Renn, said his rowers had trained through the winter.",
        "Harwick's coach, Alma Sorel, said only that her crew “rowed the race in front of us.”",
        lede=COACH_LEDE,
    )
    searcher = searcher_for("flood-coach", body)
    assert quoted(searcher, "a disgrace to the sport") == ["Tobias Renn"]
    assert quoted(searcher, "rowed the race") == ["Alma Sorel"]


def test_a_role_in_a_relative_clause_with_no_that_is_its_cue() -> None:
    # Before: nobody's. "a decision the coach called" was no cue for the words after it
    body = flood(
        "The coach, Tobias Renn, said his rowers had trained through the winter.",
        lede=COACH_LEDE.replace("the club's coach", "the coach"),
    )
    assert quoted(searcher_for("flood-coach-relative", body), "a disgrace") == ["Tobias Renn"]


def test_a_role_owned_by_a_person_or_told_back_twice_or_late_stays_nobodys() -> None:
    # Guards: "the rower's coach" is a person's agent; two coaches told back so, or one told
    # back only after another paragraph when the story names another coach, is a guess
    body = flood(
        "The coach, Tobias Renn, said his rowers had trained through the winter.",
        lede=COACH_LEDE.replace("the club's coach", "the rower's coach"),
    )
    assert quoted(searcher_for("flood-coach-agent", body), "a disgrace") == [None]
    body = flood(
        "The coach, Tobias Renn, said his rowers had trained through the winter.",
        "The coach, Alma Sorel, said her crew had rowed well.",
        lede=COACH_LEDE,
    )
    assert quoted(searcher_for("flood-coach-two", body), "a disgrace") == [None]
    body = flood(
        "The regional final will be rowed on Sunday.",
        "The coach, Tobias Renn, said his rowers had trained through the winter.",
        "Harwick's coach, Alma Sorel, said her crew had rowed well.",
        lede=COACH_LEDE,
    )
    assert quoted(searcher_for("flood-coach-late", body), "a disgrace") == [None]


def test_a_verb_of_speech_after_should_have_is_no_cue() -> None:
    # Before: nobody's. "the council should have asked" was the nearest cue, its subject no one
    for verb in ("should have asked", "could have asked", "should ask"):
        body = flood(
            f"Councillor Hana Pell said the council {verb} the state for flood money before"
            " “leaving the lower town to drown.”",
        )
        searcher = searcher_for("flood-should", body)
        assert quoted(searcher, "leaving the lower town") == ["Hana Pell"]


def test_a_verb_of_speech_that_happened_stays_the_cue() -> None:
    # Guard: the council asked in words of its own: nobody's, as before
    body = flood(
        "Councillor Hana Pell said the council asked the state for “money to save the lower town.”",
    )
    assert quoted(searcher_for("flood-should-guard", body), "money to save") == [None]


def test_two_names_listed_after_a_plural_role_are_people() -> None:
    # Before: nobody's. "Two councillors, X and Y," introduced neither, so "he" after the
    # woman spoke had no man to be
    body = flood(
        "Two councillors, Anton Breck and Hana Pell, voted against the plan. Pell said the town"
        " had waited too long.",
        "Breck stayed silent during the debate. “She said it better than I could,” he said.",
    )
    searcher = searcher_for("flood-listed", body)
    assert people_and_roles(searcher).get("Anton Breck") == ("councillor",)
    assert quoted(searcher, "better than I could") == ["Anton Breck"]


def test_a_longer_list_after_a_plural_role_introduces_no_one() -> None:
    # Guard: a list going on past the second name is not read
    body = flood(
        "Three councillors, Anton Breck and Hana Pell, Ivo Strand among them, voted against.",
    )
    assert "Anton Breck" not in people_and_roles(searcher_for("flood-listed-guard", body))
