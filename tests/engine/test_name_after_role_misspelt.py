"""A word one edit from the name of the one person holding the role named right before it
("senator web", "senator wbb" of State Senator Carla Webb) is that name mistyped: the role says
whom, so a short word, or an English one, is corrected there as it is not elsewhere (before:
"The story doesn't quote senator web.")."""

from __future__ import annotations

import pytest

from bot.engine import spelling
from tests.engine.stories import searcher_for

STORY = "\n".join(
    [
        "About 300 nurses at Halvern Community Clinic walked off the job on Monday.",
        "State Senator Carla Webb said she would call both sides to a hearing. “I want "
        "numbers, not slogans,” Webb said.",
        "Mayor Ann Cole said the city could not help. “It is not our clinic,” Cole said.",
    ]
)


@pytest.mark.parametrize("question", ["what did senator web say", "what did senator wbb say"])
def test_a_name_mistyped_after_the_role_is_the_holder(question: str) -> None:
    answer = searcher_for("clinic", STORY).ask(question)
    assert answer.answered, answer.reason
    assert answer.asked_speaker == "Carla Webb"
    assert "numbers, not slogans" in answer.passages[0].text


def test_a_word_after_the_role_that_is_no_name_is_left() -> None:
    searcher = searcher_for("clinic", STORY)
    answer = searcher.ask("what did the mayor and the senator say")
    assert answer.answered
    assert {"Ann Cole", "Carla Webb"} <= {q.speaker for p in answer.passages for q in p.quotes}
    assert searcher.ask("what did web say").asked_speaker is None


def test_a_word_after_no_role_and_no_first_name_is_not_read_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most words of a question follow no role's word and no first name: the role's holders
    and the first name's surnames are looked up first, and the word's own checks (its stem
    among them) are not read for either; after a role they are, and the name is corrected."""
    searcher = searcher_for("clinic", STORY)
    speller = searcher._speller
    read: list[str] = []
    stem = spelling.stem

    def counted(word: str) -> str:
        read.append(word)
        return stem(word)

    monkeypatch.setattr(spelling, "stem", counted)
    question = "how long will the nurses strike at the clinic last"
    assert speller.correct(question) == question
    assert read == []
    assert speller.correct("what did senator web say") == "what did senator webb say"
    assert "web" in read
    read.clear()
    assert speller.correct("what did carla web say") == "what did carla webb say"
    assert "web" in read
