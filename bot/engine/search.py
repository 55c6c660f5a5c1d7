"""Question -> ranked passages with a confidence, or a refusal on evidence of absence.

Ranking is BM25 (Okapi, rank-bm25's formula) over each passage's words plus the names and roles
of the people it quotes. A question that asks what someone said puts the passages quoting them
first. Among the best BM25 candidates, passages holding the question's word pairs side by side
("human rights", "Salvadoran prisons") move up, and so do passages holding a number when the
question asks for one.

Three outcomes: the passages answer (confidence "high", from the model in confidence.py); they
are the closest the story comes (confidence "low"); or a refusal, only on clear evidence:
- the question asks what someone said whom the story does not quote (by name, or by a role
  the story gives nobody: "the Mexican president");
- it names something (a capitalised name, not an English word) the corpus never mentions;
- it shares no word with any passage.
Chat markup, shorthand and topic-free words are dealt with first (chat.py); a message holding
two questions is answered part by part.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from bot.engine.answer import Answer, AnswerQuote, RankedPassage
from bot.engine.caches import remember
from bot.engine.chat import expand_shorthand, is_topic_free, strip_markup
from bot.engine.confidence import HIGH_CONFIDENCE, Signals, probability
from bot.engine.lexicon import Source, WordNet, wordnet_directory
from bot.engine.models import Passage, Person, Span, SpeakerKind, Story, quotes_by_passage
from bot.engine.people import MentionFinder
from bot.engine.question import (
    Expected,
    QuestionKind,
    ReadQuestion,
    conversational_spans,
    expected_answer,
    read_question,
    role_in_story_words,
)
from bot.engine.semantic import Embedder, Vectors, wordllama_files
from bot.engine.snapshot import IndexSnapshot
from bot.engine.spelling import NameSpeller, WordSpeller
from bot.engine.text import TermSpan, clean_question, term_of, terms, tokens
from bot.engine.words import is_english_word
from bot.errors import QuestionError

# Bounds on what a Searcher keeps of its snapshot (passages' words and quotes, highlight spans).
_PASSAGE_CACHE_SIZE = 10_000
_SPAN_CACHE_SIZE = 50_000
# "and Trump?", "what about Miller?", "how about in 2021?": the rest of the previous question
_ELLIPTICAL = re.compile(r"^\W*(?:and|but|also|(?:and\s+)?(?:what|how)\s+about)\b", re.IGNORECASE)
# "what else did he say?", "anything more?": more of the same speaker, not the same topic
_ASKS_FOR_MORE = re.compile(r"\b(?:else|more|other|another|anything)\b", re.IGNORECASE)
_MIN_PASSAGES_FOR_COMMON = 10  # fewer passages cannot tell a common word from a rare one


class SearchSettings(BaseModel):
    """How retrieval decides; every value is documented in config.example.toml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    top_k: int = Field(default=3, ge=1, le=10)
    # The confidence model's probability (bot/engine/confidence.py) from which passages are
    # given as the answer; below it they are shown as the closest the story comes.
    high_confidence: float = Field(default=HIGH_CONFIDENCE, ge=0.0, le=1.0)
    # When a question asks for a number, an amount or a date ("how many", "when"), or for
    # someone ("who"), a passage holding one (a person other than those the question names)
    # has its score multiplied by 1 + this.
    answer_type_bonus: float = Field(default=0.5, ge=0.0, le=10.0)
    # Topic words found in at least this share of the passages are what the whole corpus is
    # about ("meeting" in a story about a meeting); a passage need not contain them.
    common_share: float = Field(default=0.2, gt=0.0, le=1.0)
    # How many of the best BM25 passages are re-ranked with the phrase bonus.
    rerank_depth: int = Field(default=20, ge=1, le=1000)
    # Paraphrase bridges (bot/engine/lexicon.py): which WordNet relations lead a question word
    # the corpus lacks to words it uses ("synonyms", "family"), how many of the word's senses to
    # follow, and how much a bridged word weighs against the word itself.
    bridge_sources: tuple[Source, ...] = (Source.FAMILY, Source.SYNONYMS)
    bridge_senses: int = Field(default=2, ge=1, le=50)
    bridge_weight: float = Field(default=0.6, ge=0.0, le=1.0)
    # Dense retrieval (bot/engine/semantic.py): the share of a passage's ranking score that is
    # its cosine similarity to the question in WordLlama's embedding space (min-max scaled over
    # the candidates), the rest being its BM25 score (scaled by the best); 0 turns it off.
    semantic_weight: float = Field(default=0.5, ge=0.0, le=1.0)
    # How many passages closest to the question in meaning join the BM25 candidates.
    semantic_depth: int = Field(default=5, ge=0, le=1000)
    # A capitalised name the corpus never uses refuses the question ("Bitcoin"), unless the name
    # alone (its words the corpus lacks) is close in meaning to one passage in particular: the
    # closest passage at least this much closer (cosine) than the next, as where the story
    # speaks of the thing in other words. "Beijing" leads by 0.25 (China's gifts), "Justice"
    # by 0.13 (the attorney general); a place or thing merely near the story's subject is about
    # as close to many passages (Venezuela 0.03, Honduras 0.03, Harvard 0.05, Bitcoin 0.02).
    # 1 refuses every unknown name, as without dense retrieval.
    unknown_name_lead: float = Field(default=0.1, ge=0.0, le=1.0)
    max_question_chars: int = Field(default=1000, ge=10, le=100_000)


@dataclass(frozen=True)
class FollowUp:
    """The previous turn of a conversation, so "what else did he say?" can be read."""

    question: str
    asked_speaker_id: str | None
    shown: tuple[tuple[str, int], ...] = ()  # (story id, paragraph) already shown


@dataclass(frozen=True)
class _PassageWords:
    """What ranking and rendering need of a passage's words, worked out once per passage."""

    # Each index term and where its word stands. Plain tokens, not Spans: a pydantic Span weighs
    # ~500 bytes, too much to keep for every word of thousands of passages.
    tokens: tuple[TermSpan, ...]
    # The terms side by side, for the phrase bonus.
    pairs: frozenset[tuple[str, str]]
    holds_number: bool  # a number, an amount or a date: what "how many", "when" ask for


@dataclass(frozen=True)
class _Candidate:
    doc: int
    bm25: float
    speaker_quotes: int  # quotes in the passage by the speaker asked about
    # What the passages are ordered by: the BM25 score, or its mix with closeness in meaning
    ranking: float = 0.0


class Searcher:
    """Answers questions from one index snapshot. Cheap to call. Its only state is bounded
    caches of what each passage yields (words, quotes), which never change within a snapshot."""

    def __init__(self, snapshot: IndexSnapshot, settings: SearchSettings | None = None) -> None:
        self.snapshot = snapshot
        self.settings = settings or SearchSettings()
        self._stories = {s.id: s for s in snapshot.stories}
        self._people = {p.id: p for p in snapshot.people}
        self._mentions = MentionFinder(_with_first_names(snapshot.people))
        self._quotes_by_passage = quotes_by_passage(snapshot.quotes)
        self._doc_of = {p.key: i for i, p in enumerate(snapshot.passages)}
        self._passage_cache: dict[int, _PassageWords] = {}
        self._people_cache: dict[int, frozenset[str]] = {}
        self._quotes_cache: dict[int, tuple[AnswerQuote, ...]] = {}
        self._span_cache: dict[tuple[int, int], Span] = {}
        self._sorted_vocabulary: list[str] | None = None
        self._speller = NameSpeller(snapshot.people, snapshot.index)
        directory = wordnet_directory()
        self._wordnet = (
            WordNet(directory, senses=self.settings.bridge_senses)
            if directory and self.settings.bridge_sources and self.settings.bridge_weight
            else None
        )
        self._word_speller = WordSpeller(snapshot.index, self._has_prefix)
        # Loaded on the first question that needs them (about 0.1 s): a Searcher is also built
        # where no question is asked.
        self._embedder: Embedder | None = None
        self._passage_vectors: Vectors | None = None
        self._embedding_lock = threading.Lock()
        self._docs_quoting: dict[str, dict[int, int]] = {}  # speaker id -> doc -> quotes
        for quote in snapshot.quotes:
            doc = self._doc_of.get((quote.story_id, quote.paragraph))
            if quote.speaker_id and doc is not None:
                by_doc = self._docs_quoting.setdefault(quote.speaker_id, {})
                by_doc[doc] = by_doc.get(doc, 0) + 1
        self.quoted_people = tuple(
            sorted(
                (self._people[i] for i in {q.speaker_id for q in snapshot.quotes} if i),
                key=lambda p: p.name,
            )
        )
        self._quoted_names = tuple(p.name for p in self.quoted_people)
        self._quoted_ids = frozenset(p.id for p in self.quoted_people)

    # -- the one public operation -------------------------------------------------------------

    def ask(
        self, question: str, *, top_k: int | None = None, follow_up: FollowUp | None = None
    ) -> Answer:
        """Answer `question` from the story: passages that answer it (confidence "high"), the
        closest passages (confidence "low"), or a refusal with a reason when there is clear
        evidence the story does not answer. Raises QuestionError."""
        cleaned = self._checked(question, follow_up)
        text = _searchable(cleaned)
        top_k = top_k or self.settings.top_k
        parts = _question_parts(text) if follow_up is None else [text]
        results: list[_PartResult] = []
        for part in parts:
            earlier = self._earlier_part(parts[0], part) if results else follow_up
            results.append(self._ask_part(part, top_k, earlier))
        return self._combined(cleaned, results, top_k)

    def confidence_signals(self, question: str) -> Signals | None:
        """What the confidence model reads of `question`'s first part and its best passage
        (None when it is refused): for fitting and checking the model."""
        text = _searchable(self._checked(question, None))
        return self._ask_part(_question_parts(text)[0], self.settings.top_k, None).signals

    def _earlier_part(self, first: str, part: str) -> FollowUp:
        """The first part of a two-question message as the conversation the second continues:
        "what's Miller's job? and when did he talk to reporters" asks when Miller did."""
        read = read_question(self._speller.correct(first), self._mentions)
        people = read.speakers or read.mentioned
        return FollowUp(question=first, asked_speaker_id=people[0].id if len(people) == 1 else None)

    def _ask_part(self, question: str, top_k: int, follow_up: FollowUp | None) -> _PartResult:
        """One question: a refusal (with its reason) or ranked candidates and a confidence."""
        text = self._speller.correct(question)  # read "Bukle" as "Bukele"
        read = read_question(text, self._mentions)
        previous = read_question(follow_up.question, self._mentions) if follow_up else None
        if previous is not None:
            read = _elliptical_speaker(text, read, previous)
        if read.unknown_speaker is not None:
            return _PartResult.refused(self._not_quoted_reason(read.unknown_speaker), person=True)

        words = self._question_words(text)
        speakers = self._asked_speakers(words, read, follow_up)
        if read.kind is QuestionKind.SPEAKER and read.pronoun and not speakers:
            return _PartResult.refused(
                "I can't tell who you mean; ask with the person's name.", person=True
            )
        quoting = [p for p in speakers if self._has_quotes(p)]
        if speakers and not quoting:
            names = " or ".join(p.name for p in speakers)
            return _PartResult.refused(
                f"{names} is mentioned in the story but not quoted.", person=True
            )

        unknown = self._unknown_name(text, words, read)
        if unknown and not self._close_in_meaning(unknown):
            return _PartResult.refused(f"The story doesn't mention {unknown}.")
        topic = self._topic_terms(words, read)
        query = [word.term for word in words]
        if read.kind is QuestionKind.WHO_SAID:
            # "did X say it, or someone else?": X's name is not what it is about
            query = [word.term for word in words if not _within(word, read.speaker_span)]
        if (
            follow_up is not None
            and previous is not None
            and (not topic or _ELLIPTICAL.match(text))
            and not _ASKS_FOR_MORE.search(text)
        ):
            # "why?", "and Trump?", "and in 2021?": the previous question's topic carries over
            carried = self._topic_terms(self._question_words(follow_up.question), previous)
            topic += carried
            query += carried
        verb = terms(text[slice(*read.verb_span)]) if read.verb_span else []
        # "what else did he say?" wants what was not shown yet; "why?" may want it again
        seen = (
            {self._doc_of[key] for key in follow_up.shown if key in self._doc_of}
            if follow_up and _ASKS_FOR_MORE.search(text)
            else set()
        )
        expected = expected_answer(text)
        named = frozenset(p.id for p in read.mentioned)
        bridges = self._bridges(text, words, topic)
        closeness = self._closeness(_meant_words(text, words))
        candidates = self._answering(
            query,
            topic,
            verb,
            quoting,
            seen,
            top_k,
            expected=(expected, named),
            bridges=bridges,
            closeness=closeness,
        )
        if not candidates:
            return _PartResult.refused("The story doesn't say anything about that.")
        signals = self._signals(
            topic,
            candidates,
            expected=(expected, named),
            speakers=quoting,
            bridges=bridges,
        )
        high = probability(signals) >= self.settings.high_confidence
        return _PartResult(
            candidates=tuple(candidates),
            high=high,
            query=frozenset(query),
            speakers=tuple(quoting),
            signals=signals,
        )

    def _combined(self, question: str, results: Sequence[_PartResult], top_k: int) -> Answer:
        """One Answer for the parts of a message: their passages in turn (the best of each
        part first), high confidence only when every answered part has it; a refusal only
        when every part is refused."""
        answered = [r for r in results if r.candidates]
        quoted = self._quoted_names
        if not answered:
            refusal = results[0]
            if refusal.person:
                return Answer(
                    question=question,
                    answered=False,
                    reason=refusal.reason,
                    quoted_speakers=quoted,
                )
            return Answer(
                question=question, answered=False, reason=refusal.reason, scope=self._scope()
            )
        order: list[_Candidate] = []
        for column in itertools.zip_longest(*(r.candidates for r in answered)):
            for candidate in column:
                if candidate is not None and all(c.doc != candidate.doc for c in order):
                    order.append(candidate)
        query = set().union(*(r.query for r in answered))
        passages = self._render(order[:top_k], query)
        speakers = [p for r in answered for p in r.speakers]
        asked = self._asked_person(speakers, passages)
        return Answer(
            question=question,
            answered=True,
            confidence="high" if all(r.high for r in answered) else "low",
            asked_speaker=asked.name if asked else None,
            asked_speaker_id=asked.id if asked else None,
            passages=passages,
            matched_terms=self._matched_words(passages),
            quoted_speakers=quoted,
        )

    def _answering(
        self,
        query: Sequence[str],
        topic: Sequence[str],
        verb: Sequence[str],
        speakers: Sequence[Person],
        seen: set[int],
        top_k: int,
        *,
        expected: tuple[Expected | None, frozenset[str]] = (None, frozenset()),
        bridges: dict[str, tuple[str, ...]] | None = None,
        closeness: Vectors | None = None,
    ) -> list[_Candidate]:
        """The passages closest to answering, best first; [] when none shares a word with the
        question. When a speaker is asked about, their quoting passages come first."""
        bridges = bridges or {}
        if speakers:
            # Among the speaker's own passages their name tells nothing: rank by the topic
            # and the verb ("warned" finds where they warned).
            return self._rank(
                [*topic, *verb],
                topic,
                speakers,
                seen,
                top_k,
                expected=expected,
                bridges=bridges,
                closeness=closeness,
            )
        return self._rank(
            query, topic, (), seen, top_k, expected=expected, bridges=bridges, closeness=closeness
        )

    def _bridges(
        self, text: str, words: Sequence[TermSpan], topic: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        """For each topic word the corpus never uses, the corpus terms WordNet relates it to
        (by the configured sources): "Chinese" -> china."""
        if self._wordnet is None:
            return {}
        index = self.snapshot.index
        wanted = set(topic)
        bridges: dict[str, tuple[str, ...]] = {}
        for token in words:
            if token.term not in wanted or token.term in bridges:
                continue
            if index.passage_frequency(token.term) > 0:
                continue
            reached = self._bridged(text[token.start : token.end])
            if reached:
                bridges[token.term] = reached
        return bridges

    def _bridged(self, word: str) -> tuple[str, ...]:
        """The corpus terms WordNet relates `word` to by the configured sources, and for a role
        in other words the story's own ("spokesperson": "press secretary")."""
        if self._wordnet is None:
            return ()
        index = self.snapshot.index
        own = term_of(word.lower())
        related = self._wordnet.related(word.lower(), self.settings.bridge_sources)
        found = {term_of(w) for w in related}
        role = role_in_story_words(word)
        if role:  # "spokesperson": the story's "press secretary"
            found.update(terms(role))
        return tuple(sorted(t for t in found if t and t != own and index.passage_frequency(t)))

    def _signals(
        self,
        topic: Sequence[str],
        candidates: Sequence[_Candidate],
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
            answer_type = 1.0 if self._holds(expected, best.doc) else -1.0
        return Signals(
            coverage=self._coverage(topic, best.doc, bridges or {}),
            known=self._known_share(topic, bridges or {}),
            answer_type=answer_type,
            speaker=1.0 if speakers and best.speaker_quotes else 0.0,
            # a lone candidate stands ahead of nothing: few passages share the words at all
            margin=(best.bm25 - second) / best.bm25 if best.bm25 > 0 and second > 0 else 0.0,
        )

    def _scope(self) -> str:
        """One line on what the corpus covers: its stories' titles, or their first sentences."""
        stories = self.snapshot.stories
        about = [
            s.meta.title or _first_sentence(s.passages[0].text if s.passages else s.id)
            for s in stories[:3]
        ]
        more = f" (and {len(stories) - 3} more stories)" if len(stories) > 3 else ""
        return "The story covers: " + "; ".join(about) + more

    # -- reading the question -----------------------------------------------------------------

    def _checked(self, question: str, follow_up: FollowUp | None) -> str:
        text = clean_question(question)
        if not text or not _searchable(text):
            raise QuestionError("Please ask a question about the story.")
        limit = self.settings.max_question_chars
        if len(text) > limit:
            raise QuestionError(
                f"That question is {len(text):,} characters long; please keep it under {limit:,}."
            )
        searchable = _searchable(text)
        topical = " ".join(w for w in searchable.split() if not is_topic_free(w.strip("?!.,")))
        if (
            not terms(topical)
            and not follow_up
            and not read_question(searchable, self._mentions).speakers
        ):
            raise QuestionError(
                "I couldn't find any words to search for in that; try asking in a sentence."
            )
        return text

    def _question_words(self, text: str) -> list[TermSpan]:
        """The words of the question, once: the speakers, the names, the topic and the query
        use them. "Recieve" is read as the corpus's "receive" (a misspelt word would make the
        story look silent); "tell me about", "what's going on with" are left out."""
        words = self._word_speller.correct(text, tokens(text))
        chat = conversational_spans(text)
        return [
            w
            for w in words
            if not any(start <= w.start < end for start, end in chat)
            and not is_topic_free(text[w.start : w.end])
        ]

    def _asked_speakers(
        self, words: Sequence[TermSpan], read: ReadQuestion, follow_up: FollowUp | None
    ) -> list[Person]:
        """The speakers asked about; "what did he say?" and "why?" keep the previous one."""
        previous = self._people.get(follow_up.asked_speaker_id or "") if follow_up else None
        if previous is not None and (
            read.pronoun or (read.kind is QuestionKind.PLAIN and not words)
        ):
            return [previous]
        return list(read.speakers)

    def _topic_terms(self, words: Sequence[TermSpan], read: ReadQuestion) -> list[str]:
        """What the question (its `words`) is about: its terms minus the speaker's name and the
        speech verb."""
        topic: list[str] = []
        for token in words:
            if read.verb_span and read.verb_span[0] <= token.start < read.verb_span[1]:
                continue
            if read.speaker_span and read.speaker_span[0] <= token.start < read.speaker_span[1]:
                continue
            topic.append(token.term)
        return topic

    def _unknown_name(self, text: str, words: Sequence[TermSpan], read: ReadQuestion) -> str | None:
        """A name in the question (capitalised words, not its first) the corpus never uses.

        `words` and `read` are those of `text`: read.mentions is where `text` names known people.
        """
        index = self.snapshot.index
        known = [(start, end) for _, start, end in read.mentions]
        if read.speaker_span:
            known.append(read.speaker_span)
        for position, token in enumerate(words):
            word = text[token.start : token.end]
            if (position == 0 and token.start < 2) or not word[:1].isupper():
                continue
            if (
                is_english_word(word)
                and not word.isupper()
                and not _in_capitalised_run(text, token.start, token.end)
            ):
                continue  # "Congress": a word, which the story may say otherwise ("World Cup"
                # is a name: capitalised words side by side)
            if any(start <= token.start < end for start, end in known):
                continue  # a name or alias of someone the story names ("HRW")
            if index.passage_frequency(token.term) == 0 and not self._has_prefix(token.term):
                if self._bridged(word):
                    continue  # "Chinese": the corpus names the thing ("China") another way
                return _capitalised_run(text, token.start, token.end)
        return None

    def _close_in_meaning(self, name: str) -> bool:
        """Whether a name the corpus never uses points to one passage in meaning (the story
        calls the thing otherwise: "Beijing", China): then the name alone is no evidence the
        story is silent, and the question is searched (its confidence then reads how little of
        it is known). Only the name's words the corpus lacks are compared: "El Salvador's GDP"
        is "GDP"."""
        index = self.snapshot.index
        unknown = [
            name[t.start : t.end] for t in tokens(name) if not index.passage_frequency(t.term)
        ]
        closeness = self._closeness(" ".join(unknown)) if unknown else None
        if closeness is None or len(closeness) < 2:
            return False
        second, first = np.partition(closeness, -2)[-2:]
        return float(first - second) >= self.settings.unknown_name_lead

    def _has_prefix(self, term: str) -> bool:
        """Whether some corpus term starts with `term` (America -> american)."""
        if self._sorted_vocabulary is None:  # built on first need: most questions never ask
            self._sorted_vocabulary = sorted(self.snapshot.index.vocabulary())
        at = bisect.bisect_left(self._sorted_vocabulary, term)
        return at < len(self._sorted_vocabulary) and self._sorted_vocabulary[at].startswith(term)

    # -- ranking ------------------------------------------------------------------------------

    def _rank(
        self,
        query: Sequence[str],
        topic: Sequence[str],
        speakers: Sequence[Person],
        seen: set[int],
        limit: int,
        *,
        expected: tuple[Expected | None, frozenset[str]] = (None, frozenset()),
        bridges: dict[str, tuple[str, ...]] | None = None,
        closeness: Vectors | None = None,
    ) -> list[_Candidate]:
        """The best `limit` passages not in `seen`; when a speaker is asked about, only
        passages quoting them. A question asking for a number or a person (`expected`, with the
        ids of the people the question names) favours passages holding one.

        Cost follows the postings of the query's terms, not the size of the corpus.
        """
        index = self.snapshot.index
        bridged = [t for reached in (bridges or {}).values() for t in reached]
        extra = self._bridged_scores(bridged)
        if speakers:
            docs, scores = index.sparse_scores(query)
            score_of = dict(zip(docs.tolist(), scores.tolist(), strict=True))
            for doc, score in extra.items():
                score_of[doc] = score_of.get(doc, 0.0) + score
            counts: dict[int, int] = {}
            for person in speakers:
                for doc, count in self._docs_quoting.get(person.id, {}).items():
                    counts[doc] = counts.get(doc, 0) + count
            pool = [(doc, score_of.get(doc, 0.0), n) for doc, n in counts.items()]
        else:
            best = dict(index.top_k(query, max(limit, self.settings.rerank_depth) + len(seen)))
            for doc, score in extra.items():
                best[doc] = best.get(doc, 0.0) + score
            pool = [(doc, score, 0) for doc, score in best.items() if score > 0]
            if not pool:
                pool = self._holding_common_words(query)
        pool = [c for c in pool if c[0] not in seen]
        mentions = index.containing_any(
            [doc for doc, _, _ in pool], self._telling_terms([*topic, *bridged])
        )
        on_topic = [c for c, mentioned in zip(pool, mentions, strict=True) if mentioned]
        if on_topic:
            # Passages that share no topic word with the question are not answers to it.
            pool = on_topic
        # Best score first; then more quotes by the speaker; then story order.
        pool.sort(key=lambda c: (-c[1], -c[2], c[0]))
        pool = pool[: max(limit, self.settings.rerank_depth)]
        pairs = _pairs(topic)  # not the speaker's name: every passage of theirs would gain
        if pairs:
            pool = [(doc, score + self._phrase_bonus(doc, pairs), n) for doc, score, n in pool]
        kind = expected[0]
        if kind is not None and self.settings.answer_type_bonus:
            bonus = 1.0 + self.settings.answer_type_bonus
            pool = [
                (doc, score * bonus if self._holds(expected, doc) else score, n)
                for doc, score, n in pool
            ]
        if pairs or kind is not None:
            pool.sort(key=lambda c: (-c[1], -c[2], c[0]))
        if closeness is not None:
            if not speakers and self.settings.semantic_depth:
                pool = self._with_closest(pool, closeness, seen)
            fused = self._fused(pool, closeness)
            pool.sort(key=lambda c: (-fused[c[0]], -c[2], c[0]))
            return [_Candidate(doc, score, n, fused[doc]) for doc, score, n in pool[:limit]]
        return [_Candidate(doc, score, n, score) for doc, score, n in pool[:limit]]

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
        have = {doc for doc, _, _ in pool} | seen
        depth = min(self.settings.semantic_depth, len(closeness))
        if depth == 0:
            return pool
        closest = np.argpartition(-closeness, depth - 1)[:depth]
        return pool + [(int(doc), 0.0, 0) for doc in closest if int(doc) not in have]

    def _fused(
        self, pool: Sequence[tuple[int, float, int]], closeness: Vectors
    ) -> dict[int, float]:
        """Each passage of `pool`'s ranking score: a weighted sum of its BM25 score (scaled by
        the best) and its closeness to the question (min-max scaled over the pool)."""
        if not pool:
            return {}
        weight = self.settings.semantic_weight
        top = max(score for _, score, _ in pool) or 1.0
        near = [float(closeness[doc]) for doc, _, _ in pool]
        low, high = min(near), max(near)
        spread = (high - low) or 1.0
        return {
            doc: (1 - weight) * score / top + weight * (c - low) / spread
            for (doc, score, _), c in zip(pool, near, strict=True)
        }

    def _bridged_scores(self, bridged: Sequence[str]) -> dict[int, float]:
        """The BM25 scores of the bridged terms, weighted below the question's own words."""
        if not bridged:
            return {}
        docs, scores = self.snapshot.index.sparse_scores(list(dict.fromkeys(bridged)))
        weight = self.settings.bridge_weight
        return {
            doc: score * weight for doc, score in zip(docs.tolist(), scores.tolist(), strict=True)
        }

    def _holding_common_words(self, query: Sequence[str]) -> list[tuple[int, float, int]]:
        """The passages holding the query's words when those are so common that BM25 gives
        them no weight ("Trump" in a story about Trump): still closer than nothing, scored by
        how many of the words they hold (a tiny score, so never mistaken for a real match)."""
        index = self.snapshot.index
        distinct = list(dict.fromkeys(query))
        docs, _ = index.sparse_scores(distinct)
        found = [
            (doc, sum(index.contains(doc, t) for t in distinct) * 1e-6, 0)
            for doc in docs.tolist()[: self.settings.rerank_depth * 10]
        ]
        return found

    def _phrase_bonus(self, doc: int, pairs: set[tuple[str, str]]) -> float:
        """For each word pair of the question found side by side in the passage, the smaller
        of the two words' idf: rare phrases count, pairs of common words barely."""
        index = self.snapshot.index
        found = pairs & self._passage_words(doc).pairs
        # In a fixed order: a set's order changes with each process's string hashing, and so
        # would the last digit of the sum, and with it the order of passages that tie.
        return sum(min(index.idf(a) or 0.0, index.idf(b) or 0.0) for a, b in sorted(found))

    def _passage_words(self, doc: int) -> _PassageWords:
        """Passage `doc`'s terms, as stored with the build (never tokenised while answering)."""
        cached = self._passage_cache.get(doc)
        if cached is None:
            stored = self.snapshot.passage_terms  # worked out at index time
            found = stored.tokens(doc)
            cached = _PassageWords(
                tokens=found,
                pairs=frozenset(_pairs([t.term for t in found])),
                holds_number=stored.holds_number(doc),
            )
            remember(self._passage_cache, doc, cached, _PASSAGE_CACHE_SIZE)
        return cached

    def _holds(self, expected: tuple[Expected | None, frozenset[str]], doc: int) -> bool:
        """Whether passage `doc` holds the kind of answer expected: a number, or a person
        other than those the question names."""
        kind, named = expected
        if kind is Expected.NUMBER:
            return self._passage_words(doc).holds_number
        if kind is Expected.PERSON:
            return bool(self._people_in(doc) - named)
        return False

    def _people_in(self, doc: int) -> frozenset[str]:
        """Ids of the people passage `doc` names or quotes: what "who" asks for. Found on first
        need only (most questions never ask), through the people the question reader knows."""
        cached = self._people_cache.get(doc)
        if cached is None:
            passage = self.snapshot.passages[doc]
            quoted = {
                q.speaker_id for q in self._quotes_by_passage.get(passage.key, ()) if q.speaker_id
            }
            named = {p.id for p, _, _ in self._mentions.find(passage.text)}
            cached = remember(
                self._people_cache, doc, frozenset(named | quoted), _PASSAGE_CACHE_SIZE
            )
        return cached

    def _telling_terms(self, topic: Sequence[str]) -> list[str]:
        """The topic terms that tell passages apart: not those most passages use."""
        index = self.snapshot.index
        n = len(index)
        if n < _MIN_PASSAGES_FOR_COMMON:  # too few passages to tell common from rare
            return list(dict.fromkeys(topic))
        common = self.settings.common_share * n
        # A word most passages use says what the corpus is about ("meeting" in a story about
        # a meeting), not where the answer is.
        return [t for t in dict.fromkeys(topic) if index.passage_frequency(t) < common]

    def _coverage(
        self, topic: Sequence[str], doc: int, bridges: dict[str, tuple[str, ...]]
    ) -> float:
        """The idf-weighted share of the telling topic terms in passage `doc` (1.0: none); a
        term found only through a bridge counts for the bridge's weight."""
        index = self.snapshot.index
        total = found = 0.0
        for term in self._telling_terms(topic):
            weight = self._weight(term)
            total += weight
            if index.contains(doc, term):
                found += weight
            elif any(index.contains(doc, t) for t in bridges.get(term, ())):
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

    # -- rendering ----------------------------------------------------------------------------

    def _render(
        self, candidates: Sequence[_Candidate], query: set[str]
    ) -> tuple[RankedPassage, ...]:
        ranked: list[RankedPassage] = []
        for candidate in candidates:
            passage = self.snapshot.passages[candidate.doc]
            story = self._stories[passage.story_id]
            if not _verbatim(passage, story):
                continue  # never show text that is not exactly the story's
            ranked.append(
                RankedPassage(
                    rank=len(ranked) + 1,
                    document=story.id,
                    title=story.meta.title,
                    paragraph=passage.paragraph,
                    text=passage.text,
                    score=candidate.bm25,
                    quotes=self._answer_quotes(candidate.doc),
                    highlights=tuple(
                        self._span(t.start, t.end)
                        for t in self._passage_words(candidate.doc).tokens
                        if t.term in query
                    ),
                    outlet=story.meta.outlet,
                    url=story.meta.url,
                    published=story.meta.published,
                )
            )
        return tuple(ranked)

    def _answer_quotes(self, doc: int) -> tuple[AnswerQuote, ...]:
        """The quotes of passage `doc` as answers show them; worked out once per passage."""
        cached = self._quotes_cache.get(doc)
        if cached is None:
            passage = self.snapshot.passages[doc]
            cached = self._quotes_in(passage, self._stories[passage.story_id])
            remember(self._quotes_cache, doc, cached, _PASSAGE_CACHE_SIZE)
        return cached

    def _quotes_in(self, passage: Passage, story: Story) -> tuple[AnswerQuote, ...]:
        quotes: list[AnswerQuote] = []
        for quote in self._quotes_by_passage.get(passage.key, ()):
            if story.body[quote.start : quote.end] != quote.text:
                continue
            speaker = self._people.get(quote.speaker_id) if quote.speaker_id else None
            quotes.append(
                AnswerQuote(
                    text=quote.text,
                    speaker=speaker.name if speaker else None,
                    kind=quote.kind,
                    start=quote.start - passage.start,
                    end=quote.end - passage.start,
                )
            )
        return tuple(quotes)

    def _span(self, start: int, end: int) -> Span:
        """One Span for each pair of offsets: highlights repeat from answer to answer, and
        building a pydantic model costs more than finding the one built before."""
        span = self._span_cache.get((start, end))
        if span is None:
            span = Span(start=start, end=end)
            remember(self._span_cache, (start, end), span, _SPAN_CACHE_SIZE)
        return span

    @staticmethod
    def _matched_words(passages: Sequence[RankedPassage]) -> tuple[str, ...]:
        words: dict[str, None] = {}
        for passage in passages:
            for span in passage.highlights:
                words.setdefault(passage.text[span.start : span.end].lower(), None)
        return tuple(words)

    def _asked_person(
        self, speakers: Sequence[Person], passages: Sequence[RankedPassage]
    ) -> Person | None:
        """The one person asked about, or among several the one the best passage quotes."""
        if len(speakers) == 1:
            return speakers[0]
        for passage in passages[:1]:
            for quote in passage.quotes:
                for person in speakers:
                    if quote.speaker == person.name:
                        return person
        return None

    def _has_quotes(self, person: Person) -> bool:
        return person.id in self._quoted_ids

    def _not_quoted_reason(self, who: str) -> str:
        return f"The story doesn't quote {who}."

    def _abstain(self, question: str, reason: str, quoted: tuple[str, ...]) -> Answer:
        return Answer(question=question, answered=False, reason=reason, quoted_speakers=quoted)


@dataclass(frozen=True)
class _PartResult:
    """One question's outcome: candidates and whether they answer with high confidence, or a
    refusal's reason (`person`: the refusal is about someone the story does not quote)."""

    candidates: tuple[_Candidate, ...] = ()
    high: bool = False
    query: frozenset[str] = frozenset()
    speakers: tuple[Person, ...] = ()
    reason: str | None = None
    person: bool = False
    signals: Signals | None = None

    @classmethod
    def refused(cls, reason: str, *, person: bool = False) -> _PartResult:
        return cls(reason=reason, person=person)


# Where one message holds two questions: a question mark with more words after it, "+", or
# a semicolon ("whats his job? and when did he talk to reporters").
_PART_BREAK = re.compile(r"\?+\s+(?=\S)|\s\+\s|;\s+")
_MIN_PART_WORDS = 3


def _searchable(text: str) -> str:
    """The question as searched: chat markup (mentions, custom emoji, links) removed, chat
    shorthand written out."""
    return " ".join(expand_shorthand(strip_markup(text)).split())


def _question_parts(text: str) -> list[str]:
    """The questions of a message, when it holds more than one of a few words each."""
    parts = [p.strip() for p in _PART_BREAK.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) < _MIN_PART_WORDS for p in parts):
        return [text]
    return parts[:3]


def _within(word: TermSpan, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= word.start < span[1]


def _meant_words(text: str, words: Sequence[TermSpan]) -> str:
    """The question as the embedding reads it: its own words (chat openers, markup and
    topic-free words only blur it), a misspelt one as the corpus term it was read as
    ("rihgts" -> "right")."""
    meant: list[str] = []
    for word in words:
        written = text[word.start : word.end]
        meant.append(written if terms(written) == [word.term] else word.term)
    return " ".join(meant)


def _first_sentence(text: str, limit: int = 160) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _elliptical_speaker(text: str, read: ReadQuestion, previous: ReadQuestion) -> ReadQuestion:
    """ "and Trump?" after "what did Bukele say about X?" asks what Trump said about X."""
    if read.kind is not QuestionKind.PLAIN or previous.kind is not QuestionKind.SPEAKER:
        return read
    if not _ELLIPTICAL.match(text) or not read.mentioned:
        return read
    found = read.mentions
    return dataclasses.replace(
        read,
        kind=QuestionKind.SPEAKER,
        speakers=read.mentioned,
        speaker_span=(min(s for _, s, _ in found), max(e for _, _, e in found)),
    )


def _with_first_names(people: Sequence[Person]) -> list[Person]:
    """`people`, each person whose first name no one else shares also known by it, for
    reading questions ("what did Karoline say?"), unless it is also a word ("Will", "Mark").
    Stories call people by their surname, so the attribution of quotes does not use them."""

    def first_name(person: Person) -> str | None:
        words = person.name.split()
        if person.kind is not SpeakerKind.PERSON or len(words) < 2 or is_english_word(words[0]):
            return None
        return words[0]

    counts = Counter(name.lower() for name in map(first_name, people) if name)
    known: list[Person] = []
    for person in people:
        name = first_name(person)
        if name and counts[name.lower()] == 1:
            person = person.model_copy(update={"aliases": (*person.aliases, name)})
        known.append(person)
    return known


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] stands beside another capitalised word (not the
    question's first)."""
    return _capitalised_run(text, start, end).count(" ") > 0


def _capitalised_run(text: str, start: int, end: int) -> str:
    """The capitalised words around text[start:end]: "Cup" -> "World Cup"."""
    words = list(re.finditer(r"\S+", text))
    at = next(i for i, w in enumerate(words) if w.start() <= start < w.end())
    first = last = at
    while first > 1 and words[first - 1].group()[:1].isupper():
        first -= 1
    while last + 1 < len(words) and words[last + 1].group()[:1].isupper():
        last += 1
    return text[words[first].start() : words[last].end()].strip("?!.,;:'\"’”")


def _pairs(sequence: Sequence[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in itertools.pairwise(sequence) if a != b}


def _verbatim(passage: Passage, story: Story) -> bool:
    return story.body[passage.start : passage.end] == passage.text
