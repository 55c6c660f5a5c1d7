"""Question -> ranked passages, or a reasoned abstention.

Ranking is BM25 (Okapi, rank-bm25's formula) over each passage's words plus the names and roles
of the people it quotes. A question that asks what someone said puts the passages quoting them
first. The engine abstains rather than answer wrongly:
- the question asks what someone said whom the story does not quote;
- the best passage covers too little of the question (see `SearchSettings.min_coverage`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.answer import Answer, AnswerQuote, RankedPassage
from bot.engine.models import Passage, Person, Quote, Span, Story
from bot.engine.question import SPEECH_STEMS, QuestionKind, ReadQuestion, read_question
from bot.engine.snapshot import IndexSnapshot
from bot.engine.text import clean_question, terms, tokens
from bot.errors import QuestionError


class SearchSettings(BaseModel):
    """How retrieval decides; every value is documented in config.example.toml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    top_k: int = Field(default=3, ge=1, le=10)
    # Share of the question's weight (idf-weighted terms; words the corpus lacks weigh most)
    # that the best passage must contain. Below it, the story does not answer the question.
    min_coverage: float = Field(default=0.5, ge=0.0, le=1.0)
    max_question_chars: int = Field(default=1000, ge=10)


@dataclass(frozen=True)
class FollowUp:
    """The previous turn of a conversation, so "what else did he say?" can be read."""

    question: str
    asked_speaker_id: str | None
    shown: tuple[tuple[str, int], ...] = ()  # (story id, paragraph) already shown


@dataclass(frozen=True)
class _Candidate:
    doc: int
    bm25: float
    speaker_quotes: int  # quotes in the passage by the speaker asked about


class Searcher:
    """Answers questions from one index snapshot. Cheap to call; holds no mutable state."""

    def __init__(self, snapshot: IndexSnapshot, settings: SearchSettings | None = None) -> None:
        self.snapshot = snapshot
        self.settings = settings or SearchSettings()
        self._stories = {s.id: s for s in snapshot.stories}
        self._people = {p.id: p for p in snapshot.people}
        self._quotes_by_passage: dict[tuple[str, int], list[Quote]] = {}
        for quote in snapshot.quotes:
            self._quotes_by_passage.setdefault((quote.story_id, quote.paragraph), []).append(quote)
        self._doc_of = {p.key: i for i, p in enumerate(snapshot.passages)}
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

    # -- the one public operation -------------------------------------------------------------

    def ask(
        self, question: str, *, top_k: int | None = None, follow_up: FollowUp | None = None
    ) -> Answer:
        """Answer `question` from the story, or abstain with a reason. Raises QuestionError."""
        text = self._checked(question)
        top_k = top_k or self.settings.top_k
        read = read_question(text, self.snapshot.people)
        speakers = self._asked_speakers(read, follow_up)
        quoted = tuple(p.name for p in self.quoted_people)

        if read.unknown_speaker is not None:
            return self._abstain(text, self._not_quoted_reason(read.unknown_speaker), quoted)
        if read.kind is QuestionKind.SPEAKER and read.pronoun and not speakers:
            return self._abstain(
                text, "I can't tell who you mean; ask with the person's name.", quoted
            )
        quoting = [p for p in speakers if self._has_quotes(p)]
        if speakers and not quoting:
            names = " or ".join(p.name for p in speakers)
            return self._abstain(
                text, f"The story mentions {names} but does not quote them.", quoted
            )

        query = self._query_terms(text, read, follow_up)
        candidates = self._rank(query, quoting, follow_up, top_k)
        if not candidates:
            return self._abstain(
                text, "The story doesn't say: no passage matches the question.", quoted
            )
        topic = self._topic_terms(text, read, speakers)
        coverage = self._coverage(topic, candidates[0].doc)
        if coverage < self.settings.min_coverage:
            about = f" what {quoting[0].name} said about that" if quoting else " that"
            return self._abstain(text, f"The story doesn't say{about}.", quoted)

        passages = self._render(candidates[:top_k], set(query))
        asked = self._asked_name(quoting, passages)
        return Answer(
            question=text,
            answered=True,
            asked_speaker=asked,
            passages=passages,
            matched_terms=self._matched_words(passages),
            quoted_speakers=quoted,
        )

    # -- reading the question -----------------------------------------------------------------

    def _checked(self, question: str) -> str:
        text = clean_question(question)
        if not text:
            raise QuestionError("Please ask a question about the story.")
        limit = self.settings.max_question_chars
        if len(text) > limit:
            raise QuestionError(
                f"That question is {len(text):,} characters long; please keep it under {limit:,}."
            )
        if not terms(text) and not read_question(text, self.snapshot.people).speakers:
            raise QuestionError(
                "I couldn't find any words to search for in that; try asking in a sentence."
            )
        return text

    def _asked_speakers(self, read: ReadQuestion, follow_up: FollowUp | None) -> list[Person]:
        if read.pronoun and follow_up and follow_up.asked_speaker_id in self._people:
            return [self._people[follow_up.asked_speaker_id]]
        return list(read.speakers)

    def _query_terms(self, text: str, read: ReadQuestion, follow_up: FollowUp | None) -> list[str]:
        query = [t.term for t in tokens(text) if not self._is_cue(t.start, t.end, read)]
        if follow_up and len(query) <= 1:  # "why?", "and Trump?": the topic carries over
            query += [t for t in terms(follow_up.question) if t not in SPEECH_STEMS]
        return query

    @staticmethod
    def _is_cue(start: int, end: int, read: ReadQuestion) -> bool:
        """Words that say how the question asks (the speech verb), not what about."""
        return read.verb_span is not None and read.verb_span[0] <= start < read.verb_span[1]

    def _topic_terms(self, text: str, read: ReadQuestion, speakers: Sequence[Person]) -> list[str]:
        """The question's terms minus the speaker's name and the speech verb."""
        topic: list[str] = []
        for token in tokens(text):
            if self._is_cue(token.start, token.end, read):
                continue
            if read.speaker_span and read.speaker_span[0] <= token.start < read.speaker_span[1]:
                continue
            topic.append(token.term)
        return topic

    # -- ranking ------------------------------------------------------------------------------

    def _rank(
        self,
        query: Sequence[str],
        speakers: Sequence[Person],
        follow_up: FollowUp | None,
        limit: int,
    ) -> list[_Candidate]:
        """The best `limit` passages; when a speaker is asked about, only passages quoting them.

        Cost follows the postings of the query's terms, not the size of the corpus.
        """
        index = self.snapshot.index
        shown = (
            {self._doc_of[key] for key in follow_up.shown if key in self._doc_of}
            if follow_up
            else set()
        )
        if speakers:
            docs, scores = index.sparse_scores(query)
            score_of = dict(zip(docs.tolist(), scores.tolist(), strict=True))
            counts: dict[int, int] = {}
            for person in speakers:
                for doc, count in self._docs_quoting.get(person.id, {}).items():
                    counts[doc] = counts.get(doc, 0) + count
            pool = [(doc, score_of.get(doc, 0.0), n) for doc, n in counts.items()]
        else:
            best = index.top_k(query, limit + len(shown))
            pool = [(doc, score, 0) for doc, score in best if score > 0]
        pool = [c for c in pool if c[0] not in shown]
        # Best score first; equal scores keep story order, so the earlier paragraph comes first.
        pool.sort(key=lambda c: (-c[1], c[0]))
        return [_Candidate(doc, score, n) for doc, score, n in pool[:limit]]

    def _coverage(self, topic: Sequence[str], doc: int) -> float:
        """The idf-weighted share of the topic terms found in passage `doc` (1.0: no topic)."""
        if not topic:
            return 1.0
        index = self.snapshot.index
        n = len(index)
        total = found = 0.0
        for term in set(topic):
            df = index.document_frequency(term)
            weight = math.log(1 + (n - df + 0.5) / (df + 0.5))
            total += weight
            if index.contains(doc, term):
                found += weight
        return found / total if total else 1.0

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
                    quotes=self._answer_quotes(passage, story),
                    highlights=tuple(
                        Span(start=t.start, end=t.end)
                        for t in tokens(passage.text)
                        if t.term in query
                    ),
                    outlet=story.meta.outlet,
                    url=story.meta.url,
                    published=story.meta.published,
                )
            )
        return tuple(ranked)

    def _answer_quotes(self, passage: Passage, story: Story) -> tuple[AnswerQuote, ...]:
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

    @staticmethod
    def _matched_words(passages: Sequence[RankedPassage]) -> tuple[str, ...]:
        words: dict[str, None] = {}
        for passage in passages:
            for span in passage.highlights:
                words.setdefault(passage.text[span.start : span.end].lower(), None)
        return tuple(words)

    def _asked_name(
        self, speakers: Sequence[Person], passages: Sequence[RankedPassage]
    ) -> str | None:
        if len(speakers) == 1:
            return speakers[0].name
        names = {p.name for p in speakers}
        for passage in passages[:1]:
            for quote in passage.quotes:
                if quote.speaker in names:
                    return quote.speaker
        return None

    def _has_quotes(self, person: Person) -> bool:
        return any(p.id == person.id for p in self.quoted_people)

    def _not_quoted_reason(self, who: str) -> str:
        return f"The story doesn't quote {who}."

    def _abstain(self, question: str, reason: str, quoted: tuple[str, ...]) -> Answer:
        return Answer(question=question, answered=False, reason=reason, quoted_speakers=quoted)


def _verbatim(passage: Passage, story: Story) -> bool:
    return story.body[passage.start : passage.end] == passage.text
