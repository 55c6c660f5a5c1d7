"""Words with offsets, and the shapes names and roles take in a run of them.

`tokenize` splits text into words, possessive endings and punctuation, keeping where each
stands; the rest read a run of tokens: where a role's head word ends, whether a word modifies a
role, runs of capitalised words, and whether such a run looks like a name or an organisation.
Introductions (people.py), attribution and mentions build on these.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.engine.lexicon import shared_wordnet
from bot.engine.words import (
    ABBREVIATIONS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NON_NAMES,
    ORG_WORDS,
    ROLE_HEADS,
    is_inflected_verb,
    is_noun_of_its_own,
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
    lower: str  # text.lower() ("ms." of a title written without its stop: `_UNDOTTED_TITLES`)
    is_word: bool  # kind == "word"
    is_cap: bool  # a word whose first character is upper case


# A token: a dotted acronym, a word (letters and digits, inner hyphens and apostrophes) or any
# other character but a space; kept as a group, so that `split` gives each token and what lies
# between tokens (white space) in turn.
_TOKEN_PART = re.compile(r"((?:[A-Za-z]\.){2,}|[^\W_]+(?:[-'’‘][^\W_]+)*|\S)")
_APOSTROPHES = "'’‘"
_HEAD_ENDINGS = frozenset(head[-1] for head in ROLE_HEADS)  # a role head's last word
_made = tuple.__new__  # a Token from its fields, without NamedTuple's own __new__ in between
_KINDS = ("punct", "word")  # by whether the token is a word
_first = operator.itemgetter(0)
# Titles British style writes without a full stop ("Ms Ashdown", "Dr Lena Marquardt"): before a
# capitalised word each is read as the abbreviation with its stop ("ms.", "dr."), so every
# rule that knows "Ms." knows "Ms" (only as written: "MS", "Dr" alone are left as words)
_UNDOTTED_TITLES = frozenset("Mr Mrs Ms Mx Dr Prof".split())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    r"""Tokens of `text`, offsets shifted by `offset`; abbreviations keep their full stop.

    Every paragraph of a build comes here once or more (a sixth of a story's analysis), so
    its tokens are made outside the interpreter's loop: the text split into tokens and the
    space between them, each token's offsets from the lengths before it, its fields by `map`
    (a token is a word when its first character is a letter or digit: `[^\W_]`, which every
    acronym and word starts with and no other token does). Then the few a loop over every
    token did otherwise: a word or a capital letter that is an abbreviation takes the full
    stop right after it ("Mr.", "J."), a word ending in "'s" is the word and its possessive
    ending. tests/engine/test_token_scans.py keeps the plain loop as the reference."""
    parts = _TOKEN_PART.split(text)
    words = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts), initial=offset))
    is_word = list(map(str.isalnum, map(_first, words)))
    tokens = list(
        map(
            _made,
            itertools.repeat(Token),
            zip(
                words,
                bounds[1:-1:2],  # where each token starts (after the space before it)
                bounds[2::2],  # and ends
                map(_KINDS.__getitem__, is_word),
                map(str.lower, words),
                is_word,
                map(operator.and_, is_word, map(str.isupper, map(_first, words))),
                strict=True,
            ),
        )
    )
    if not _UNDOTTED_TITLES.isdisjoint(words):
        _dot_undotted_titles(tokens)
    if "." in words:
        stops = [at for at in _places(words, ".") if at > 0]
        for at in reversed(stops):  # from the last, so that the places before stay
            word, start, end, _, lower, word_before, capital = tokens[at - 1]
            if (
                word_before
                and end == tokens[at].start
                and "." not in word  # not an acronym
                and (lower in ABBREVIATIONS or (len(word) == 1 and word.isupper()))
            ):
                word += "."
                fields = (word, start, end + 1, "word", word.lower(), True, capital)
                tokens[at - 1 : at + 1] = [_made(Token, fields)]
    if "'s" in text or "’s" in text or "‘s" in text:
        for at in range(len(tokens) - 1, -1, -1):
            word, start, end, _, _, is_a_word, _ = tokens[at]
            if is_a_word and len(word) > 2 and word[-1] == "s" and word[-2] in _APOSTROPHES:
                cut = end - 2  # a possessive: the word, then its ending
                own, ending = word[:-2], word[-2:]
                tokens[at : at + 1] = [
                    _made(Token, (own, start, cut, "word", own.lower(), True, own[:1].isupper())),
                    _made(Token, (ending, cut, end, "poss", ending.lower(), False, False)),
                ]
    return tokens


def _dot_undotted_titles(tokens: list[Token]) -> None:
    """Give each title written without a full stop right before a capitalised word the lower
    case of its abbreviation ("Ms Roux": "ms."), in place; its text stays as written."""
    for at in range(len(tokens) - 1):
        word, start, end, kind, lower, is_word, capital = tokens[at]
        after = tokens[at + 1]
        if word in _UNDOTTED_TITLES and after.is_cap and after.start == end + 1:
            tokens[at] = _made(Token, (word, start, end, kind, lower + ".", is_word, capital))


def _places(items: list[str], item: str) -> list[int]:
    """Every index of `item` in `items`, found by `list.index` (outside the interpreter's loop)."""
    places: list[int] = []
    at = -1
    try:
        while True:
            at = items.index(item, at + 1)
            places.append(at)
    except ValueError:
        return places


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
    # "a sports economist": a verb's form that is a noun of its own modifies the role
    return not token.lower.endswith("ly") and (
        not is_inflected_verb(token.lower) or is_noun_of_its_own(token.lower)
    )


def role_run_start(tokens: Sequence[Token], head_start: int, limit: int = 6) -> int:
    """Extend a role head backwards over its modifiers: "White House press secretary", "the
    managing director" (`participle_in_role`)."""
    k = head_start
    while (
        k > 0
        and head_start - k < limit
        and (is_role_modifier(tokens[k - 1]) or participle_in_role(tokens[k - 1], tokens[k]))
    ):
        if not side_by_side(tokens, k - 1, k + 1):
            break
        k -= 1
    return k


def participle_in_role(token: Token, after: Token) -> bool:
    """A verb's form in lower case that WordNet has as one noun with the role word `after`:
    "managing director", "visiting professor", "registered nurse"; not "thanking director"."""
    word = token.lower
    if not token.is_word or token.is_cap or not after.is_word or not is_inflected_verb(word):
        return False
    wordnet = shared_wordnet()
    return wordnet is not None and wordnet.is_compound_noun(word, after.lower)


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
