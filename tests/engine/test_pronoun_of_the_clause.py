""" "Quick one: when the Salvadoran leader sat down in the Oval Office, how did he describe his
country's mood and willingness?": "he" of a question after a clause it opens with is the one
person the clause names as its subject, as it is after a statement ("the Salvadoran leader sat
down ... . how did he describe ..."). It was read as no one's words ("he" named no one), so the
right passage, his, was held low (fresh-66 s01; fresh-59 s08 "um so when bukele first sat down
with trump what did he say about americas crime problem", right, low). And a clause after words
set off before it ("quick one: when ...") was not read past at all. Not "he" of a woman's first
name, nor "she" of a man's."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

LEVEE_STORY = "\n".join(
    [
        "Governor Paul Brandt visited Lakeview on Tuesday to meet Mayor Ruth Osei about the"
        " flood repairs.",
        "“We are grateful, and we are ready to rebuild,” Osei said when the two sat down at city"
        " hall.",
        "“The state will pay for the new levee,” Brandt said.",
        "Residents have waited two years for the repairs.",
    ]
)


@pytest.fixture(scope="module")
def levee():  # type: ignore[no-untyped-def]
    return searcher_for("levee", LEVEE_STORY)


@pytest.mark.parametrize(
    ("typed", "speaker", "said"),
    [
        # on main: each read as no one's words, low
        ("when the mayor sat down with the governor, what did she say?", "Ruth Osei", "grateful"),
        (
            "quick one: when Brandt visited Lakeview, how did he describe the state's plans?",
            "Paul Brandt",
            "new levee",
        ),
        (
            "ok so when the governor came to town what did he say about the levee",
            "Paul Brandt",
            "new levee",
        ),
    ],
)
def test_the_pronoun_is_the_clauses_subject(levee, typed: str, speaker: str, said: str) -> None:  # type: ignore[no-untyped-def]
    answer = asked_for_words(levee, typed, speaker)
    assert answer.confidence == "high"
    assert said in answer.passages[0].text


@pytest.mark.parametrize(
    "typed",
    [
        # guards, as on main: "she" is not Paul Brandt, "he" not Ruth Osei
        "when Brandt visited Lakeview, what did she say?",
        "when Osei met Brandt, what did he say?",
    ],
)
def test_a_pronoun_of_the_other_sex_is_not_the_subject(levee, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = levee.ask(typed)
    assert answer.asked_speaker is None
    assert answer.confidence == "low"
