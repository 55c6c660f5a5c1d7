""" "Derek Voss, a line supervisor, said many of his co-workers had bought homes nearby.": a
reported clause whose subject is a part of a group ("many of his co-workers", "most of the
regulars", "half of them") is the speaker's reported speech, as "said many workers had" was;
on the base it was nobody's words, so a "he said" in the next paragraph, after another man
had spoken, was nobody's too, and "what did the line supervisor say" refused (9probe16)."""

from __future__ import annotations

import pytest

from tests.engine.stories import quoted, searcher_for, speakers_of

LIBRARY_STORY = "\n".join(
    [
        "The Eastgate branch library will close on Sundays from January, the city said.",
        "Councilman Ray Dunphy said the city had to save $2 million this year.",
        "Librarian Omar Haddad, who has run the branch since 2009, said most of the regulars"
        " had already heard the news.",
        "“They used to wait at the door before we opened,” he said. “Now they ask me where"
        " to go instead.”",
        "Reader Lydia Park said some of the older readers had stopped coming.",
        "Volunteer Ines Brook said few of the children's books were new.",
        "Guard Sam Loy said half of them would go, and that several of his friends would too.",
        "Dunphy said many of the same things at a meeting last spring.",
    ]
)


@pytest.fixture(scope="module")
def library():  # type: ignore[no-untyped-def]
    return searcher_for("library", LIBRARY_STORY)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("most of the regulars had already heard", "Omar Haddad"),
        ("some of the older readers had stopped", "Lydia Park"),
        ("few of the children's books were new", "Ines Brook"),
        # a guard: read on the base too (a part and its verb close enough)
        ("half of them would go", "Sam Loy"),
    ],
)
def test_a_part_of_a_group_opens_a_reported_clause(library, words, speaker):  # type: ignore[no-untyped-def]
    assert speakers_of(library, words) == [speaker]


def test_the_next_paragraphs_pronoun_is_the_one_who_reported_it(library):  # type: ignore[no-untyped-def]
    assert quoted(library, "They used to wait at the door") == ["Omar Haddad"]


@pytest.mark.parametrize(
    "typed", ["what did the librarian say", "what did haddad say about the regulars"]
)
def test_his_words_are_answered(library, typed):  # type: ignore[no-untyped-def]
    answer = library.ask(typed)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Omar Haddad"
    assert "wait at the door" in " ".join(p.text for p in answer.passages)


def test_no_clause_where_no_verb_follows(library):  # type: ignore[no-untyped-def]
    # a guard: "many of the same things at a meeting" has no verb of its own (so on the base)
    assert speakers_of(library, "same things") == []
