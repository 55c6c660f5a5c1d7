"""Closeness in meaning: each passage's cosine similarity to the question in WordLlama's
embedding space (semantic.py), the passages it adds to BM25's, the two scores fused, and the
corpus word closest in meaning to a question word the corpus never uses."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple, TypeGuard

import numpy as np

from bot.engine.caches import remember
from bot.engine.lexicon import lemma_of
from bot.engine.nearest import Closeness, NearestPassages
from bot.engine.passage_terms import opens_with_quotation
from bot.engine.search.base import PASSAGE_CACHE_SIZE, SearcherBase
from bot.engine.search.settings import SearchSettings
from bot.engine.semantic import Embedder, Vectors, shared_embedder, wordllama_files
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import term_of
from bot.engine.words import FUNCTION_WORDS, PREPOSITIONS, STOP_WORDS

# The words a meaning bridge may reach: as the story writes them in lower case (not names), of
# three letters or more.
_BRIDGE_CACHE_SIZE = 20_000
_CLOSED_CLASS = FUNCTION_WORDS | PREPOSITIONS | STOP_WORDS
_CORPUS_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


class QuestionWords(NamedTuple):
    """A question's words as closeness in meaning reads them, for `_in_context`: each word's
    index term, its tokens' rows summed (one row a word), the norm of their sum (a passage's
    cosine to the question is its dot products with the rows, added, over it), and the terms
    of the words naming a place (`Searcher._place_terms`)."""

    terms: tuple[str, ...]
    sums: Vectors
    norm: float
    places: frozenset[str]


class MeaningCloseness(SearcherBase):
    """Dense retrieval, loaded on the first question that needs it; on a large corpus its
    nearest-neighbour index is built with the searcher."""

    def __init__(self, snapshot: IndexSnapshot, settings: SearchSettings | None = None) -> None:
        super().__init__(snapshot, settings)
        # each sentence's vector, of the passages asked about (`_closest_sentence_in`)
        self._sentence_vectors: dict[int, Vectors] = {}
        stored = snapshot.passage_vectors
        if self._wants_index(stored):
            # Here, where the service makes a searcher for a snapshot off its event loop and
            # before it answers from it: the first question does not wait for it (~0.7 s at
            # 100,000 passages).
            self._nearest = NearestPassages(
                stored,
                probes=self.settings.semantic_probes,
                trained=snapshot.nearest_trained,
                filled=snapshot.nearest_filled,
                made=snapshot.nearest_made,
            )

    def _wants_index(self, vectors: Vectors | None) -> TypeGuard[Vectors]:
        return vectors is not None and self.settings.uses_nearest_index(len(vectors))

    def _loaded_embedder(self) -> Embedder | None:
        """The model, with the passages' vectors (and, on a large corpus, their index), loaded
        on first need; None when dense retrieval is off or the model is not installed."""
        if not self.settings.semantic_weight:
            return None
        with self._embedding_lock:  # questions are asked from several threads at once
            if self._embedder is None:
                files = wordllama_files()
                if files is None:
                    return None
                embedder = shared_embedder(files)
                stored = self.snapshot.passage_vectors  # worked out at index time
                self._passage_vectors = (
                    stored
                    if stored is not None
                    else embedder.embed([p.text for p in self.snapshot.passages])
                )
                if self._nearest is None and self._wants_index(self._passage_vectors):
                    self._nearest = NearestPassages(
                        self._passage_vectors,
                        probes=self.settings.semantic_probes,
                        trained=self.snapshot.nearest_trained if stored is not None else None,
                    )
                self._embedder = embedder
            return self._embedder

    def _closeness(self, text: str) -> Closeness | None:
        """Each passage's cosine similarity to `text` in the embedding space (None when dense
        retrieval is off or the model is not installed): exact below
        `semantic_exact_below` passages, from there on the nearest found by an approximate
        index (bot/engine/nearest.py)."""
        embedder = self._loaded_embedder()
        if embedder is None:
            return None
        return self._closeness_to(embedder.embed([text])[0])

    def _closeness_to(self, question: Vectors) -> Closeness | None:
        """Each passage's closeness to the question's vector (None for a vector of zeros)."""
        assert self._passage_vectors is not None
        if not question.any():
            return None  # no words to compare: "what else did he say?"
        return Closeness(question, self._passage_vectors, self._nearest)

    def _idf_closeness(self, words: Sequence[tuple[str, str]]) -> Closeness | None:
        """`_closeness` of a question given as its words (each as the embedding reads it,
        `reading.meant_words`, with its index term), each weighted by how few passages hold it
        (BM25's idf, Lucene's form, never below 0; a word the corpus lacks as one a single
        passage holds): a plain mean of the tokens leans on the names most passages share as
        much as on the word that tells its passage apart. Over every set in tests/data the
        passage closest in meaning holds the answer for 357 of 595 questions so, against 324
        with the plain mean (docs/quality-history.md, "Retrieval: the question's vector
        weighted by idf (eleventh session, 9r)")."""
        vector = self._idf_vector(words)
        return None if vector is None else self._closeness_to(vector)

    def _idf_vector(self, words: Sequence[tuple[str, str]]) -> Vectors | None:
        """The question's vector of `_idf_closeness` (None without the model)."""
        embedder = self._loaded_embedder()
        if embedder is None:
            return None
        index = self.snapshot.index
        passages = len(self.snapshot.passages)
        weighted = []
        for written, term in words:
            held = max(index.passage_frequency(term), 1)
            weighted.append((written, math.log(1.0 + (passages - held + 0.5) / (held + 0.5))))
        return embedder.embed_weighted(weighted)

    def _words_in_context(
        self, meant: Sequence[str], terms: Sequence[str], places: frozenset[str]
    ) -> QuestionWords | None:
        """The question given as its words (each as the embedding reads it,
        `reading.meant_words`, with its index term) and the terms of those naming a place,
        for `_in_context` (None without the model, a word naming a place or a token)."""
        embedder = self._loaded_embedder() if places else None
        if embedder is None:
            return None
        sums = embedder.word_sums(meant)
        total = sums.sum(axis=0, dtype=np.float32)
        norm = float(np.sqrt(total.dot(total)))
        return QuestionWords(tuple(terms), sums, norm, places) if norm else None

    def _in_context(
        self, pool: Sequence[tuple[int, float, int]], words: QuestionWords
    ) -> dict[int, float]:
        """For each passage of `pool` that opens with a quotation carrying on from the
        paragraph before and lacks a word of the question naming a place that paragraph
        holds: its closeness to the question read in its context, those words against the
        paragraph before and the others against its own vector, when closer than alone. The
        quotation is the words of whom that paragraph names, about what it names, and does not
        name the place again: "a Human Rights Watch analysis of El Salvador reads", then
        "“A state of emergency enacted in March 2022 remains in effect, ...”", which read alone
        was the least close of its pool to "when did el salvador's state of emergency start"
        (cosine 0.08 against 0.44: the country is three of the question's tokens); min-max
        scaled, that 0 outweighed a BM25 score twice the next best. Not a paragraph opening
        with a word pointing back ("Those concerns ..."): that word names what it carries."""
        vectors = self._passage_vectors
        if vectors is None or not pool:
            return {}
        index = self.snapshot.index
        passages = np.fromiter((passage for passage, _, _ in pool), np.int64, count=len(pool))
        found: dict[int, float] = {}
        for passage in passages[self._continuing[passages]].tolist():
            if not opens_with_quotation(self.snapshot.passages[passage].text):
                continue
            carried = np.fromiter(
                (
                    term in words.places
                    and not index.contains(passage, term)
                    and index.contains(passage - 1, term)
                    for term in words.terms
                ),
                np.bool_,
                count=len(words.terms),
            )
            if carried.any():
                before = words.sums[carried].sum(axis=0) @ vectors[passage - 1]
                own = words.sums[~carried].sum(axis=0) @ vectors[passage]
                found[passage] = float(before + own) / words.norm
        return found

    def _closest_sentence_in(
        self, best: int, pool: Sequence[int], words: Sequence[tuple[str, str]]
    ) -> bool:
        """Whether, of every sentence of the `pool` passages, the one closest in meaning to
        the question (given as its words, each weighted by its idf: `_idf_vector`) is one of
        the `best` passage's. A passage's vector is the mean of its sentences', so one
        sentence saying what is asked is diluted by the others ("who hung out with bukele
        the weekend before the big meeting" of a paragraph opening on his meetings over the
        years); read a sentence at a time, the meaning finds it. False without the model."""
        question = self._idf_vector(words)
        if question is None or not question.any():
            return False
        order = list(dict.fromkeys(pool))
        if best not in order:
            return False
        # `best`'s closest sentence first, then each other passage's until one is closer (or
        # as close and before it in the pool: the first of equals is the closest); one is,
        # mostly, and the rest are not embedded. The verdict is that of reading every passage
        # in the pool's order and keeping the first closest.
        own = self._nearest_sentence(best, question)
        if own is None or not own > -2.0:
            return False
        before = order.index(best)
        for at, passage in enumerate(order):
            if passage == best:
                continue
            nearest = self._nearest_sentence(passage, question)
            if nearest is not None and (nearest > own or (at < before and nearest >= own)):
                return False
        return True

    def _nearest_sentence(self, passage: int, question: Vectors) -> float | None:
        """The cosine of `passage`'s sentence closest to `question` (a unit vector), None
        for a passage of no sentence vectors; each passage's sentences embedded once."""
        vectors = self._sentence_vectors.get(passage)
        if vectors is None:
            vectors = remember(
                self._sentence_vectors,
                passage,
                self._sentences_embedded(passage),
                PASSAGE_CACHE_SIZE,
            )
        return float((vectors @ question).max()) if len(vectors) else None

    def _sentences_embedded(self, passage: int) -> Vectors:
        """The vector of each sentence of a passage (one row a sentence)."""
        embedder = self._loaded_embedder()
        assert embedder is not None
        found = self.snapshot.passages[passage]
        texts = [found.text[s.start - found.start : s.end - found.start] for s in found.sentences]
        stored = self._passage_vectors
        if stored is not None and (texts == [found.text] or not texts):
            # one sentence, the whole passage: its vector is the passage's, embedded from the
            # same text at index time (the same to the last bit: `Embedder`)
            return stored[passage : passage + 1]
        return embedder.embed(texts or [found.text])

    def _closest_corpus_term(self, word: str) -> str | None:
        """The index term of the corpus word closest in meaning to `word` (a word the corpus
        never uses), when at least `meaning_bridge_min` close (cosine) and made of none of the
        same sub-word tokens: "trip" reaches "travel", "guilty" "convicted", "crisis"
        "emergency"; "super" does not reach "supermax" (one token in common is no closeness
        in meaning). None when the table of the corpus's words is not kept (dense retrieval
        off, the model missing, `semantic_exact_below` passages or more)."""
        embedder = self._loaded_embedder()
        if embedder is None or self.settings.meaning_bridge_min >= 1.0:
            return None
        words, vectors = self._corpus_words_of(embedder)
        if not words:
            return None
        lower = word.lower()
        if lower in self._meaning_bridge_cache:
            return self._meaning_bridge_cache[lower]
        reached = self._closest_in(words, vectors, embedder, lower)
        return remember(self._meaning_bridge_cache, lower, reached, _BRIDGE_CACHE_SIZE)

    def _closest_to_phrase(self, phrase: str) -> str | None:
        """The index term of the corpus word closest in meaning to `phrase` (a verb and its
        particle: "send back"), at least `meaning_bridge_min` close, among the words made of
        none of its sub-word tokens ("return", not "back" or "sends"); None as for
        `_closest_corpus_term`."""
        embedder = self._loaded_embedder()
        if embedder is None or self.settings.meaning_bridge_min >= 1.0:
            return None
        words, vectors = self._corpus_words_of(embedder)
        lower = phrase.lower()
        if not words:
            return None
        if lower in self._meaning_bridge_cache:
            return self._meaning_bridge_cache[lower]
        similarity = vectors @ embedder.embed([lower])[0]
        own = embedder.token_ids(lower)
        reached = None
        for at in np.argsort(-similarity):
            if similarity[at] < self.settings.meaning_bridge_min:
                break
            if not embedder.token_ids(words[at]) & own:
                reached = term_of(words[at])
                break
        return remember(self._meaning_bridge_cache, lower, reached, _BRIDGE_CACHE_SIZE)

    def _closest_among(
        self, word: str, candidates: set[str], *, by_lemma: bool = False
    ) -> str | None:
        """The index term of the corpus word closest in meaning to `word` whose term is among
        `candidates` (what WordNet says the word may mean, `verb_sense_words`), at least
        `sense_pick_min` close: the story's words choose the sense ("held": the story's
        "detained", 0.30, not "keep"). None without the table of the corpus's words."""
        embedder = self._loaded_embedder()
        if embedder is None or not candidates or self.settings.sense_pick_min >= 1.0:
            return None
        words, vectors = self._corpus_words_of(embedder)
        at = [i for i, w in enumerate(words) if term_of(w) in candidates]
        if not at:
            return None
        lower = word.lower()  # not "held" itself with a prefix ("upheld")
        typed = embedder.embed([lower])[0]
        similarity = vectors[at] @ typed
        floor = self.settings.sense_pick_min
        if by_lemma:
            lemmas = embedder.embed([lemma_of(words[i]) for i in at])
            similarity = np.maximum(similarity, lemmas @ typed)
            floor = self.settings.base_sense_pick_min
        own = embedder.token_ids(lower)
        for best in np.argsort(-similarity):
            if similarity[best] < floor:
                return None
            closest = words[at[best]]
            if lower not in closest and not embedder.token_ids(closest) & own:
                return term_of(closest)
        return None

    def _picked_by_particle(self, verb: str, particle: str, candidates: set[str]) -> set[str]:
        """The corpus terms of `candidates` (the terms of the words WordNet has for a phrasal
        verb, in any of its senses) whose corpus words are at least `particle_sense_gain`
        closer in meaning to the phrase than to its verb alone: the sense the particle picks
        ("let out": "released", 0.24 against 0.09 to "let"; "put out": "released"), not one
        the verb has without it ("put up": "posted" is as close to "put"). Empty without the
        table of the corpus's words (as `_closest_corpus_term`)."""
        embedder = self._loaded_embedder()
        if embedder is None or not candidates or self.settings.particle_sense_gain >= 1.0:
            return set()
        phrase, alone = f"{verb} {particle}".lower(), verb.lower()
        gain = self.settings.particle_sense_gain
        return {
            term
            for term, to_phrase, to_verb in self._nearness(embedder, candidates, phrase, alone)
            if to_phrase > 0 and to_phrase - to_verb >= gain
        }

    def _picked_by_what_follows(
        self, phrase: str, following: str, candidates: set[str]
    ) -> set[str]:
        """The corpus terms of `candidates` (the terms of the words WordNet has for the phrasal
        verb `phrase`, in any of its senses) whose corpus words are at least
        `context_sense_gain` closer in meaning to the phrase with the word the question types
        after it (`following`: "put up online") than to the phrase alone: the sense that word
        picks ("posted", 0.22 against 0.16 to "put up"; "raising" falls to 0.06). Empty
        without the table of the corpus's words (as `_closest_corpus_term`)."""
        embedder = self._loaded_embedder()
        if embedder is None or not candidates or self.settings.context_sense_gain >= 1.0:
            return set()
        with_it, alone = f"{phrase} {following}".lower(), phrase.lower()
        gain = self.settings.context_sense_gain
        return {
            term
            for term, to_with, to_alone in self._nearness(embedder, candidates, with_it, alone)
            if to_with >= self.settings.base_sense_pick_min and to_with - to_alone >= gain
        }

    def _nearness(
        self, embedder: Embedder, candidates: set[str], text: str, other: str
    ) -> Iterator[tuple[str, float, float]]:
        """For each corpus word whose index term is among `candidates`: its term, and how close
        in meaning it is to `text` and to `other` (neither embedded when no word is one)."""
        words, vectors = self._corpus_words_of(embedder)
        at = [i for i, word in enumerate(words) if term_of(word) in candidates]
        if at:
            near_text, near_other = embedder.embed([text, other])
            terms = (str(term_of(words[i])) for i in at)
            yield from zip(terms, vectors[at] @ near_text, vectors[at] @ near_other, strict=True)

    def _closest_in(
        self, words: Sequence[str], vectors: Vectors, embedder: Embedder, lower: str
    ) -> str | None:
        similarity = vectors @ embedder.embed([lower])[0]
        best = int(np.argmax(similarity))
        closest = words[best]
        if similarity[best] < self.settings.meaning_bridge_min:
            return None
        if embedder.token_ids(lower) & embedder.token_ids(closest):
            return None
        term = term_of(closest)
        return term if term != term_of(lower) else None

    def _corpus_words_of(self, embedder: Embedder) -> tuple[list[str], Vectors]:
        """The corpus's words and their vectors, made on first use (one thread makes them)."""
        with self._embedding_lock:
            if self._corpus_words is None:
                self._corpus_words = self._corpus_word_table(embedder)
            return self._corpus_words

    def _corpus_word_table(self, embedder: Embedder) -> tuple[list[str], Vectors]:
        """The corpus's distinct lower-case words and their vectors: made once per snapshot, on
        the first question that needs it, and only below `semantic_exact_below` passages."""
        passages = self.snapshot.passages
        if len(passages) >= self.settings.semantic_exact_below:
            return [], np.zeros((0, embedder.dimensions), dtype=np.float32)
        found: set[str] = set()
        for passage in passages:
            found.update(_CORPUS_WORD.findall(passage.text))
        # Not the closed classes (prepositions, pronouns, "not"): a word of those carries no
        # topic, however close its vector ("refuse" -> "not", "weather" -> "outside").
        words = sorted(w for w in found if term_of(w) and w not in _CLOSED_CLASS)
        return words, embedder.embed(words)

    def _with_closest(
        self, pool: list[tuple[int, float, int]], closeness: Closeness, seen: set[int]
    ) -> list[tuple[int, float, int]]:
        """`pool` and the passages closest to the question in meaning that it lacks."""
        have = {passage for passage, _, _ in pool} | seen
        depth = min(self.settings.semantic_depth, len(closeness))
        closest = closeness.closest(depth)
        return pool + [(passage, 0.0, 0) for passage in closest if passage not in have]

    def _fused(
        self,
        pool: Sequence[tuple[int, float, int]],
        closeness: Closeness,
        carried: Mapping[int, float] | None = None,
        in_context: Mapping[int, float] | None = None,
    ) -> dict[int, float]:
        """Each passage of `pool`'s ranking score: a weighted sum of its BM25 score (scaled by
        the best) and its closeness to the question (min-max scaled over the pool). `carried`:
        what a passage adds to its BM25 score from the passage before it (candidates.py),
        scaled as its own score is, so the other passages' scores stay as they were.
        `in_context`: a passage's closeness read in its context (`_in_context`), when closer
        than alone, scaled by the pool's own closeness and no further than its closest, so
        the other passages' scores stay as they were too (measured: letting it move the
        pool's least close rescaled the others, 5 more first places but 8 fewer high)."""
        if not pool:
            return {}
        weight = self.settings.semantic_weight
        extra = carried or {}
        top = max(score for _, score, _ in pool) or 1.0
        near = closeness.of([passage for passage, _, _ in pool])
        low, high = min(near), max(near)
        if in_context:
            near = [
                min(max(c, in_context.get(passage, c)), high)
                for (passage, _, _), c in zip(pool, near, strict=True)
            ]
        spread = (high - low) or 1.0
        return {
            passage: (1 - weight) * (score + extra.get(passage, 0.0)) / top
            + weight * (c - low) / spread
            for (passage, score, _), c in zip(pool, near, strict=True)
        }
