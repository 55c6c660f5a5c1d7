"""Normalisation and index terms: one function turns passages and questions into the same terms.

A term is a word folded to lower case with curly quotes and punctuation folded away, stop words
dropped, irregular forms mapped to their lemma (met -> meet, said -> say) and then stemmed with
Snowball's English stemmer. Dotted acronyms (U.S.) become one word and, like words written in
capitals (US), are kept even when the lower-case form is a stop word.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from bot.engine.words import STOP_WORDS, all_lemmas

# Characters folded before splitting: curly quotes and primes to straight, dashes to spaces.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": " ",
        "\u2014": " ",
        "\u2015": " ",
        "\u00a0": " ",
    }
)
_FOLDED_MARKS = tuple((chr(mark), plain) for mark, plain in _FOLD.items())  # `fold_marks`'

# A word: a dotted acronym (U.S., D.C.), a number with separators (85,000 / 6.5), or a run of
# letters and digits with inner apostrophes (Trump's, don't).
_WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W_]+(?:'[^\W_]+)*",
)
_WORD_PART = re.compile(f"({_WORD.pattern})")  # `term_spans`'
# `_WORD` for a text of ASCII alone, the same matches: on ASCII the Unicode classes are these
# ranges (a letter [A-Za-z], a digit [0-9], neither "_" nor any other), which `re` tests by a
# bitmap rather than a letter test a character (~30 % less of a question's word splitting)
_ASCII_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|[0-9]+(?:[.,][0-9]+)*"
    r"|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*",
)

_ASCII_WORD_PART = re.compile(f"({_ASCII_WORD.pattern})")

# A sentence's end in a story's text: a full stop, question or exclamation mark, a closing
# quotation mark after it and the space after (`SENTENCE_STOP`, for patterns of a sentence's
# opening), before a capital letter or an opening quotation mark (`SENTENCE_END`). The full
# stop of a title or initials ("Rep. Matt Gaetz", "U.S. officials") matches too: a reader that
# must tell them apart looks at the word before (`bot.engine.search.rerank`).
SENTENCE_STOP = r"[.!?][\"”’]?\s+"
SENTENCE_END = re.compile(SENTENCE_STOP + r"(?=[\"“‘]?[A-Z])")


def _word_matches(folded: str) -> Iterator[re.Match[str]]:
    """`_WORD.finditer(folded)`, by `_ASCII_WORD` where the text is ASCII."""
    return (_ASCII_WORD if folded.isascii() else _WORD).finditer(folded)


def _word_strings(folded: str) -> list[str]:
    """The words of `_word_matches(folded)`, as strings (the patterns have no group)."""
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


# A run of ASCII letters and digits (`lower_words`)
_ASCII_RUN = re.compile(r"[a-z0-9]+")


def may_hold_word(text: str, words: frozenset[str]) -> bool:
    """Whether `text` may hold one of `words` (lower-case, of ASCII letters and digits) as a
    word: False only where `text` is ASCII and none of its runs of letters and digits
    (`lower_words`) is one of them. A pattern whose every match holds one of `words`,
    case-insensitively, between two characters neither a letter nor a digit (`\\b`,
    `(?<![\\w'’])`) cannot match such a text, and need not be run over it: a question is
    split into its words once, a pattern run over it costs as much again for each pattern.
    A text beyond ASCII may: `re` pairs some letters beyond ASCII with ASCII ones when it
    ignores case ("ſ" matches "s", "K" the Kelvin sign "k")."""
    return not text.isascii() or not words.isdisjoint(lower_words(text))


@lru_cache(maxsize=64)
def lower_words(text: str) -> frozenset[str]:
    """The runs of ASCII letters and digits of `text` lower-case, as a set ("Who's the U.S.
    envoy?": who, s, the, u, envoy). Remembered: each step reading a question asks it of the
    same text."""
    return frozenset(_ASCII_RUN.findall(text.lower()))


_POSSESSIVE = re.compile(r"'s$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

_stemmer = Stemmer.Stemmer("english")


@dataclass(frozen=True, slots=True)
class TermSpan:
    """An index term and where the word it came from stands (not a `people.Token`: a word)."""

    term: str
    start: int
    end: int


def fold_marks(text: str) -> str:
    """Curly quotes and primes made straight, dashes made hyphens or spaces; keeps length and
    offsets unchanged, so a match in the folded text is a match in the original.

    Each mark replaced by `str.replace`, only those the text holds: `str.translate` looks up
    every character of a text beyond ASCII (curly quotes: most news) in its table, ~4 µs a
    paragraph against ~0.5 (every passage of a build, and each question). The same text:
    each mark is one character made one ASCII character, none of them another's mark."""
    if text.isascii():
        return text
    for mark, plain in _FOLDED_MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


def match_key(text: str) -> str:
    """Case, curly apostrophes and white space folded, for comparing names and phrases; unlike
    `fold_marks` it changes length (no offsets survive)."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def clean_question(text: str) -> str:
    """A question with control and invisible formatting characters removed, white space folded."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isprintable():  # every character `_CONTROL` takes is unprintable (Cc, Cf)
        text = _CONTROL.sub(" ", text)
    return " ".join(text.split())


def tokens(text: str) -> list[TermSpan]:
    """The index terms of `text` with the offsets of the words they came from."""
    found: list[TermSpan] = []
    for word, start, end in _folded_words(text):
        term = _term(word)
        if term is not None:
            found.append(TermSpan(term, start, end))
    return found


def term_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """`tokens(text)` as three lists (the terms, where each word starts and ends), made
    without an object a word: a build asks it of every passage."""
    # Split on the words kept as parts: what lies between words and the words alternate, so
    # word k is part 2k + 1 and runs from the end of part 2k to the end of part 2k + 1. The
    # split scans as finditer does, one match after another from where the last one ended.
    folded = fold_marks(text)
    parts = (_ASCII_WORD_PART if folded.isascii() else _WORD_PART).split(folded)
    bounds = list(itertools.accumulate(map(len, parts)))
    found = list(map(_term, parts[1::2]))
    kept = list(map(operator.is_not, found, itertools.repeat(None)))
    return (
        list(itertools.compress(found, kept)),  # type: ignore[arg-type]
        list(itertools.compress(bounds[0::2], kept)),
        list(itertools.compress(bounds[1::2], kept)),
    )


def term_of(word: str) -> str | None:
    """The index term of one lower-case word of letters (None: a stop word), without the
    folding and splitting of `terms`: for the spelling corrector's many candidates."""
    return _term(word)


def terms(text: str) -> list[str]:
    """The index terms of `text`, in order, repeats kept (BM25 counts them)."""
    return list(_remembered_terms(text))


@lru_cache(maxsize=4096)
def _remembered_terms(text: str) -> tuple[str, ...]:
    # Remembered: a question's steps ask the terms of the question, its words and its names
    # again and again (~3 calls a question of one text already read, ~15 µs each).
    # The terms of tokens(text), without a TermSpan for each word.
    found = map(_term, _word_strings(fold_marks(text)))  # no match object a word
    return tuple(term for term in found if term is not None)


def has_terms(text: str) -> bool:
    """Whether `text` has an index term (`bool(terms(text))`, read only up to its first)."""
    return any(_term(match.group()) is not None for match in _word_matches(fold_marks(text)))


@lru_cache(maxsize=8192)
def word_terms(word: str) -> tuple[str, ...]:
    """`terms(word)` of one word of a question, remembered by the word: questions repeat
    their words, and each is read again for the embedding (`reading.meant_words`)."""
    return tuple(terms(word))


@lru_cache(maxsize=200_000)
def _term(word: str) -> str | None:
    if "." in word and not word[0].isdigit():  # a dotted acronym: keep it, whatever it spells
        return word.replace(".", "").lower()
    if word[0].isdigit():
        return word.replace(",", "")
    shouted = len(word) > 1 and word.isupper()
    lower = _POSSESSIVE.sub("", word.lower()).replace("'", "")
    if not lower:
        return None
    if not shouted and (word.lower() in STOP_WORDS or lower in STOP_WORDS):
        return None
    return stem(lower)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of a lower-case word, through its lemma when the form is irregular."""
    return str(_stemmer.stemWord(unambiguous_lemma(word)))


def unambiguous_lemma(word: str) -> str:
    """The dictionary form of an irregular verb or noun (met -> meet); other words unchanged.

    Only a word that is a form of one part of speech is mapped, so "left" and "lives" keep
    their ambiguity for the stemmer instead of being forced to "leave" or "life". Unlike
    `bot.engine.lexicon.lemma_of` (a word's first lemma, as a verb first: "left" -> "leave"),
    which reads a word for WordNet; this one makes index terms, which must not change.
    """
    lemmas = all_lemmas(word)
    if not lemmas or any(word in forms for forms in lemmas.values()):
        return word
    groups = {"VERB" if pos == "AUX" else pos for pos in lemmas}
    if len(groups) != 1:
        return word
    return str(next(iter(lemmas.values()))[0])


def iter_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of `text` as written, with its offsets (for highlighting and name matching)."""
    yield from _words(text)


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    # remembered: three steps read a question's words (its spelling, its phrasal verbs and its
    # prepositions)
    folded = _folded_words(text)
    if text.isascii():  # `fold_marks` changed nothing: the words as written
        return folded
    return tuple((text[start:end], start, end) for _, start, end in folded)


@lru_cache(maxsize=64)
def _folded_words(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each word of `fold_marks(text)` (as `_term` reads it) and its offsets. Remembered: a
    question's words are read as written (`iter_words`) and as terms (`tokens`), one split."""
    return tuple(
        (match.group(), match.start(), match.end()) for match in _word_matches(fold_marks(text))
    )
