"""Patterns of a question's reading that open with a look-ahead for the characters a match can
start with (`(?=[whf...])`): `re` finds no prefix to skip by in a case-insensitive pattern
opening with `\\b` or a look-behind, and enters it at every character of a question, trying
each alternative's first letter; the look-ahead is one test of the character. It must hold
every character a match of the rest can start with (read here from the parsed pattern), and
stand before the whole pattern (not its first alternative only): then the matches are the same.
The look-ahead is matched under the pattern's own flags, so case-insensitively as the letters
it stands for are (the same characters: "İ" and "ı" for an "i" too)."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from bot.engine import about_bot, answer_types, chat, question, reasons, story_facts
from bot.engine.search import reading

GUARDED = {
    "chat._WRITER_WORDS": chat._WRITER_WORDS,
    "chat._CONVERSATIONAL": chat._CONVERSATIONAL,
    "answer_types._DATE_FORM_TAIL": answer_types._DATE_FORM_TAIL,
    "answer_types._ENDS_ASKING_NUMBER": answer_types._ENDS_ASKING_NUMBER,
    "reasons._ASKS_REASON": reasons._ASKS_REASON,
    "reasons._GIVES_REASON": reasons._GIVES_REASON,
    "story_facts._MAY_ASK": story_facts._MAY_ASK,
    "about_bot._MAY_ASK": about_bot._MAY_ASK,
    "story_facts._STORY_ITSELF": story_facts._STORY_ITSELF,
    "question._WORDS_NOUN": question._WORDS_NOUN,
    "question._ASKS_THEIR_WORDS": question._ASKS_THEIR_WORDS,
    "reading._SEMI_AUXILIARY": reading._SEMI_AUXILIARY,
    "reading._PART_BREAK": reading._PART_BREAK,
    # 13regex: each run once or more on every question
    "reasons._REASON_FORM": reasons._REASON_FORM,
    "question._ASKS_FROM_X": question._ASKS_FROM_X,
    "question._ASKS_WORDS_X_USED": question._ASKS_WORDS_X_USED,
    "question._ASKS_WHO_SAID": question._ASKS_WHO_SAID,
    "question._POINTING": question._POINTING,
    "question._FROM_PLACE": question._FROM_PLACE,
    "question._PLACE_THEN_SOMEONE": question._PLACE_THEN_SOMEONE,
    "answer_types._ENDS_WITH_WHEN": answer_types._ENDS_WITH_WHEN,
    "reading._MOTION_TO": reading._MOTION_TO,
    "reading._ONE": reading._ONE,
    "reasons._GAIN_WORD": reasons._GAIN_WORD,
}
_LOOK_AHEAD = re.compile(r"\(\?=(\[[^\]]+\])\)")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
_SPACES = frozenset(re.findall(r"\s", _EVERY_CHARACTER))


def _first(items: Any) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence `items` can start with, and whether it
    may match nothing; fails on an item whose first characters this does not read."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a boundary or a look-around takes no character
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.CATEGORY:  # `\\s`: every character it matches
                    assert value is sre.CATEGORY_SPACE, value
                    chars.update(_SPACES)
                    continue
                assert kind in (sre.LITERAL, sre.RANGE), (kind, value)
                low, high = (value, value) if kind is sre.LITERAL else value
                chars.update(chr(c) for c in range(low, high + 1))
            return chars, False
        if op is sre.SUBPATTERN:
            assert not av[1] and not av[2]  # no flags changed inside
            found = _first(av[3])
        elif op is sre.BRANCH:
            branches = [_first(branch) for branch in av[1]]
            found = (set().union(*(b[0] for b in branches)), any(b[1] for b in branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = _first(av[2])
            found = (found[0], found[1] or av[0] == 0)
        else:
            raise AssertionError(f"no first characters read of {op}")
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


@pytest.mark.parametrize("name", GUARDED)
def test_the_look_ahead_holds_every_character_a_match_can_start_with(name: str) -> None:
    pattern = GUARDED[name]
    opening = _LOOK_AHEAD.match(pattern.pattern)
    assert opening is not None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags).data
    # before the whole pattern: a look-ahead first, not an alternation whose first branch
    # opens with it
    assert parsed[0][0] is sre.ASSERT and parsed[0][1][0] == 1
    chars, may_be_empty = _first(parsed[1:])
    assert not may_be_empty
    allowed = re.compile(opening.group(1), pattern.flags)
    assert all(allowed.fullmatch(char) for char in chars), sorted(chars)
    # and the same matches as the pattern without it, on some questions and a passage
    end = "\n" if pattern.flags & re.VERBOSE else ""  # past a comment on the last line
    rest = re.compile(f"(?:{pattern.pattern[opening.end() :]}{end})", pattern.flags)
    for text in _TEXTS:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in rest.finditer(text)]


_TEXTS = [
    "Why did the mayor close the library, and how long was it open?",
    "WHAT'S THE REASON FOR THE CLOSURE",
    "can you tell me what happened with the ferry right now?",
    "what day of the week was the market moved? and if so, how many traders left",
    "I keep seeing people say his comments were cruel; does the article mention their reaction?",
    "did the council use to run the pool, or did it end up able to sell it?",
    "who runs the pool?? and when did it close; was it sold +  did they\u2003also sell it",
    "İt seems ıt was closed becauſe the roof leaked, so as to save money",
    "“We don't have the power to reopen it,” she said, citing the cost.",
    "",
]


def test_the_form_words_open_with_a_letter_of_their_words_or_after_an_owners_s() -> None:
    """`_FORM_WORDS`' look-ahead: a letter one of its ways of asking opens with, or white space
    after "'s" ("Bukele's job"), which its two ways of asking that open with no letter each
    stand behind."""
    pattern = answer_types._FORM_WORDS
    opening = re.match(r"\(\?=(\[[a-z]+\])\|(\(\?<=[^)]+\))\\s\)", pattern.pattern)
    assert opening is not None
    letters, owner = opening.groups()
    parsed = sre_parse.parse(pattern.pattern, pattern.flags).data
    assert parsed[0][0] is sre.ASSERT and parsed[0][1][0] == 1 and len(parsed) == 2
    allowed = re.compile(letters, pattern.flags)
    behind = sre_parse.parse(owner, pattern.flags).data[0]
    assert parsed[1][0] is sre.BRANCH  # the look-ahead before every way of asking
    for branch in parsed[1][1][1]:
        if repr(branch[0]) == repr(behind):  # the owner's "'s", then white space
            assert branch[1][0] in (sre.MAX_REPEAT, sre.MIN_REPEAT)
            assert branch[1][1][2].data == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])]
            continue
        chars, may_be_empty = _first(branch)
        assert not may_be_empty
        assert all(allowed.fullmatch(char) for char in chars), sorted(chars)
    rest = re.compile(pattern.pattern[opening.end() :], pattern.flags)
    for text in [*_TEXTS, "what's Bukele's job", "Bukele’s  name?", "his job, ſince when"]:
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in rest.finditer(text)]


def test_chat_shorthand_is_matched_by_first_letter_as_by_the_words_in_turn() -> None:
    """`_SHORTHAND_WORD` tries its words one alternative a first letter (`_by_first_letter`):
    no character matches two of those letters, ignoring case as the pattern does (the Kelvin
    sign a "k", the long s an "s", a dotless i an "i"), so the same word matches first."""
    words = sorted(chat._SHORTHAND, key=len, reverse=True)
    matched: dict[int, str] = {}
    for first in {word[0] for word in words}:
        for match in re.finditer(re.escape(first), _EVERY_CHARACTER, re.IGNORECASE):
            assert matched.setdefault(match.start(), first) == first, (first, match.group())
    # one alternative a first letter
    parsed = sre_parse.parse(chat._SHORTHAND_WORD.pattern, chat._SHORTHAND_WORD.flags).data
    (group,) = [av[3] for op, av in parsed if op is sre.SUBPATTERN]
    assert group[0][0] is sre.BRANCH
    assert len(group[0][1][1]) == len({word[0] for word in words})
    in_turn = re.compile(
        "(?<![\\w'’.])(" + "|".join(map(re.escape, words)) + ")(?![\\w'’]|\\.\\w)", re.IGNORECASE
    )
    for text in [
        *_TEXTS,
        "wat did the U.S. say abt it w/ the gov rn?? thats wild, WHATS the deets tho",
        "ſtats on the K-pop thing, whos the prez bc idk; y tho ur gonna say cuz",
    ]:
        expected = [(m.span(), m.group(1)) for m in in_turn.finditer(text)]
        assert [(m.span(), m.group(1)) for m in chat._SHORTHAND_WORD.finditer(text)] == expected
