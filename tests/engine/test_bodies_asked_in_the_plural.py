""" "How are both governments arguing they don't have to bring Abrego Garcia back?": bodies
asked of in the plural ("both governments", "the governments"), each of a kind the story tells
of in the singular ("The government of El Salvador ... said"), may be whose words it reports:
searched, as "the government" is. They were refused ("The story doesn't quote both
governments."): the story's words were looked for as typed, plural and all (fresh-57 r03,
refused once "are" asked as "did" does)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

PACT_STORY = "\n".join(
    [
        "Norland and Vesta signed a fishing pact on Monday.",
        "The government of Norland said the pact would protect its fleet from foreign trawlers.",
        "“Our boats stay home in spring,” Vesta fisheries minister Anna Holm said.",
    ]
)


@pytest.fixture(scope="module")
def pact():  # type: ignore[no-untyped-def]
    return searcher_for("pact", PACT_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each refused ("The story doesn't quote both governments.")
        "what did both governments say about the pact",
        "what did the governments say about the pact",
    ],
)
def test_bodies_the_story_tells_of_are_searched(pact, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = pact.ask(typed)
    assert answer.answered, answer.reason
    assert "government of Norland" in answer.passages[0].text


def test_people_the_story_never_tells_of_are_refused(pact) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on main
    answer = pact.ask("what did the lawyers say about the pact")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the lawyers."
