"""The kind of answer a question expects (a number, an amount or a date; a person), and whether
a passage holds a number: what moves passages up for "how many", "when" and "who"."""

from __future__ import annotations

import re
from enum import StrEnum

# Questions whose answer is a number, an amount or a date: "how many", "how much", "when",
# "what year", "how long ago", "how old".
# Read where the question opens (its first few words): "what did he say when ..." asks for
# words, not a date.
_EXPECTS_NUMBER = re.compile(
    r"""
    ^\W*(?:[\w'’]+\W+){0,3}?
    (?: how\s+(?:many|much|long|old|often|recently|soon)\b
      | when\b
      | (?:what|which)\s+(?:year|day|date|month|time|age|week|amount|number|percentage|share)\b
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "dozen dozens hundred hundreds thousand thousands million millions billion billions "
    "several half double twice times percent "
    "monday tuesday wednesday thursday friday saturday sunday weekend yesterday today tonight "
    "january february march april june july august september october november december "
    "ago decade decades"
)
# A number, an amount or a date in a passage: digits, number words, days, months, "years ago".
_NUMBER_OR_DATE = re.compile(
    r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b"
    r"|\b(?:last|this|next|that)\s+(?:week|month|year|term)\b|\b(?:years|months|weeks)\b",
    re.IGNORECASE,
)


# Questions whose answer is someone: "who rebuffed him?", "whose figures say ...".
_EXPECTS_PERSON = re.compile(
    r"^\W*(?:[\w'’]+\W+){0,3}?(?:who|whom|whose"
    r"|(?:which|what)\s+(?:person|official|man|woman|group|organi[sz]ation|politician))\b",
    re.IGNORECASE,
)


class Expected(StrEnum):
    """The kind of answer a question asks for, when it asks for one."""

    NUMBER = "number"  # a number, an amount or a date
    PERSON = "person"  # someone


def expected_answer(question: str) -> Expected | None:
    """What kind of answer `question` asks for: a number ("how many", "when"), a person
    ("who", "whose"), or None."""
    if _EXPECTS_NUMBER.search(question):
        return Expected.NUMBER
    if _EXPECTS_PERSON.search(question):
        return Expected.PERSON
    return None


def holds_number(text: str) -> bool:
    """Whether `text` holds a number, an amount or a date."""
    return _NUMBER_OR_DATE.search(text) is not None
