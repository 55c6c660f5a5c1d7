""" "Who is Reyes" asks who he is, which the passage describing him tells ("Tomas Reyes, a
Galway man the port police held"); a shorter passage naming someone else beside his surname
("Okafor said she would not free Reyes") holds a person, but not who he is (before: first,
rated high). "Who is Okafor's boss" still asks for someone else than Okafor."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Harbour minister Lena Okafor met the fishermen's union in Dunmore on Monday.",
        "The talks came as a court ordered the release of Tomas Reyes, a Galway man the port "
        "police held in March over a catch dispute.",
        "Okafor said she would not free Reyes.",
        "“I have no authority to open that cell before the inquiry,” Okafor said.",
        "Union leader Brendan Walsh said the catch dispute had cost members a season.",
    ]
)


@pytest.mark.parametrize("question", ["who is reyes", "whos reyes??", "who's reyes lol"])
def test_who_someone_is_is_told_where_they_are_described(question: str) -> None:
    searcher = searcher_for("harbour-talks", HARBOUR_STORY)
    answer = searcher.ask(question)
    assert answer.answered, answer.reason
    assert "Tomas Reyes, a Galway man" in answer.passages[0].text


def test_someone_of_theirs_is_not_who_they_are() -> None:
    searcher = searcher_for("harbour-talks", HARBOUR_STORY)
    answer = searcher.ask("who is okafor's boss")
    assert answer.confidence != "high"
