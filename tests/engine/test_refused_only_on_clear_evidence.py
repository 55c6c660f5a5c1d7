"""Questions the story answers that were refused outright (issue 9), each of a cause in the
reading of the question or of the story's people, none clear evidence the story is silent:

* a "per X," or "according to X," opener names whose words the question asks, as a part of
  the question: a pronoun after it ("does it make them both look good?") points to others,
  and the opener was put in its place ("The story doesn't quote the economist both look
  good.");
* two people set off before a question ("ortiz and reyes: what did they say to each other?")
  are whom its "they" means, as one person set off is whom "he" means ("I can't tell who you
  mean");
* a role before the head of an appositive that is a verb's form too, but a noun of its own
  ("said Helen Carver, a sports economist at Danforth University"): it was read as a verb,
  so no role, and "what did the economist say?" was refused;
* a date in capitals ("Last Friday", "This Morning") names no one and nothing the story must
  use, as "last friday" after "quote from" names no one (9read75)."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, people_and_roles, searcher_for

BRIDGE_STORY = "\n".join(
    [
        "The county will close the Old Mill bridge for eight months of repairs next spring, the"
        " roads department said on Tuesday.",
        "“Closing the bridge makes the county and the contractor look good on paper, but the"
        " shops on Mill Street will pay for it,” said Helen Carver, a sports economist at"
        " Danforth University.",
        "Roads director Ivan Petrov said the repairs would cost $12 million.",
        "“I told Ivan the detour would double our delivery times,” shop owner Rosa Delgado said"
        " of her meeting with Petrov.",
        "“Rosa asked me to keep one lane open, and I promised we would try,” Petrov said of"
        " Delgado.",
        "“The games we run on the green will move to the school field,” said Omar Fitch, a games"
        " organiser with the Mill Street traders.",
    ]
)

# the same story with the economist's role before her name, as the story's reading had it
# already: the opener's cause alone
BRIDGE_STORY_ROLE_BEFORE = BRIDGE_STORY.replace(
    "said Helen Carver, a sports economist at Danforth University.",
    "said economist Helen Carver.",
)


@pytest.fixture(scope="module")
def bridge():  # type: ignore[no-untyped-def]
    return searcher_for("bridge", BRIDGE_STORY)


@pytest.fixture(scope="module")
def bridge_role_before():  # type: ignore[no-untyped-def]
    return searcher_for("bridge", BRIDGE_STORY_ROLE_BEFORE)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused, "The story doesn't quote the economist both look good."
        "per the economist, does the closing make them both look good?",
        # on main: refused, "The story doesn't quote the economist look good."
        "according to the economist, does it make them look good?",
        "as per the economist, are they both better off?",
    ],
)
def test_a_source_opening_the_question_is_no_pronouns_meaning(  # type: ignore[no-untyped-def]
    bridge_role_before, typed: str
) -> None:
    answer = asked_for_words(bridge_role_before, typed, "Helen Carver")
    assert answer.passages[0].text.startswith("“Closing the bridge makes")


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused, "I can't tell who you mean; ask with the person's name."
        "delgado and petrov: what did they say to each other?",
        # a guard, answered on main too (the comma sets off "petrov" alone)
        "petrov, delgado - what did they tell each other?",
        "delgado & petrov, what did they say to each other",
    ],
)
def test_two_people_set_off_are_they(bridge, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = bridge.ask(typed)
    assert answer.answered, answer.reason
    # as "what did delgado and petrov say to each other?" is answered: their words to each other
    assert {p.text[:12] for p in answer.passages[:2]} == {"“I told Ivan", "“Rosa asked "}


def test_one_person_set_off_is_still_he(bridge) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "he" of the one person set off
    answer = asked_for_words(bridge, "petrov: what did he say about the cost?", "Ivan Petrov")
    assert answer.passages[0].text.startswith("Roads director Ivan Petrov said")


def test_a_role_of_a_noun_a_verb_spells_too(bridge) -> None:  # type: ignore[no-untyped-def]
    # on main: no role for either ("sports", "games" read as verbs)
    roles = people_and_roles(bridge)
    assert "economist" in roles["Helen Carver"]
    assert "organiser" in roles["Omar Fitch"]


@pytest.mark.parametrize(
    ("typed", "speaker", "opening"),
    [
        # on main: refused, "The story doesn't quote the economist."
        ("what did the economist say?", "Helen Carver", "“Closing the bridge"),
        ("what did the sports economist say about the shops?", "Helen Carver", "“Closing the"),
        # on main: refused, "The story doesn't quote the games organiser."
        ("what did the games organiser say about the green?", "Omar Fitch", "“The games we"),
    ],
)
def test_the_role_after_said_answers(  # type: ignore[no-untyped-def]
    bridge, typed: str, speaker: str, opening: str
) -> None:
    answer = asked_for_words(bridge, typed, speaker)
    assert answer.passages[0].text.startswith(opening)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: refused, "The story doesn't mention Last Friday."
        "delgado quote from Last Friday about the detour",
        # on main: refused, "The story doesn't mention This Morning."
        "what did Delgado say This Morning about the detour?",
        # on main: refused, "The story doesn't mention Last Week."
        "delgado comments from Last Week on the detour",
    ],
)
def test_a_date_in_capitals_names_no_one(bridge, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = asked_for_words(bridge, typed, "Rosa Delgado")
    assert answer.passages[0].text.startswith("“I told Ivan the detour")


def test_a_name_in_capitals_is_still_one(bridge) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main: "Last Chance" is no date, a name the story never uses
    answer = bridge.ask("what did Delgado say about Last Chance?")
    assert not answer.answered
    assert "Last Chance" in (answer.reason or "")


# A school district's two moves, its superintendent's words on each: his reply to the parents
# right after theirs, his words on the pool after the story tells of its closing
SCHOOL_POOL_STORY = "\n".join(
    [
        "Parents at Lakeview School complained on Tuesday that the new bus routes add an hour to"
        " their children's day.",
        "“We were never asked,” said parent Tara Voss.",
        "“The routes save the district $2 million a year,” Superintendent Hal Brody replied.",
        "The district also announced it would close the Lakeview pool for repairs over the winter.",
        "“The pool closing is only for the winter, and swimmers can use the high school pool,”"
        " Brody said.",
    ]
)


@pytest.fixture(scope="module")
def school_pool():  # type: ignore[no-untyped-def]
    return searcher_for("school-pool", SCHOOL_POOL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # a guard, as on main: "on" says what the reaction was to
        "brody reaction on the repairs",
        # on main: his reply to the parents first, as "how did brody react?" puts it
        "brody reaction about the repairs",
        "brody's reaction regarding the repairs",
        "what was brody's reaction concerning the repairs?",
    ],
)
def test_a_reaction_about_something_is_to_it(  # type: ignore[no-untyped-def]
    school_pool, typed: str
) -> None:
    answer = asked_for_words(school_pool, typed, "Hal Brody")
    assert answer.passages[0].text.startswith("“The pool closing")
