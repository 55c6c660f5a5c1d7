""" "is TPS for salvadorans still good right now or are they ending it?": a question asking yes
or no whether something holds still, now, is not answered by a passage dated to a time gone
by that tells nothing of it lasting ("The two met in 2019, ... when Bukele asked for the
administration to maintain Temporary Protected Status for Salvadorians. That wish was later
granted."): what it tells held then; whether it holds still the story does not say. Main
answered it high (fresh-80 u04). A passage telling the state lasting ("remains in effect",
"since") answers, and so does the dated passage for a question not asking of now."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

WATER_STORY = "\n".join(
    [
        "Growers in Tulare County gathered at the co-op hall on Tuesday to hear the new water"
        " plan.",
        "The county first approved a ban on watering lawns during the day in 2021, when the"
        " drought was at its worst. Farm wells were exempted a year later.",
        "A separate limit on pumping from the river, set in 2020, remains in effect, said Rosa"
        " Vega, the district's manager.",
        "“We know the growers are tired, but the aquifer needs time,” Vega said.",
        "The co-op also opened a new packing shed two years ago for cherry growers.",
    ]
)


@pytest.fixture(scope="module")
def water():  # type: ignore[no-untyped-def]
    return searcher_for("water", WATER_STORY)


@pytest.mark.parametrize(
    ("typed", "opening"),
    [
        # each high on main
        ("is the daytime lawn watering ban still in place?", "The county first approved"),
        (
            "is the ban on watering lawns still on right now or are they ending it?",
            "The county first approved",
        ),
        ("are farm wells still exempted these days?", "The county first approved"),
        ("does the co-op still have the cherry packing shed?", "The co-op also opened"),
        ("so is the lawn ban currently still a thing", "The county first approved"),
    ],
)
def test_whether_it_holds_still_is_not_told_by_a_time_gone_by(
    water,  # type: ignore[no-untyped-def]
    typed: str,
    opening: str,
) -> None:
    answer = water.ask(typed)
    assert answer.answered, answer.reason
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "low"


@pytest.mark.parametrize(
    ("typed", "opening"),
    [
        # guards, high on main too: the state told lasting, or nothing asked of now
        ("is the limit on pumping from the river still in effect?", "A separate limit"),
        ("was the ban on watering lawns approved?", "The county first approved"),
        ("when was the lawn watering ban approved?", "The county first approved"),
        ("are farm wells exempted from the ban?", "The county first approved"),
    ],
)
def test_a_state_told_lasting_or_nothing_asked_of_now_is_answered(
    water,  # type: ignore[no-untyped-def]
    typed: str,
    opening: str,
) -> None:
    answer = water.ask(typed)
    assert answer.passages[0].text.startswith(opening)
    assert answer.confidence == "high"
