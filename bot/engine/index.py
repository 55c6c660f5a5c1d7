"""BM25 index over passages (rank-bm25's Okapi scoring).

PROVISIONAL: a thin wrapper so other modules can be written against the API; to be replaced by
the postings-based implementation with the same public methods.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence

import numpy as np
from rank_bm25 import BM25Okapi


class BM25Index:
    def __init__(self, model: BM25Okapi) -> None:
        self._model = model

    @classmethod
    def build(
        cls,
        documents: Sequence[Sequence[str]],
        *,
        k1: float = 1.5,
        b: float = 0.75,
        epsilon: float = 0.25,
        progress: Callable[[int, int], None] | None = None,
    ) -> BM25Index:
        return cls(BM25Okapi([list(d) for d in documents], k1=k1, b=b, epsilon=epsilon))

    def __len__(self) -> int:
        return int(self._model.corpus_size)

    def scores(self, query: Sequence[str]) -> np.ndarray:
        return np.asarray(self._model.get_scores(list(query)), dtype=np.float64)

    def top_k(self, query: Sequence[str], k: int) -> list[tuple[int, float]]:
        s = self.scores(query)
        order = np.argsort(-s, kind="stable")[:k]
        return [(int(i), float(s[i])) for i in order]

    def idf(self, term: str) -> float | None:
        value = self._model.idf.get(term)
        return None if value is None else float(value)

    def document_frequency(self, term: str) -> int:
        return sum(1 for d in self._model.doc_freqs if term in d)

    def contains(self, doc_id: int, term: str) -> bool:
        return term in self._model.doc_freqs[doc_id]

    def to_bytes(self) -> bytes:
        return pickle.dumps(self._model)

    @classmethod
    def from_bytes(cls, data: bytes) -> BM25Index:
        return cls(pickle.loads(data))
