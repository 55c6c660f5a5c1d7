"""A statement of what someone said, typed to the bot to have it checked ("so the mayor said
the pier stays shut??"), asks for that person's words, as "did the mayor say ..." does: their
quote first, vouched for as theirs. Only when the message opens with its subject, someone the
story knows, with no one else named between them and the verb; a statement about what "people
say" or someone described otherwise is searched as typed. A polite request with the question
as its clause ("could you tell me what Mrs. Calloway said ...") asks for their words too."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import asked_for_words, searcher_for

PIER_STORY = "\n".join(
    [
        "Mayor Ines Calloway met harbour master Tobias Wren on the old pier on Tuesday.",
        "“The pier stays shut until the pilings are replaced,” Calloway said.",
        "Wren told reporters the repairs would take two summers and cost about $4 million.",
        "“Every month it is closed, the fishing boats lose money,” Wren said.",
        "Shop owners along the front say the closure has halved their trade.",
    ]
)


@pytest.fixture(scope="module")
def pier() -> Searcher:
    return searcher_for("pier", PIER_STORY)


@pytest.mark.parametrize(
    ("question", "speaker", "expected"),
    [
        # Before: no one asked for; the passage first was the meeting on the pier
        ("so calloway said the pier stays shut??", "Ines Calloway", "until the pilings"),
        (
            "wait so the mayor comes down to the pier and says it stays shut?",
            "Ines Calloway",
            "until the pilings",
        ),
        ("wren really claims the boats are losing money??", "Tobias Wren", "lose money"),
        # a polite request with the question as its clause (before: no one asked for; a
        # passage of someone else's could come first)
        ("Could you tell me what Mrs. Calloway said about the pier?", "Ines Calloway", "pilings"),
        ("I was wondering what Mr. Wren said about the fishing boats.", "Tobias Wren", "money"),
        ("Do you know what the mayor said about reopening the pier?", "Ines Calloway", "shut"),
        ("Can someone remind me what Wren said the boats lose?", "Tobias Wren", "lose money"),
    ],
)
def test_a_statement_or_request_of_what_someone_said_asks_for_their_words(
    pier: Searcher, question: str, speaker: str, expected: str
) -> None:
    answer = asked_for_words(pier, question, speaker)
    assert expected in answer.passages[0].text
    assert answer.passages[0].quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "question",
    [
        "people say the pier is finished",  # a subject that is no one the story quotes
        "calloway met wren and he told her the boats lose money??",  # whose words is unclear
    ],
)
def test_a_statement_not_opening_with_a_speaker_asks_for_no_one_by_it(
    pier: Searcher, question: str
) -> None:
    answer = pier.ask(question)
    assert answer.answered
    assert answer.asked_speaker is None


def test_a_polite_request_for_someone_never_quoted_is_refused(pier: Searcher) -> None:
    answer = pier.ask("Could you tell me what the harbour commissioner said about it?")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote the harbour commissioner."


@pytest.mark.parametrize(
    ("question", "speaker", "expected"),
    [
        # a question relayed for someone else, its question the clause after who asks it
        # (before: no one asked for; the meeting on the pier first)
        ("A visitor asks what Mrs. Calloway said about the pier.", "Ines Calloway", "pilings"),
        ("my neighbour wants to know what Wren said about the boats", "Tobias Wren", "money"),
        ("one of our readers is asking what the mayor said about it", "Ines Calloway", "shut"),
    ],
)
def test_a_question_relayed_for_someone_asks_for_the_words_it_names(
    pier: Searcher, question: str, speaker: str, expected: str
) -> None:
    answer = asked_for_words(pier, question, speaker)
    assert expected in answer.passages[0].text
    assert answer.passages[0].quotes[0].speaker == speaker


def test_a_relayed_question_for_someone_never_quoted_is_refused(pier: Searcher) -> None:
    answer = pier.ask("A visitor asks what Calloway's lawyers said about the repairs.")
    assert not answer.answered
    assert answer.reason == "The story doesn't quote Calloway's lawyers."
