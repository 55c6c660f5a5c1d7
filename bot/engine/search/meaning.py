"""Closeness in meaning: each passage's cosine similarity to the question in WordLlama's
embedding space (semantic.py), the passages it adds to BM25's, and the two scores fused."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bot.engine.search.base import SearcherBase
from bot.engine.semantic import Embedder, Vectors, wordllama_files


class MeaningCloseness(SearcherBase):
    """Dense retrieval, loaded on the first question that needs it."""

    def _closeness(self, text: str) -> Vectors | None:
        """Each passage's cosine similarity to `text` in the embedding space (None when dense
        retrieval is off or the model is not installed)."""
        if not self.settings.semantic_weight:
            return None
        with self._embedding_lock:  # questions are asked from several threads at once
            if self._embedder is None:
                files = wordllama_files()
                if files is None:
                    return None
                embedder = Embedder(files)
                stored = self.snapshot.passage_vectors  # worked out at index time
                self._passage_vectors = (
                    stored
                    if stored is not None
                    else embedder.embed([p.text for p in self.snapshot.passages])
                )
                self._embedder = embedder
        assert self._passage_vectors is not None
        question = self._embedder.embed([text])[0]
        if not question.any():
            return None  # no words to compare: "what else did he say?"
        closeness: Vectors = self._passage_vectors @ question
        return closeness

    def _with_closest(
        self, pool: list[tuple[int, float, int]], closeness: Vectors, seen: set[int]
    ) -> list[tuple[int, float, int]]:
        """`pool` and the passages closest to the question in meaning that it lacks."""
        have = {passage for passage, _, _ in pool} | seen
        depth = min(self.settings.semantic_depth, len(closeness))
        if depth == 0:
            return pool
        closest = np.argpartition(-closeness, depth - 1)[:depth]
        return pool + [(int(passage), 0.0, 0) for passage in closest if int(passage) not in have]

    def _fused(
        self, pool: Sequence[tuple[int, float, int]], closeness: Vectors
    ) -> dict[int, float]:
        """Each passage of `pool`'s ranking score: a weighted sum of its BM25 score (scaled by
        the best) and its closeness to the question (min-max scaled over the pool)."""
        if not pool:
            return {}
        weight = self.settings.semantic_weight
        top = max(score for _, score, _ in pool) or 1.0
        near = [float(closeness[passage]) for passage, _, _ in pool]
        low, high = min(near), max(near)
        spread = (high - low) or 1.0
        return {
            passage: (1 - weight) * score / top + weight * (c - low) / spread
            for (passage, score, _), c in zip(pool, near, strict=True)
        }
