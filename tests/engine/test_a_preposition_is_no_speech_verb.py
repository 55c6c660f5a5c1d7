""" "What is the reproach made to Bukele regarding his relations with Beijing?": "regarding",
after the words a question asking with "what is" opens with, was read as a verb of saying
(WordNet's most frequent sense of "regard" is {consider, view, see}, a kind of judging), so
"the reproach made to Bukele" was the speaker asked of and the question refused as quoting
no one (fresh-84 p07). A participle English uses as a preposition ("regarding", "concerning",
"including", "following") says what about, never whose words."""

from __future__ import annotations

import pytest

from bot.engine.question import QuestionKind, read_question
from tests.engine.stories import searcher_for

HARBOUR_STORY = "\n".join(
    [
        "Mayor Tessa Lund opened the new ferry terminal in Harwick on Friday.",
        "“This terminal will bring the islands closer to the mainland,” Lund said.",
        "Lund has been criticized for her close ties to a shipping firm at the expense of the"
        " fishing fleet, with the firm paying for a new quay two years ago.",
        "The harbour master, Olav Brekke, said the crossings would start in May.",
    ]
)


@pytest.fixture(scope="module")
def harbour():  # type: ignore[no-untyped-def]
    return searcher_for("harbour", HARBOUR_STORY)


@pytest.mark.parametrize(
    "typed",
    [
        # on main: each refused ("The story doesn't quote the reproach made to Lund.")
        "What is the reproach made to Lund regarding her relations with the shipping firm?",
        "What is the criticism made of the mayor concerning her ties to the firm?",
        "What was the complaint made about Lund regarding the shipping firm?",
    ],
)
def test_a_question_with_regarding_is_searched_not_refused(  # type: ignore[no-untyped-def]
    harbour, typed: str
) -> None:
    answer = harbour.ask(typed)
    assert answer.answered, answer.reason
    assert any(p.text.startswith("Lund has been criticized") for p in answer.passages[:3])


@pytest.mark.parametrize(
    "typed",
    [
        # on main: "the reproach made to Lund" the speaker, or Lund (a complaint about her is
        # not her words)
        "What is the reproach made to Lund regarding the firm?",
        "What was the complaint made about Lund regarding the shipping firm?",
    ],
)
def test_the_words_before_regarding_are_no_speaker(harbour, typed: str) -> None:  # type: ignore[no-untyped-def]
    read = read_question(typed, harbour.snapshot.people)
    assert read.kind is QuestionKind.PLAIN
    assert read.unknown_speaker is None


def test_a_verb_of_saying_after_the_speaker_still_asks_their_words(harbour) -> None:  # type: ignore[no-untyped-def]
    # guard: "what did the mayor mention regarding the firm" still asks for her words
    read = read_question("what did the mayor mention regarding the firm?", harbour.snapshot.people)
    assert read.kind is QuestionKind.SPEAKER
    assert [p.name for p in read.speakers] == ["Tessa Lund"]
