"""Whose a thing is, read from the possessive a name takes: "Trump's first term" is Trump's,
and a passage holding "term" only there tells nothing of Bukele's term."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.engine.text import term_spans
from bot.engine.words import STOP_WORDS

# A name's possessive ("Trump's", "Trump‘s" as the story types it)
_POSSESSIVE = re.compile(r"[’‘']s\b")
# the words after it, each with what follows up to the next word
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
# The thing owned ends at punctuation or a word of a closed class ("Trump's first term, when",
# "Bukele's term is up"), at most three words on: "Bukele's current term" and "Trump's former
# attorney general" whole, not far into what the sentence says next.
_MOST_OWNED_WORDS = 3
# A question asking for one thing someone or something owns, and nothing more: "what is
# Bondi's salary", "what's the president's nationality?" (its last word, the thing's head)
_ASKS_FOR_OWNED = re.compile(
    r"^\W*(?:what|whats|what[’']s)(?:\s+(?:is|was|are|were))?\s+[^?]*?\w[’‘']s\s+"
    r"(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\W*$",
    re.IGNORECASE,
)


def owned_spans(text: str, mentions: Iterable[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Each owner's id with where the words it owns stand in `text`, for every mention
    (`mentions`: an owner's id and where its name stands) followed by a possessive."""
    found = []
    for owner, _, end in mentions:
        possessive = _POSSESSIVE.match(text, end)
        if possessive is None:
            continue
        start = last = possessive.end()
        for _ in range(_MOST_OWNED_WORDS):
            word = _NEXT_WORD.match(text, last)
            if word is None or word.group(1).lower() in STOP_WORDS:
                break
            last = word.end()
        if last > start:
            found.append((owner, start, last))
    return found


def owned_terms(text: str, spans: Iterable[tuple[str, int, int]]) -> dict[str, set[str]]:
    """The terms of the words each owner owns (`spans`, as `owned_spans` gives them)."""
    words, starts, _ = term_spans(text)
    owned: dict[str, set[str]] = {}
    for owner, start, end in spans:
        held = owned.setdefault(owner, set())
        held.update(w for w, at in zip(words, starts, strict=True) if start <= at < end)
    return owned


def held_only_as_others(
    text: str, term: str, owner: str, spans: Iterable[tuple[str, int, int]]
) -> bool:
    """Whether every word of `text` whose term is `term` stands among the words someone
    other than `owner` owns (and one does): "term" in "during Trump's first term" is no
    word of Bukele's term."""
    others = [(start, end) for who, start, end in spans if who != owner]
    words, starts, _ = term_spans(text)
    places = [at for word, at in zip(words, starts, strict=True) if word == term]
    return bool(places) and all(any(start <= at < end for start, end in others) for at in places)


def asked_owned_thing(question: str) -> tuple[int, int] | None:
    """Where the word for the thing a question asks of its owner stands, when that is all it
    asks ("what is Bondi's salary": "salary"; not "what did Bondi's office say")."""
    found = _ASKS_FOR_OWNED.match(question)
    return found.span(1) if found else None
