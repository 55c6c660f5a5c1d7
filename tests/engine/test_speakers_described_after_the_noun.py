"""A speaker described with what qualifies them after the noun ("the historian from Oxford",
"the guy from Oxford"), where the story puts it before ("Oxford University historian"), and
the informal words for anyone ("the Pellinor fellow") as the last word of a description."""

from __future__ import annotations

import pytest

from tests.engine.stories import asked_for_words, searcher_for

HARBOUR_STORY = "\n".join(
    [
        "The harbour town of Pellinor voted on Tuesday to close its old ferry terminal.",
        (
            "The vote was welcomed by Oxford University historian Miriam Castellane, who has "
            "studied the port for a decade."
        ),
        (
            "“The terminal has been losing money for twenty years, and the town could not keep "
            "carrying it,” Castellane said."
        ),
        "Harbour master Tobias Wren said the closure would free land for housing.",
        "“We will build four hundred homes on that site,” Wren said.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "What did the historian from Oxford say about the terminal losing money?",
        "what did the guy from oxford say about the terminal losing money",
    ],
)
def test_a_qualifier_after_the_noun_names_whom_the_story_qualifies_before_it(
    question: str,
) -> None:
    searcher = searcher_for("pellinor-harbour", HARBOUR_STORY)
    answer = asked_for_words(searcher, question, "Miriam Castellane")
    assert "losing money" in answer.passages[0].text


def test_a_qualifier_after_the_noun_the_story_does_not_give_still_names_nobody() -> None:
    searcher = searcher_for("pellinor-harbour", HARBOUR_STORY)
    answer = searcher.ask("What did the historian from Cambridge say about the terminal?")
    assert not answer.answered


def test_fellow_is_a_word_for_anyone_after_their_own_words() -> None:
    searcher = searcher_for("pellinor-harbour", HARBOUR_STORY)
    answer = asked_for_words(
        searcher, "what did the harbour master fellow say about homes", "Tobias Wren"
    )
    assert "four hundred homes" in answer.passages[0].text
