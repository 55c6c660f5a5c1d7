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

import hashlib
import importlib.util
import itertools
import json
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
# the words' token ids kept (`Embedder._ids_by_word`): a build worker's, or a bot's questions'
_WORDS_KEPT = 200_000
# The sha256 of the tokenizer file (wordllama 0.4.0.post1's) that `words_tokenise_alone` holds
# for: a build's workers tokenise its texts a word at a time only with that file.
_WORDWISE_TOKENIZER = "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68"


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


def words_tokenise_alone(config: bytes) -> bool:
    """Whether a tokenizer (its JSON) makes of a text of words parted by single spaces the
    tokens of each word alone, one after the other: its normalizer only puts "▁" first and
    for each space, it has no pre-tokenizer, and no byte-pair merge joins a token to one that
    starts with "▁" (but runs of "▁" to each other). Byte-pair merging within one word then
    never looks past it, whatever else the text holds."""
    model = json.loads(config)
    normalizer = {
        "type": "Sequence",
        "normalizers": [
            {"type": "Prepend", "prepend": "\u2581"},
            {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"},
        ],
    }
    if model["normalizer"] != normalizer or model["pre_tokenizer"] is not None:
        return False
    if model["model"]["type"] != "BPE" or any(
        not token["content"].startswith("<") for token in model["added_tokens"]
    ):
        return False
    for merge in model["model"]["merges"]:
        left, right = merge.split(" ") if isinstance(merge, str) else merge
        if "\u2581" in right and (left.strip("\u2581") or right.strip("\u2581")):
            return False
    return True


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
    text's rows was over a quarter of its embedding). Its texts, as a searcher's (a question,
    a passage's sentences), are tokenised a word at a time from the words it has seen
    (`_ids_by_word`), or, with a tokenizer other than the one that was checked for that, a
    story's passages in one call without offsets, which needs the
    tokenizers library's threads off in that process (TOKENIZERS_PARALLELISM=false: the
    worker's caller sets it). The vectors are the same to the last bit (the same token ids,
    widening is exact, and the rows are added in the same order)."""

    def __init__(self, files: ModelFiles, *, for_build: bool = False) -> None:
        with safe_open(str(files.weights), "np") as weights:
            # kept as stored (16-bit floats: 16 MB, not 32), a question's few rows widened
            # when used: widening is exact, so the vectors are the same to the last bit
            self._matrix: npt.NDArray[np.floating[Any]] = np.ascontiguousarray(
                weights.get_tensor(_TENSOR), dtype=np.float32 if for_build else None
            )
        config = files.tokenizer.read_bytes()
        self._tokenizer = Tokenizer.from_buffer(config)
        # the file `_ids_by_word` was checked against (`words_tokenise_alone`)
        self._words_alone = hashlib.sha256(config).hexdigest() == _WORDWISE_TOKENIZER
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._for_build = for_build
        # Every id the tokenizer makes is a row of the matrix (the shipped model's: 32,000 of
        # each), so a question's ids need no bounding (`_embed_one`).
        self._ids_fit = self._tokenizer.get_vocab_size(with_added_tokens=True) <= len(self._matrix)
        self._word_ids: dict[str, list[int]] = {}  # the words seen (`_ids_by_word`)

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
        if self._words_alone:
            # a searcher's texts too (a passage's sentences, for `_closest_sentence_in`): the
            # byte-pair merges of a whole sentence, which the library's word cache never
            # spares, were ~0.1 ms a sentence; its words are mostly seen before
            ids = self._ids_by_word(texts)
        elif self._for_build:
            found = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
            ids = [encoding.ids for encoding in found]
        else:
            # One at a time: encode_batch starts the tokenizers library's thread pool, after
            # which a fork of the process (a subprocess) warns and disables it; about as fast.
            ids = [self._tokenizer.encode(text, add_special_tokens=False).ids for text in texts]
        counts = np.fromiter(map(len, ids), dtype=np.intp, count=len(ids))
        every = np.fromiter(itertools.chain.from_iterable(ids), np.intp, int(counts.sum()))
        # bounded as `_bounded` bounds them (np.clip's Python dispatch was ~5 µs a call)
        if not self._ids_fit:
            np.minimum(every, len(self._matrix) - 1, out=every)
            np.maximum(every, 0, out=every)
        rows = self._matrix[every]
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        at = 0
        for row, count in enumerate(counts.tolist()):
            if count:  # each text's rows added in order, as `rows.mean(axis=0)` adds them
                np.add.reduce(rows[at : at + count], axis=0, dtype=np.float32, out=vectors[row])
                at += count
        vectors /= np.maximum(counts, 1).astype(np.float32)[:, None]
        # np.linalg.norm(axis=1, keepdims=True)'s own operations, without its dispatch
        norms = np.sqrt(np.add.reduce(vectors * vectors, axis=1, keepdims=True))
        vectors /= np.where(norms > 0, norms, np.float32(1.0))
        return vectors

    def embed_weighted(self, words: Sequence[tuple[str, float]]) -> Vectors:
        """One unit vector (zeros when no word has tokens) for a text given as its words, each
        with a weight: the sum of each word's token rows times its weight. `embed` weighs
        every token alike, so a question's vector leans on the words most passages share
        (the story's main names) as much as on the one that tells its passage apart."""
        vector = np.zeros(self.dimensions, dtype=np.float32)
        for word, weight in words:
            ids = self._question_ids(word)
            if ids and weight:
                rows = np.add.reduce(self._matrix[self._bounded(ids)], axis=0, dtype=np.float32)
                vector += np.float32(weight) * rows
        norm = np.sqrt(vector.dot(vector))  # np.linalg.norm's own operations on a row
        return vector / norm if norm > 0 else vector

    def word_sums(self, words: Sequence[str]) -> Vectors:
        """Each word's token rows summed (one row a word): a question given as its words,
        whose vector (`embed` of the words joined by spaces) is the rows' sum made a unit
        vector."""
        sums = np.zeros((len(words), self.dimensions), dtype=np.float32)
        for at, word in enumerate(words):
            ids = self._question_ids(word)
            if ids:
                np.add.reduce(
                    self._matrix[self._bounded(ids)], axis=0, dtype=np.float32, out=sums[at]
                )
        return sums

    def _bounded(self, ids: Sequence[int]) -> npt.NDArray[np.intp]:
        """`ids` as rows of the matrix: a tokenizer's id past its end (one whose vocabulary
        has more tokens than the matrix rows) is read as the last row, as `embed` reads it."""
        at = np.asarray(ids, np.intp)
        if not self._ids_fit:  # np.clip's own bounds, as two ufuncs: np.clip's dispatch cost more
            np.minimum(at, len(self._matrix) - 1, out=at)
            np.maximum(at, 0, out=at)
        return at

    def _ids_by_word(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's token ids as the tokenizer makes them, a word at a time from the
        words already seen (a build's worker: its stories share most of their words; a
        searcher's questions and the sentences of the passages it ranks: members use the
        same words again, and a story's sentences the story's).

        The model has no pre-tokenizer: a paragraph is one sequence to its byte-pair merges,
        so the library's own word cache never hits and a story's 50 paragraphs took ~2.7 ms.
        Its normalizer turns each space into "▁" and puts one before the text, and no merge
        joins a token to a "▁" after it (`words_tokenise_alone`), so a text of words
        parted by single spaces is the concatenation of each "▁word"'s tokens, and the
        tokenizer makes those of "word" alone. Anything else (several spaces, a space at
        either end, "▁" itself, or "<" that may start a special token such as "<s>") goes to
        the tokenizer whole."""
        cache = self._word_ids
        if len(cache) > _WORDS_KEPT:
            cache.clear()
        tokenizer = self._tokenizer
        # A word's tokens are its byte-pair model's of "▁" and the word (what the normalizer
        # makes of it: no space to replace, and no added token, each of which opens with
        # "<"), read from the model itself: the whole pipeline of `encode` (added tokens,
        # normalizing with offsets, the encoding's other fields) cost ~10 µs a word, the
        # model's merges ~0.5-3
        model = tokenizer.model
        whole: list[int] = []
        found: list[list[int]] = []
        for at, text in enumerate(texts):
            words = text.split(" ")
            if "" in words or "\u2581" in text or "<" in text:
                whole.append(at)
                found.append([])
                continue
            ids: list[int] = []
            for word in words:
                known = cache.get(word)
                if known is None:
                    known = cache[word] = [token.id for token in model.tokenize("\u2581" + word)]
                ids += known
            found.append(ids)
        if whole and self._for_build:
            encoded = tokenizer.encode_batch_fast(
                [texts[at] for at in whole], add_special_tokens=False
            )
            for at, encoding in zip(whole, encoded, strict=True):
                found[at] = encoding.ids
        else:
            # one at a time in a searcher: encode_batch starts the library's thread pool,
            # after which a fork of the process (a subprocess) warns and disables it
            for at in whole:
                found[at] = tokenizer.encode(texts[at], add_special_tokens=False).ids
        return found

    def _question_ids(self, text: str) -> list[int]:
        """A question's token ids, the tokenizer's own: a word at a time from the words seen
        where the tokenizer allows it (`_ids_by_word`: ~3 µs a question against ~28 µs for
        the whole text, whose byte-pair merges the library's word cache never spares)."""
        if self._words_alone:
            return self._ids_by_word([text])[0]
        return self._tokenizer.encode(text, add_special_tokens=False).ids

    def _embed_one(self, text: str) -> Vectors:
        """`embed([text])`, the same operations on one row without the batch's bookkeeping (a
        question's vector: the batch path's dozen small array calls were most of it, and each
        costs more in a busy engine, its caches cold, than timed alone)."""
        ids = self._question_ids(text)
        if not ids:
            return np.zeros((1, self.dimensions), dtype=np.float32)
        # the rows added in order, as the batch path adds them into its row of the result
        vector = np.add.reduce(
            self._matrix[self._bounded(ids)], axis=0, dtype=np.float32, keepdims=True
        )
        vector /= np.float32(len(ids))
        # np.linalg.norm(axis=1)'s own operations: the squares summed along the row
        norm = np.sqrt(np.add.reduce(vector * vector, axis=1))[0]
        if norm > 0:
            vector /= norm
        return vector
