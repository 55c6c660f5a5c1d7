""" "What were Vance's closing words?": someone's last (closing, final, parting) words are the
latest the story quotes of them (of those on what the question names after them, when it
does), as their first words are the earliest (9first). On the base their passage closest to
the question's other words came first, or "closing" read no one's words at all (9probe15)."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

HEARING_STORY = "\n".join(
    [
        "The zoning board held a hearing on Wednesday on the plan for a tower on Dock Street.",
        "“Good evening, and thank you all for coming out in the rain,” board chair Irene Vance"
        " said as the hearing opened.",
        "“The tower on Dock Street is too tall for the tower's neighbors,” Vance said after"
        " the architect spoke.",
        "Architect Paulo Reis said the tower would house 200 families.",
        "“We will decide on the tower in March, and every voice here will count,” Vance said as"
        " the hearing closed.",
    ]
)
LAST = "“We will decide on the tower"
ON_THE_TOWER = "“The tower on Dock Street"


@pytest.fixture(scope="module")
def hearing():  # type: ignore[no-untyped-def]
    return searcher_for("hearing", HEARING_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on the base: another passage of hers first, or no one's words asked for
        "What were Vance's closing words?",
        "what were the board chair's final remarks",
        "Vance's parting words, what were they?",
        # a guard: so on the base too
        "what was the last thing vance said",
        # the latest of her words on the tower (on the base the one holding it twice)
        "What were Vance's last words about the tower?",
    ],
)
def test_last_words_are_the_latest(hearing, typed: str) -> None:  # type: ignore[no-untyped-def]
    answer = hearing.ask(typed)
    assert answer.asked_speaker == "Irene Vance"
    assert answer.passages[0].text.startswith(LAST)


def test_words_on_a_topic_with_no_order(hearing) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on the base: no order asked, the passage closest to the question
    answer = hearing.ask("what did vance say about the tower")
    assert answer.asked_speaker == "Irene Vance"
    assert answer.passages[0].text.startswith(ON_THE_TOWER)


def test_first_words_stay_the_earliest(hearing) -> None:  # type: ignore[no-untyped-def]
    # a guard, as on the base (9first)
    assert hearing.ask("what were vance's first words").passages[0].text.startswith("“Good")
