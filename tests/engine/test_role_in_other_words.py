""" "how did the top government lawyer feel about the ruling": a role noun the story gives no
one ("lawyer"), of which a WordNet synonym ("attorney") describes someone it names (its
Attorney General), may be that person in other words. It was refused as someone the story
does not quote (fresh-63 p09: "The story doesn't quote the top government lawyer.", where
Attorney General Pam Bondi's words answer). Now such a description, owned by no one, is
searched as a plain question (`question._role_held_in_other_words`); one owned ("the mayor's
lawyer") or of a role with no synonym held ("the judge") is refused as before."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PIER_STORY = "\n".join(
    [
        "A state court ruled on Monday that Harbor City must reopen the Elm Street pier to"
        " fishermen by June.",
        "Attorney General Dana Pruitt called the ruling a victory for the public and said the"
        " state would not appeal.",
        "“The pier belongs to everyone who fishes from it,” Mayor Tom Ellis said.",
        "The pier has been closed since a storm damaged its railings in 2022.",
    ]
)


@pytest.fixture(scope="module")
def pier():  # type: ignore[no-untyped-def]
    return searcher_for("pier", PIER_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        "how did the top government lawyer feel about the ruling",
        "what did the state lawyer say about the court's decision",
    ],
)
def test_a_role_in_other_words_is_searched_not_refused(pier, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = pier.ask(typed)
    assert answer.answered, answer.reason
    assert "Dana Pruitt" in answer.passages[0].text


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        # owned: whose lawyer says it is not the state's (guards: refused on main too)
        (
            "what did the mayor's lawyer say about the ruling",
            "The story doesn't quote the mayor's lawyer.",
        ),
        ("what did the judge say about the pier", "The story doesn't quote the judge."),
    ],
)
def test_a_role_no_one_holds_in_any_words_is_refused(pier, typed: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    answer = pier.ask(typed)
    assert not answer.answered
    assert answer.reason == reason
