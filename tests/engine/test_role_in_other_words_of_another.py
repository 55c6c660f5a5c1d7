"""A role asked in other words ("the union leader") is read in the story's words for it ("the
union president") only where it fits its holder: a word the story does not give them ("the
union leader" of a school board's one president) makes it someone else, as a country did
("the Canadian leader"); and where the story tells of the asked words themselves of another
("Dale Moss, who leads the dockworkers' union") the one president is not clearly whom they
mean: searched, no one's words shown high as theirs (before: the one president's, high). A
role with what it is of after it ("president of the nurses' union") is given with it ("the
nurses union president"), as "a professor of economics" was."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import people_and_roles, searcher_for

MARCH = "\n".join(
    [
        "Dockworkers and nurses marched together through Harlow on Saturday against the city's"
        " new pension plan.",
        "Dale Moss, who leads the dockworkers' union, said the plan would cut retirement pay by a"
        " fifth. “We will not sign this, not now and not ever,” Moss said.",
        "“Our members are already working double shifts,” said Ana Ruiz, president of the"
        " nurses' union.",
        "Mayor Tom Baker said the plan was the only way to balance the budget. “The numbers do"
        " not lie,” Baker said.",
    ]
)

BOARD = "\n".join(
    [
        "The Pell Valley school board voted on Monday to close two rural schools.",
        "“We cannot keep buildings open for twelve children,” said board president Lena Ortiz.",
        "Parents at Cold Creek School said they would appeal the decision.",
    ]
)


@pytest.fixture(scope="module")
def march() -> Searcher:
    return searcher_for("march", MARCH)


@pytest.fixture(scope="module")
def board() -> Searcher:
    return searcher_for("board", BOARD)


def test_what_a_role_is_of_is_given_with_it(march: Searcher) -> None:
    assert "nurses union president" in people_and_roles(march)["Ana Ruiz"]


@pytest.mark.parametrize(
    "question",
    ["what did the union leader say", "what did the dockworkers union leader say"],
)
def test_a_role_told_of_another_in_the_asked_words_is_not_the_one_holders(
    march: Searcher, question: str
) -> None:
    answer = march.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question
    assert any("not sign this" in p.text for p in answer.passages), question


@pytest.mark.parametrize(
    "question",
    [
        "what did the nurses union president say",
        "what did the nurses union leader say",
        "what did the nurses' union president say",
    ],
)
def test_the_role_with_what_it_is_of_is_hers(march: Searcher, question: str) -> None:
    answer = march.ask(question)
    assert answer.confidence == "high", question
    assert "double shifts" in answer.passages[0].text


def test_a_word_the_one_holder_is_not_given_makes_it_someone_else(board: Searcher) -> None:
    answer = board.ask("what did the union leader say")
    assert answer.confidence != "high"
    assert not any("twelve children" in p.text for p in answer.passages if answer.confidence)


def test_a_word_the_one_holder_is_given_still_fits(board: Searcher) -> None:
    answer = board.ask("what did the board leader say")
    assert answer.confidence == "high"
    assert "twelve children" in answer.passages[0].text
