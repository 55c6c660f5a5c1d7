"""`Tom and Alice Whitaker, said they had left their home` then `Her husband said ... "...," he
said`: a first name joined by "and" to a full name is a person of that surname too, and a man
and a woman named together so are husband and wife, when the story tells both genders; nobody
is "her husband" when it does not. On stories of their own (a valley flood)."""

from __future__ import annotations

from bot.engine.search import Searcher
from tests.engine.stories import quoted, searcher_for


def flood(first: str) -> Searcher:
    return searcher_for(
        "valley",
        "\n".join(
            [
                "The Sorrel River flooded 200 farms in the valley on Sunday.",
                f"Among those who fled were {first} and Inez Moreno, who have farmed there since "
                "1990. “We lost the barn and most of the hay,” Inez Moreno said.",
                "Her husband said the cattle had been moved to high ground on Saturday. “We got "
                "every one of them out,” he said.",
            ]
        ),
    )


def test_her_husband_is_the_man_named_with_her() -> None:
    assert quoted(flood("Rafael"), "We got every one of them out") == ["Rafael Moreno"]
    # a first name that tells no gender: which of them is her husband is not told
    assert quoted(flood("Casey"), "We got every one of them out") == [None]
