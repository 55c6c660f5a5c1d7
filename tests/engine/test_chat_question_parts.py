"""Messages read as one question or as several, on a story of its own: "+" or a question mark
between two questions answers each; "+" between two nouns, or words after a question that ask
nothing ("need it for my piece"), belong to the one question."""

from __future__ import annotations

import pytest

from bot.engine.answer import Answer
from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

TOWN_STORY = "\n".join(
    [
        "Governor Elena Ruiz visited the coastal town of Puerto Lindo on Tuesday.",
        (
            "A Korean company built the town's library and an amusement park in 2019, paid for "
            "with a loan the town is still repaying."
        ),
        "Ruiz, a former schoolteacher, has been governor since 2021.",
        (
            "She spoke to reporters outside the town hall on Wednesday. “We will not sell the "
            "harbour,” Ruiz said."
        ),
        "Critics say the loan gave the company a say over the harbour.",
        "Tourism minister Oscar Vela said visitors to the town doubled last year.",
        "The amusement park's roller coaster closed in 2023 after a carriage came loose.",
        "The town's fishing fleet has shrunk by half since 2010, the fishermen's union says.",
    ]
)


@pytest.fixture(scope="module")
def town() -> Searcher:
    return searcher_for("town", TOWN_STORY)


def shown(answer: Answer) -> tuple[bool, str | None, list[int]]:
    """What a member sees of an answer: whether it answers, how sure, which passages."""
    return answer.answered, answer.confidence, [p.paragraph for p in answer.passages]


def test_plus_between_two_nouns_joins_them_in_one_question(town: Searcher) -> None:
    # Before: "amusement park thing" was a question of its own, answered with the roller
    # coaster's paragraph before the third passage of the question as typed with "and"
    answer = town.ask("what's the deal with the library + amusement park thing")
    assert answer.confidence == "high"
    assert "built the town's library and an amusement park" in answer.passages[0].text
    assert shown(answer) == shown(town.ask("what's the deal with the library and amusement park"))


def test_plus_between_two_questions_answers_each(town: Searcher) -> None:
    answer = town.ask("whats ruiz's job + when did she talk to reporters")
    assert answer.answered, answer.reason
    first, second = (p.text for p in answer.passages[:2])
    assert "has been governor since 2021" in first
    assert "spoke to reporters outside the town hall" in second


@pytest.mark.parametrize(
    ("question", "remark"),
    [
        ("when did ruiz talk to reporters?", "need it for my piece"),
        ("when did ruiz talk to reporters?", "asking for a friend"),
        ("what did ruiz say about the harbour?", "for my essay"),
    ],
)
def test_words_that_ask_nothing_after_a_question_are_no_second_question(
    town: Searcher, question: str, remark: str
) -> None:
    # Before: the remark was answered as a question of its own, with passages of nothing it
    # asks, and the message rated low though its question alone is answered with confidence
    alone = town.ask(question)
    assert alone.confidence == "high"
    assert shown(town.ask(f"{question} {remark}")) == shown(alone)


def test_words_that_ask_nothing_before_a_semicolon_are_no_question(town: Searcher) -> None:
    answer = town.ask("need it for my piece; when did ruiz talk to reporters")
    assert answer.confidence == "high"
    assert "spoke to reporters outside the town hall" in answer.passages[0].text


def test_a_question_after_a_remark_and_before_and_is_still_two(town: Searcher) -> None:
    # "ngl this is wild" opens the first, yet "when did ..." asks: each question is answered
    # in turn, with confidence (read as one question, it was rated low)
    answer = town.ask(
        "ngl this is wild 😬 when did ruiz become governor and what did she say about the harbour"
    )
    assert answer.confidence == "high"
    first, second = (p.text for p in answer.passages[:2])
    assert "has been governor since 2021" in first
    assert "We will not sell the harbour" in second


@pytest.mark.parametrize(
    "message",
    [
        "did the mayor of lisbon say anything about the harbour? what was his take",
        "what did the ambassador say about the loan? did she back it",
    ],
)
def test_a_later_part_asking_by_pronoun_of_someone_not_quoted_is_refused_too(
    town: Searcher, message: str
) -> None:
    # Before: the first part refused, the second ("what was his take") searched alone and
    # someone else's words shown as the closest to what he said
    answer = town.ask(message)
    assert not answer.answered
    assert answer.reason is not None and answer.reason.startswith("The story doesn't quote")


def test_a_later_part_naming_someone_quoted_is_answered(town: Searcher) -> None:
    answer = town.ask("did lisbon's mayor comment on the loan? and what did ruiz say about him")
    assert answer.answered and answer.asked_speaker == "Elena Ruiz"


def test_a_part_answered_with_high_confidence_comes_before_one_answered_loosely(
    town: Searcher,
) -> None:
    # Before: the first part's closest passage (the loan) came first, though the story
    # plainly answers the second part and only loosely the first
    answer = town.ask("so the town is broke now?? how long has ruiz been governor")
    assert answer.answered
    assert answer.confidence == "low"  # one part has only the closest passages
    assert "has been governor since 2021" in answer.passages[0].text
    assert any("loan" in p.text for p in answer.passages[1:])
