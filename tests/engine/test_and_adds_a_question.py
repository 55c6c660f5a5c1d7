""" "how old is calder?? and is she the first woman to run the board this decade": a yes-or-no
question added by "and" that points back only at someone, by a pronoun ("she"), or by "this"
before a noun it determines ("this decade"), asks another thing of them: a part of its own
(`chat.checks_the_answer`), not a check of the first one's answer read with it ("... how much
did it cost?? and is that a lot": "that" points back at the answer)."""

from __future__ import annotations

import pytest

from bot.engine.chat import checks_the_answer
from tests.engine.stories import searcher_for

BOARD_STORY = "\n".join(
    [
        "The shipping board named Ines Calder its chair on Monday, the first woman to run the"
        " board since it was founded in 1961.",
        "The board will stop the ferry to Marrow Island in May after a decade of losses.",
        "“We cannot keep losing money on the crossing,” Calder, 58, said.",
        "Islanders said they would fight the decision at the next board meeting in June.",
        "A new ferry would cost the board $14 million, a report found last year.",
    ]
)


def test_a_question_added_of_someone_is_answered_on_its_own() -> None:
    # before: read with the first as one question, the age's passage not first and rated low
    searcher = searcher_for("board", BOARD_STORY)
    answer = searcher.ask(
        "how old is calder?? and is she the first woman to run the board this decade 😭"
    )
    assert answer.confidence == "high"
    texts = [passage.text for passage in answer.passages[:2]]
    assert any("Calder, 58," in text for text in texts)
    assert any("first woman to run the board" in text for text in texts)


@pytest.mark.parametrize(
    ("question", "checks"),
    [
        ("and is she the first woman to run the board this decade", False),
        ("and is he getting out of jail at least", False),
        ("and is that a lot or nah", True),
        ("did she really call it a loss", True),
    ],
)
def test_an_added_question_checks_the_answer_only_pointing_at_it(
    question: str, checks: bool
) -> None:
    assert checks_the_answer(question) is checks
