"""What moves a passage up among BM25's best: the question's word pairs side by side in it
("human rights"), and the kind of answer the question expects (a number, a person)."""

from __future__ import annotations

from bot.engine.answer_types import Expected
from bot.engine.caches import remember
from bot.engine.search.base import PASSAGE_CACHE_SIZE
from bot.engine.search.reading import QuestionReading


class Reranking(QuestionReading):
    """The phrase bonus and the answer-type test, per passage."""

    def _phrase_bonus(self, passage: int, pairs: set[tuple[str, str]]) -> float:
        """For each word pair of the question found side by side in the passage, the smaller
        of the two words' idf: rare phrases count, pairs of common words barely."""
        index = self.snapshot.index
        found = pairs & self._passage_words(passage).pairs
        # In a fixed order: a set's order changes with each process's string hashing, and so
        # would the last digit of the sum, and with it the order of passages that tie.
        return sum(min(index.idf(a) or 0.0, index.idf(b) or 0.0) for a, b in sorted(found))

    def _holds(self, expected: tuple[Expected | None, frozenset[str]], passage: int) -> bool:
        """Whether a passage holds the kind of answer expected: a number, or a person
        other than those the question names."""
        kind, named = expected
        if kind is Expected.NUMBER:
            return self._passage_words(passage).holds_number
        if kind is Expected.PERSON:
            return bool(self._people_in(passage) - named)
        return False

    def _people_in(self, passage: int) -> frozenset[str]:
        """Ids of the people a passage names or quotes: what "who" asks for. Found on first
        need only (most questions never ask), through the people the question reader knows."""
        cached = self._people_cache.get(passage)
        if cached is None:
            stored = self.snapshot.passages[passage]
            quoted = {
                q.speaker_id for q in self._quotes_by_passage.get(stored.key, ()) if q.speaker_id
            }
            named = {p.id for p, _, _ in self._mentions.find(stored.text)}
            cached = remember(
                self._people_cache, passage, frozenset(named | quoted), PASSAGE_CACHE_SIZE
            )
        return cached
