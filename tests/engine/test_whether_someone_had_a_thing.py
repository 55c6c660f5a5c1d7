"""A question whether someone had a thing ("does the article say whether Brody had a salvage
licence before he was fined", "did Brody have a lawyer") is not answered with high
confidence by a passage holding no word of the thing: it tells of them and of the rest of the
question, not of whether they had it (shown first, low). A passage holding it answers."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FINED = (
    "The harbour board fined skipper Alan Brody £4,000 last week for towing a wreck out of the"
    " northern channel before he was cleared to."
)
STORY = "\n".join(
    [
        "Fishing crews in Port Elling are angry over new rules for the northern banks.",
        FINED,
        "“We will keep fishing where our fathers fished,” said harbour master Ines Dahl.",
        "The board meets again in March to review the rules.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "Does the article say whether Alan Brody had a salvage licence before he was fined for"
        " towing the wreck?",
        "does the story say if brody had a salvage licence before towing the wreck out",
        "did alan brody have a salvage licence before the board fined him",
    ],
)
def test_whether_someone_had_a_thing_is_not_answered_without_it(question: str) -> None:
    searcher = searcher_for("port-elling", STORY)
    answer = searcher.ask(question)
    assert not (answer.confidence == "high" and answer.passages[0].text == FINED)


def test_a_passage_holding_the_thing_answers() -> None:
    told = FINED.replace("before he was cleared to.", "though he held a salvage licence.")
    searcher = searcher_for("port-elling", STORY.replace(FINED, told))
    answer = searcher.ask("did alan brody have a salvage licence before the board fined him")
    assert answer.confidence == "high"
    assert "salvage licence" in answer.passages[0].text
