"""Dense sentence vectors from WordLlama's static token embeddings, read from its package files.

WordLlama (MIT; the `wordllama` package, 0.4.x) ships its default model inside the wheel: a
token embedding matrix (`weights/l2_supercat_256.safetensors`, 32,000 tokens x 256 dimensions,
distilled from Llama 2 70B's) and the Llama 2 tokenizer (`tokenizers/l2_supercat_tokenizer_
config.json`). A text's vector is the mean of its tokens' rows, scaled to unit length: the same
numbers as `WordLlamaInference.embed(text, norm=True)` (a test holds them equal).

The files are read in place, found without importing the package: importing `wordllama` sets
up the root logger (`logging.basicConfig(level=INFO)`), which would override the bot's own
logging, and its `WordLlama.load()` looks for the tokenizer in a folder the wheel does not have
and then downloads it from Hugging Face. Nothing here touches the network.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from safetensors import safe_open
from tokenizers import Tokenizer

Vectors = npt.NDArray[np.float32]

_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
_TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
_TENSOR = "embedding.weight"


@dataclass(frozen=True)
class ModelFiles:
    weights: Path
    tokenizer: Path


def wordllama_files() -> ModelFiles | None:
    """Where the `wordllama` package keeps its default model, or None when it is not
    installed. Found without importing the package."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        files = ModelFiles(Path(location) / _WEIGHTS, Path(location) / _TOKENIZER)
        if files.weights.is_file() and files.tokenizer.is_file():
            return files
    return None


@lru_cache(maxsize=1)
def shared_embedder(files: ModelFiles) -> Embedder:
    """The process's one embedder of `files`: every searcher shares it. Loading one holds the
    interpreter some 0.1-0.2 s (reading the tokenizer), and each new searcher of a reindex did
    so on its first question while the event loop waited."""
    return Embedder(files)


class Embedder:
    """Texts -> unit vectors (mean of the token embeddings). Loading reads 16 MB and parses
    the tokenizer (about 0.2 s); embedding a question takes a few tens of microseconds.

    `for_build`: for a build's worker process, which embeds every passage of its stories and
    nothing else: the matrix is widened to 32-bit floats once (32 MB, not 16; widening each
    text's rows was over a quarter of its embedding) and a story's passages are tokenised in
    one call without offsets, which needs the tokenizers library's threads off in that process
    (TOKENIZERS_PARALLELISM=false: the worker's caller sets it). The vectors are the same
    to the last bit (widening is exact, and the rows are added in the same order)."""

    def __init__(self, files: ModelFiles, *, for_build: bool = False) -> None:
        with safe_open(str(files.weights), "np") as weights:
            # kept as stored (16-bit floats: 16 MB, not 32), a question's few rows widened
            # when used: widening is exact, so the vectors are the same to the last bit
            self._matrix: npt.NDArray[np.floating[Any]] = np.ascontiguousarray(
                weights.get_tensor(_TENSOR), dtype=np.float32 if for_build else None
            )
        self._tokenizer = Tokenizer.from_file(str(files.tokenizer))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._for_build = for_build

    @property
    def dimensions(self) -> int:
        return int(self._matrix.shape[1])

    def token_ids(self, text: str) -> frozenset[int]:
        """The ids of the sub-word tokens `text` is made of."""
        return frozenset(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One unit vector per text (zeros for a text with no tokens)."""
        if len(texts) == 1 and not self._for_build:
            return self._embed_one(texts[0])
        if self._for_build:
            found = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
            ids = [encoding.ids for encoding in found]
        else:
            # One at a time: encode_batch starts the tokenizers library's thread pool, after
            # which a fork of the process (a subprocess) warns and disables it; about as fast.
            ids = [self._tokenizer.encode(text, add_special_tokens=False).ids for text in texts]
        counts = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        every = np.fromiter(itertools.chain.from_iterable(ids), np.intp, int(counts.sum()))
        rows = self._matrix[np.clip(every, 0, len(self._matrix) - 1, out=every)]
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        at = 0
        for row, count in enumerate(counts.tolist()):
            if count:  # each text's rows added in order, as `rows.mean(axis=0)` adds them
                np.add.reduce(rows[at : at + count], axis=0, dtype=np.float32, out=vectors[row])
                at += count
        vectors /= np.maximum(counts, 1).astype(np.float32)[:, None]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.where(norms > 0, norms, np.float32(1.0))
        return vectors

    def _embed_one(self, text: str) -> Vectors:
        """`embed([text])`, the same operations on one row without the batch's bookkeeping (a
        question's vector: the batch path's dozen small array calls were most of it)."""
        ids = np.asarray(self._tokenizer.encode(text, add_special_tokens=False).ids, np.intp)
        vectors = np.zeros((1, self.dimensions), dtype=np.float32)
        if len(ids):
            # np.clip's own bounds, as two ufuncs: np.clip's Python dispatch cost more
            np.minimum(ids, len(self._matrix) - 1, out=ids)
            np.maximum(ids, 0, out=ids)
            rows = self._matrix[ids]
            np.add.reduce(rows, axis=0, dtype=np.float32, out=vectors[0])
            vectors /= np.float32(len(ids))
            # np.linalg.norm(axis=1)'s own operations: the squares summed along the row
            norm = np.sqrt(np.add.reduce(vectors * vectors, axis=1))
            if norm[0] > 0:
                vectors /= norm[:, None]
        return vectors
