"""What the confidence model (confidence.py) reads of a question and its best passage: how
much of the topic the passage holds, how much the corpus knows, the answer type, the speaker,
and BM25's margin."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot.engine.answer_types import Expected
from bot.engine.confidence import Signals
from bot.engine.models import Person
from bot.engine.search.base import Candidate
from bot.engine.search.candidates import CandidateRanking


class ConfidenceSignals(CandidateRanking):
    """The signals of one question and its candidates."""

    def _signals(
        self,
        topic: Sequence[str],
        candidates: Sequence[Candidate],
        *,
        expected: tuple[Expected | None, frozenset[str]],
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]] | None = None,
    ) -> Signals:
        """What the confidence model reads of the question and its best passage."""
        best = candidates[0]
        # BM25's own margin: how far the passage stands ahead of the best other by the words
        # (below 0 when closeness in meaning put it first)
        second = max((c.bm25 for c in candidates[1:]), default=0.0)
        answer_type = 0.0
        if expected[0] is not None:
            answer_type = 1.0 if self._holds(expected, best.passage) else -1.0
        return Signals(
            coverage=self._coverage(topic, best.passage, bridges or {}),
            known=self._known_share(topic, bridges or {}),
            answer_type=answer_type,
            speaker=1.0 if speakers and best.speaker_quotes else 0.0,
            # a lone candidate stands ahead of nothing: few passages share the words at all
            margin=(best.bm25 - second) / best.bm25 if best.bm25 > 0 and second > 0 else 0.0,
        )

    def _coverage(
        self, topic: Sequence[str], passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> float:
        """The idf-weighted share of the telling topic terms in a passage (1.0: none); a
        term found only through a bridge counts for the bridge's weight."""
        index = self.snapshot.index
        total = found = 0.0
        for term in self._telling_terms(topic):
            weight = self._weight(term)
            total += weight
            if index.contains(passage, term):
                found += weight
            elif any(index.contains(passage, t) for t in bridges.get(term, ())):
                found += weight * self.settings.bridge_weight
        return found / total if total else 1.0

    def _weight(self, term: str) -> float:
        """A topic term's weight: its idf. A word the corpus never uses weighs as much as its
        rarest word: no more, since in a small corpus most such words are paraphrases."""
        n = len(self.snapshot.index)
        seen = max(self.snapshot.index.passage_frequency(term), 1)
        return math.log(1 + (n - seen + 0.5) / (seen + 0.5))

    def _known_share(self, topic: Sequence[str], bridges: dict[str, tuple[str, ...]]) -> float:
        """The idf-weighted share of the telling topic terms the corpus uses at all (1.0: none
        to tell): a question about things the story never names is less likely answered."""
        index = self.snapshot.index
        total = known = 0.0
        for term in self._telling_terms(topic):
            weight = self._weight(term)
            total += weight
            if index.passage_frequency(term):
                known += weight
            elif term in bridges:
                known += weight * self.settings.bridge_weight
        return known / total if total else 1.0
