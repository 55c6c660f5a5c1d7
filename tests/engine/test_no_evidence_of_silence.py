"""What members type for someone or something the story does name, in a form it never uses,
is no clear evidence the story is silent: a hyphenated name typed with a space after a title,
a person's initials with a middle one the story leaves out, and a name given beside the
story's own word for the thing ("CECOT / the prison"). Each is answered or searched, not
refused; what the story truly never names still is."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

LECTURE_STORY = "\n".join(
    [
        "Oxford University professor Amara Okafor-Reyes gave the annual river lecture on Friday.",
        "“Rivers remember every dam,” Okafor-Reyes said.",
        "Mayor Daniel Whitcombe said the city would pay for a new fish ladder.",
        "The old mill prison, which stands just outside the town of Elsby, will close in May.",
    ]
)


@pytest.fixture(scope="module")
def lecture() -> Searcher:
    return searcher_for("lecture", LECTURE_STORY)


def test_a_hyphenated_name_typed_with_a_space_after_a_title_is_the_speaker(
    lecture: Searcher,
) -> None:
    # Before: "The story doesn't quote prof. okafor reyes." ("prof." fits no role of hers)
    answer = lecture.ask("what did prof. okafor reyes say about dams")
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Amara Okafor-Reyes"
    assert "Rivers remember every dam" in answer.passages[0].text


def test_initials_with_a_middle_one_the_story_leaves_out_are_searched(lecture: Searcher) -> None:
    # Before: "The story doesn't quote DPW." (Daniel Whitcombe is DW to the story)
    answer = lecture.ask("what did DPW say about the fish ladder")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None  # may be him, and may not: never credited to him
    assert "new fish ladder" in answer.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # Before: "The story doesn't mention HMP." though the prison is the answer
        "where is HMP / the prison",
        "where is the prison (HMP)",
        "where's HMP aka the old mill prison",
    ],
)
def test_a_name_given_with_the_storys_word_for_it_is_searched(
    lecture: Searcher, question: str
) -> None:
    answer = lecture.ask(question)
    assert answer.answered, answer.reason
    assert "just outside the town of Elsby" in answer.passages[0].text


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("what did ABC say about the fish ladder", "The story doesn't quote ABC."),
        ("where is HMP", "The story doesn't mention HMP."),
        ("where is HMP / Belmarsh", "The story doesn't mention HMP."),
    ],
)
def test_what_the_story_never_names_is_still_refused(
    lecture: Searcher, question: str, reason: str
) -> None:
    answer = lecture.ask(question)
    assert not answer.answered
    assert answer.reason == reason


COURT_STORY = "\n".join(
    [
        "Attorney General Rosa Lind said the ferry contract broke no law.",
        "“We followed every rule,” Lind said on Tuesday.",
        "Boat owner Piet Haas was not available for comment.",
    ]
)


def test_people_of_a_role_someone_quoted_holds_in_other_words_are_searched() -> None:
    court = searcher_for("ferry", COURT_STORY)
    # Before: "The story doesn't quote the government's lawyers." (its Attorney General is
    # an attorney, WordNet's word for a lawyer)
    answer = court.ask("what did the government's lawyers say about the ferry contract")
    assert answer.answered, answer.reason
    assert answer.asked_speaker is None
    assert "ferry contract broke no law" in answer.passages[0].text
    # someone else's lawyers are no one it quotes
    refused = court.ask("what did Piet Haas's lawyers say about the contract")
    assert not refused.answered
    assert refused.reason == "The story doesn't quote Piet Haas's lawyers."
