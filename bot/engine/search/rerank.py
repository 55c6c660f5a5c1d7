"""What moves a passage up among BM25's best: the question's word pairs side by side in it
("human rights"), and the kind of answer the question expects (an amount, a count, a date, a
person)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer_types import AnswerKind, counted_word, holds_kind
from bot.engine.caches import remember
from bot.engine.search.base import PASSAGE_CACHE_SIZE, ExpectedAnswer
from bot.engine.search.reading import QuestionReading
from bot.engine.text import TermSpan


class Reranking(QuestionReading):
    """The phrase bonus and the answer-type test, per passage."""

    def _phrase_bonus(self, passage: int, pairs: set[tuple[str, str]]) -> float:
        """For each word pair of the question found side by side in the passage, the smaller
        of the two words' idf: rare phrases count, pairs of common words barely."""
        index = self.snapshot.index
        found = pairs & self._passage_pairs(passage)
        # In a fixed order: a set's order changes with each process's string hashing, and so
        # would the last digit of the sum, and with it the order of passages that tie.
        return sum(min(index.idf(a) or 0.0, index.idf(b) or 0.0) for a, b in sorted(found))

    def _holds(self, expected: ExpectedAnswer, passage: int) -> bool:
        """Whether a passage holds the kind of answer expected: an amount, a count, a date
        ..., or a person other than those the question names."""
        kind = expected.kind
        if kind is None:
            return False
        if kind is AnswerKind.PERSON:
            return bool(self._people_in(passage) - expected.named)
        held = self._kind_cache.get((passage, kind))
        if held is None:
            held = holds_kind(kind, self.snapshot.passages[passage].text)
            remember(self._kind_cache, (passage, kind), held, PASSAGE_CACHE_SIZE)
        return held

    @staticmethod
    def _counted(text: str, words: Sequence[TermSpan]) -> str | None:
        """The term of what "how many" counts ("how many guards": guard)."""
        at = counted_word(text)
        if at is None:
            return None
        return next((w.term for w in words if w.start == at), None)

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
