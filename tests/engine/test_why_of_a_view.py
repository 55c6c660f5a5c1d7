""" "Why does the professor reckon the prison deal works in Trump's favour?": "why does X reckon
(believe, argue, feel) ..." asks the reason of X's view, which X's words give, as "why do
critics say ..." asks the reason of their saying. The verb was read as a deed whose reason is
asked ("why did the court side with ..."), and as the story tells no one reckoning anything,
the professor's right passage was held low (fresh-66 r01); "think" escaped only as a stop
word. Now the verbs a question asks for someone's words or view with are no deed."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

POOL_STORY = "\n".join(
    [
        "The Ashford council voted on Monday to close the town's last public swimming pool.",
        "“Closing the pool frees money for the road repairs residents have demanded for years,"
        " which is why the council gains from it,” said Dara Okoye, a lecturer in public"
        " finance at Leeds University.",
        "Swim club coach Ben Hale said his swimmers now face a forty-minute drive to the nearest"
        " pool.",
        "The pool opened in 1974 and needs a new roof.",
    ]
)


@pytest.fixture(scope="module")
def pool():  # type: ignore[no-untyped-def]
    return searcher_for("pool", POOL_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: right, low
        "why does okoye reckon the council gains from closing the pool?",
        "why does okoye believe the council gains from closing the pool?",
        # guards: high on main too ("think" a stop word; "reckon closing" not read as a deed)
        "Why does the lecturer think closing the pool helps the council?",
        "Why does the lecturer reckon closing the pool helps the council?",
    ],
)
def test_the_reason_of_a_view_is_in_their_words(pool, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = asked_for_words(pool, typed, "Dara Okoye")
    assert answer.confidence == "high"
    assert "frees money" in answer.passages[0].text
