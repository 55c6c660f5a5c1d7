"""What the confidence model (confidence.py) reads of a question and its best passage: how
much of the topic the passage holds, how much the corpus knows, the answer type, the speaker,
BM25's margin, and whether the passage is also the closest in meaning."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from bot.engine.confidence import Signals
from bot.engine.models import Person
from bot.engine.nearest import Closeness
from bot.engine.search.base import Candidate, ExpectedAnswer
from bot.engine.search.candidates import CandidateRanking

# The coverage of a question with no telling topic words ("did Trump and Bukele hype each
# other up": both names are in most passages): it says nothing either way.
_NOTHING_TO_COVER = 0.5


class ConfidenceSignals(CandidateRanking):
    """The signals of one question and its candidates."""

    def _signals(
        self,
        topic: Sequence[str],
        candidates: Sequence[Candidate],
        *,
        expected: ExpectedAnswer,
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]] | None = None,
        closeness: Closeness | None = None,
    ) -> Signals:
        """What the confidence model reads of the question and its best passage."""
        best = candidates[0]
        # BM25's own margin: how far the passage stands ahead of the best other by the words
        # (below 0 when closeness in meaning put it first)
        second = max((c.bm25 for c in candidates[1:]), default=0.0)
        answer_type = 0.0
        if expected.kind is not None:
            answer_type = 1.0 if self._holds(expected, best.passage) else -1.0
            index = self.snapshot.index
            if expected.counted and not index.contains(best.passage, expected.counted):
                answer_type = -1.0  # "how many guards": a number of something else
        coverage = self._coverage(topic, best.passage, bridges or {})
        signals = Signals(
            coverage=coverage,
            known=self._known_share(topic, bridges or {}),
            answer_type=answer_type,
            speaker=1.0 if speakers and best.speaker_quotes else 0.0,
            speaker_pick=self._speaker_pick(topic, best.passage, speakers, bridges or {})
            if speakers and best.speaker_quotes
            else 0.0,
            # a lone candidate stands ahead of nothing: few passages share the words at all
            margin=(best.bm25 - second) / best.bm25 if best.bm25 > 0 and second > 0 else 0.0,
            meaning_agrees=0.0,
        )
        return (
            signals if closeness is None else self._with_agreement(signals, best.passage, closeness)
        )

    def _with_agreement(self, signals: Signals, best: int, closeness: Closeness) -> Signals:
        """`signals` with `meaning_agrees`: the passage the meaning alone would put first, of
        all, is the `best` one (a second reading agrees). Only as far as the passage holds the
        topic: a near miss ("the weather in San Salvador") is closest in meaning to the passage
        on its subject too. No dense model (no `closeness`): no agreement."""
        agrees = closeness.best() == best
        return replace(signals, meaning_agrees=signals.coverage if agrees else 0.0)

    def _speaker_pick(
        self,
        topic: Sequence[str],
        best: int,
        speakers: Sequence[Person],
        bridges: dict[str, tuple[str, ...]],
    ) -> float:
        """1 / the number of the asked speakers' passages holding as much of the topic as the
        `best` one (of those holding a telling topic term or a word a bridge reaches): the
        chance that it is the one meant. "What did Trump say in return" shares few words with
        the passage, but no other passage of Trump's shares any; of two passages of theirs
        on the topic, the one holding all of it is more likely meant than one holding a word
        of it, as likely as the other. With no topic at all any quote of theirs answers (1);
        with topic words too common to tell passages apart, every passage of theirs is as
        likely."""
        if not topic:
            return 1.0
        theirs = self._quoting_passages(speakers).passages
        telling = self._telling_terms(topic)
        if not telling:
            return 1.0 / max(len(theirs), 1)
        reached = [t for term in telling for t in (term, *bridges.get(term, ()))]
        numbered = self._quoting_passages(speakers).numbered
        holding = numbered[self.snapshot.index.holding_any(numbered, reached)]
        if not len(holding):
            return 0.0
        covered = self._coverage(topic, best, bridges)
        # in arrays: a surname names speakers with thousands of passages at 300,000 passages
        rivals = (holding == best) | (self._coverages(topic, holding, bridges) >= covered)
        return 1.0 / int(np.count_nonzero(rivals))

    def _coverage(
        self, topic: Sequence[str], passage: int, bridges: dict[str, tuple[str, ...]]
    ) -> float:
        """The idf-weighted share of the telling topic terms in a passage (0.5: none); a
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
        return found / total if total else _NOTHING_TO_COVER

    def _coverages(
        self,
        topic: Sequence[str],
        passages: npt.NDArray[np.int64],
        bridges: dict[str, tuple[str, ...]],
    ) -> npt.NDArray[np.float64]:
        """`_coverage` of each of `passages` (the same additions, term by term: adding 0.0
        where a term is not found leaves a sum as it was)."""
        index = self.snapshot.index
        total = 0.0
        found = np.zeros(len(passages), dtype=np.float64)
        for term in self._telling_terms(topic):
            weight = self._weight(term)
            total += weight
            held = index.holding_any(passages, [term])
            bridged = index.holding_any(passages, bridges.get(term, ()))
            via_bridge = weight * self.settings.bridge_weight
            found += np.where(held, weight, np.where(bridged, via_bridge, 0.0))
        return found / total if total else np.full(len(passages), _NOTHING_TO_COVER)

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
