""" "... need the fee one for my debate 💀": what the writer asks for, their own thing ("for my
essay", `chat._FRAMING`), is no topic of the question up to the clause's end, which an emoji
closing the message ends as a mark or the message's end does. On main the emoji kept "debate"
among the question's words: a word no passage holds, so the question read as half unknown to
the story and its answer less sure than the same question typed without the emoji."""

from __future__ import annotations

import pytest

from tests.engine.stories import searcher_for

FEES = (
    "The Elmwood library dropped its late fees in January. Librarian Marta Olsen has called the"
    " old fines “a tax on families who read.”"
)
STORY = "\n".join(
    [
        "Elmwood's public library reopened on Monday after a three-month renovation.",
        FEES,
        "The new children's wing has room for 4,000 more books, director Victor Hale said.",
        "“We kept the doors open online the whole time,” Hale said.",
    ]
)


@pytest.mark.parametrize("emoji", ["💀", "😭🙏", "🔥 🔥"])
def test_an_emoji_after_the_remark_changes_nothing(emoji: str) -> None:
    searcher = searcher_for("elmwood-library", STORY)
    plain = "library fines?? need the tax one for my debate"
    assert searcher.confidence_signals(f"{plain} {emoji}") == searcher.confidence_signals(plain)
    answer = searcher.ask(f"{plain} {emoji}")
    assert answer.passages[0].text == FEES
