"""Words with offsets, and the shapes names and roles take in a run of them.

`tokenize` splits text into words, possessive endings and punctuation, keeping where each
stands; the rest read a run of tokens: where a role's head word ends, whether a word modifies a
role, runs of capitalised words, and whether such a run looks like a name or an organisation.
Introductions (people.py), attribution and mentions build on these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.words import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NON_NAMES,
    ORG_WORDS,
    ROLE_HEADS,
    is_inflected_verb,
)


class Token(NamedTuple):
    """A word, a possessive ending ("'s") or a punctuation mark, with offsets into its text.

    What attribution asks of a token over and over (its lower case, whether it is a word,
    a capitalised one) is worked out once, when `tokenize` makes it: a story's attribution
    asked some 10,000 times, each a property call and a `str.lower`, and a named tuple is
    made in a third of a frozen dataclass's time."""

    text: str
    start: int
    end: int
    kind: str  # "word" | "poss" | "punct"
    lower: str  # text.lower()
    is_word: bool  # kind == "word"
    is_cap: bool  # a word whose first character is upper case


_TOKEN = re.compile(
    r"(?P<acronym>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>[^\W_]+(?:[-'’‘][^\W_]+)*)"
    r"|(?P<punct>\S)"
)
_APOSTROPHES = "'’‘"
_HEAD_ENDINGS = frozenset(head[-1] for head in ROLE_HEADS)  # a role head's last word
_made = tuple.__new__  # a Token from its fields, without NamedTuple's own __new__ in between


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`, offsets shifted by `offset`; abbreviations keep their full stop.

    Every paragraph of a build comes here once or more (a third of a story's attribution
    was making tokens), hence the plain loop."""
    tokens: list[Token] = []
    append = tokens.append
    last_end = -1  # where the last token ended in `text`
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if start < last_end:
            continue  # the full stop an abbreviation took
        kind = match.lastgroup
        word = match.group()
        if kind == "punct":
            fields = (word, offset + start, offset + end, "punct", word.lower(), False, False)
            append(_made(Token, fields))
            last_end = end
            continue
        if kind == "word":
            if len(word) > 2 and word[-1] == "s" and word[-2] in _APOSTROPHES:  # a possessive
                cut = end - 2
                own, ending = text[start:cut], text[cut:end]
                lower, at, cut_at = own.lower(), offset + start, offset + cut
                append(_made(Token, (own, at, cut_at, "word", lower, True, own[:1].isupper())))
                append(
                    _made(
                        Token, (ending, cut_at, offset + end, "poss", ending.lower(), False, False)
                    )
                )
                last_end = end
                continue
            if text[end : end + 1] == "." and (
                word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
            ):
                end += 1
                word = text[start:end]
        fields = (
            word,
            offset + start,
            offset + end,
            "word",
            word.lower(),
            True,
            word[:1].isupper(),
        )
        append(_made(Token, fields))
        last_end = end
    return tokens


def head_ending_at(tokens: Sequence[Token], j: int) -> int | None:
    """Start index of the longest role head that ends at token `j`, else None."""
    if 0 <= j < len(tokens) and tokens[j].lower not in _HEAD_ENDINGS:
        return None  # most words end no head, and attribution asks of most tokens
    best: int | None = None
    for size in (1, 2, 3):
        i = j - size + 1
        if i < 0 or not all(t.is_word for t in tokens[i : j + 1]):
            continue
        if tuple(t.lower for t in tokens[i : j + 1]) in ROLE_HEADS and side_by_side(
            tokens, i, j + 1
        ):
            best = i
    return best


def is_role_modifier(token: Token) -> bool:
    """A word that can stand in a run of role words before a head: "former", "White", "press"."""
    if not token.is_word or token.lower in FUNCTION_WORDS or token.text[:1].isdigit():
        return False
    if token.is_cap:
        return True
    return not token.lower.endswith("ly") and not is_inflected_verb(token.lower)


def role_run_start(tokens: Sequence[Token], head_start: int, limit: int = 6) -> int:
    """Extend a role head backwards over its modifiers: "White House press secretary"."""
    k = head_start
    while k > 0 and head_start - k < limit and is_role_modifier(tokens[k - 1]):
        if not side_by_side(tokens, k - 1, k + 1):
            break
        k -= 1
    return k


def side_by_side(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Tokens i..j-1 follow each other separated by nothing but spaces (no new line)."""
    return all(tokens[k + 1].start - tokens[k].end <= 1 for k in range(i, j - 1))


def cap_sequences(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words, allowing name particles ("Tren de Aragua")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].is_cap:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1:
            if tokens[j].is_cap:
                j += 1
            elif (
                tokens[j].lower in NAME_PARTICLES
                and j + 1 < len(tokens)
                and tokens[j + 1].is_cap
                and tokens[j + 1].start - tokens[j].end <= 1
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def looks_like_org(words: Sequence[str]) -> bool:
    return any(w.lower().strip(".") in ORG_WORDS for w in words)


def is_name_like(tokens: Sequence[Token]) -> bool:
    """Capitalised words that may be a name: no stop word, weekday or month among them."""
    if not tokens or len(tokens) > 5 or not tokens[0].is_cap or not tokens[-1].is_cap:
        return False
    if head_ending_at(tokens, len(tokens) - 1) is not None:
        return False
    return all(t.lower not in FUNCTION_WORDS and t.lower not in NON_NAMES for t in tokens)
