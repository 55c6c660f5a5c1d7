""" "How many are housed in the norwegian camp so far": a count asked of a place the question
qualifies by a country's word, not of the country (`test_count_in_another_country.py` reads
"in the us"). A passage counting there, in a sentence naming another country ("fishermen laid
off in Scotland, having so far housed more than 300 in a camp just outside the port of
Alesund"), counts in the place asked: it answers, as it does asked without the country (the
second wording, high on main too; the first was held low there)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

COUNTED = (
    "The deal was signed in Oslo on Friday. Fjordlaks has agreed to take fishermen laid off in"
    " Scotland, having so far housed more than 300 in a camp just outside the port of Alesund."
)
STORY = "\n".join(
    [
        "A Norwegian salmon company is hiring hundreds of Scottish fishermen this winter.",
        "“These are skilled people and we need them,” said Fjordlaks chief executive Ola Brekke.",
        COUNTED,
        "Union leaders in Aberdeen said the wages were fair but the contracts too short.",
        "Ferries between Bergen and Lerwick will run twice a week from March.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "how many fishermen are housed in the norwegian camp so far?",
        "how many fishermen has fjordlaks housed in the camp so far",
    ],
)
def test_a_count_in_a_place_of_the_country_answers(question: str) -> None:
    searcher = searcher_for("salmon-jobs", STORY)
    answer = searcher.ask(question)
    assert answer.passages[0].text == COUNTED
    assert answer.confidence == "high"


def test_a_count_in_the_country_itself_is_still_read() -> None:
    """Passes on main too: the passage names Scotland, not Norway, in the sentence counting."""
    searcher = searcher_for("salmon-jobs", STORY)
    answer = searcher.ask("how many fishermen have been housed in norway so far")
    assert not (answer.confidence == "high" and answer.passages[0].text == COUNTED)
