"""A member asking "is it true that X said ..." puts a statement of what X said to be
checked, as "did X say ..." does: X's words are asked (the speaker read), so words of someone
else's are not confirmed as X's. Before, the opening hid the speaker and whoever's passage held
the words could be rated high (the small story's are low on main too: guards)."""

from __future__ import annotations

import pytest

from bot.engine.search import Searcher
from tests.engine.stories import searcher_for

DAM_STORY = "\n".join(
    [
        "The Brenna dam will be torn down next spring, the state water board decided Thursday.",
        "Board chair Agnes Whitcombe called the dam a danger to the valley. “This dam has"
        " outlived its purpose and it will not survive another flood,” Whitcombe said.",
        "Farmer Tobias Renn, whose fields draw on the reservoir, said he would sue the board.",
        "“They are taking the water my family has used for a hundred years,” Renn said.",
        "The dam was built in 1931 and last repaired in 1988.",
    ]
)


@pytest.fixture(scope="module")
def dam() -> Searcher:
    return searcher_for("dam", DAM_STORY)


@pytest.mark.parametrize(
    "question",
    [
        "is it true that renn said the dam has outlived its purpose",
        "is it true whitcombe said they are taking the water my family has used",
        "is it really true that renn said the dam would not survive another flood",
    ],
)
def test_someone_elses_words_are_not_confirmed(dam: Searcher, question: str) -> None:
    answer = dam.ask(question)
    assert answer.answered
    assert answer.confidence == "low", question


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("is it true that whitcombe said the dam has outlived its purpose", "Agnes Whitcombe"),
        ("is it true renn said they are taking his family's water", "Tobias Renn"),
    ],
)
def test_the_speaker_checked_is_read(dam: Searcher, question: str, speaker: str) -> None:
    answer = dam.ask(question)
    assert answer.asked_speaker == speaker, question
    assert speaker in {str(q.speaker) for q in answer.passages[0].quotes}
