"""Misspelt names in a question, corrected to the names the corpus uses.

Names are what people misspell most ("Bukle", "Flores Macais", "Leavit") and a misspelt name
makes the question look like one about someone the story never mentions. Only words the corpus
does not know are corrected, only to a word of a known person's name, and only by one edit (two
for long words), so a real word of the question is never replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.engine.index import BM25Index
from bot.engine.models import Person
from bot.engine.text import iter_words, terms

_MIN_LENGTH = 4  # shorter words have too many neighbours to guess from
_LONG_WORD = 8  # from this length on, two edits are allowed


class NameSpeller:
    """Corrects a question's unknown words that are one or two edits from a known name."""

    def __init__(self, people: Sequence[Person], index: BM25Index) -> None:
        names: dict[str, str] = {}
        for person in people:
            for label in (person.name, *person.aliases):
                for word in re.findall(r"[^\W\d_]+", label):
                    if len(word) >= _MIN_LENGTH:
                        names.setdefault(word.lower(), word)
        self._names = names
        self._choices = list(names)
        # "Bukel" shares its stem with "Bukele": the index knows it, the list of names does not
        self._by_term = {term: name for lower, name in names.items() for term in terms(lower)}
        self._index = index

    def correct(self, question: str) -> str:
        """`question` with misspelt names replaced; unchanged when nothing needs correcting."""
        pieces: list[str] = []
        cursor = 0
        for word, start, end in iter_words(question):
            replacement = self._correction(word)
            if replacement is not None:
                pieces += [question[cursor:start], replacement]
                cursor = end
        return "".join(pieces) + question[cursor:] if pieces else question

    def _correction(self, word: str) -> str | None:
        lower = word.lower()
        if len(lower) < _MIN_LENGTH or not lower.isalpha() or lower in self._names:
            return None
        known = terms(word)
        if not known:
            return None  # a stop word
        if known[0] in self._by_term:
            return self._cased(self._by_term[known[0]], word)
        if self._index.document_frequency(known[0]) > 0:
            return None  # a word the corpus uses: not a misspelling
        limit = 2 if len(lower) >= _LONG_WORD else 1
        match = process.extractOne(
            lower, self._choices, scorer=Levenshtein.distance, score_cutoff=limit
        )
        if match is None:
            return None
        return self._cased(self._names[match[0]], word)

    @staticmethod
    def _cased(name: str, word: str) -> str:
        return name.lower() if word.islower() else name
