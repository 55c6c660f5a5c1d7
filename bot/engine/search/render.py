"""Candidates as answers show them: verbatim passages with their citation, quotes and
highlights, and who of the speakers asked about the answer is for."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer import AnswerQuote, RankedPassage
from bot.engine.caches import remember
from bot.engine.models import Person, Span
from bot.engine.search.base import PASSAGE_CACHE_SIZE, Candidate
from bot.engine.search.signals import ConfidenceSignals
from bot.engine.trusted import trusted

_SPAN_CACHE_SIZE = 50_000  # a bound on the highlight spans kept


class Rendering(ConfidenceSignals):
    """Ranked passages from candidates."""

    def _render(
        self, candidates: Sequence[Candidate], query: set[str]
    ) -> tuple[RankedPassage, ...]:
        ranked: list[RankedPassage] = []
        stories = self.snapshot.stories  # what is shown of a story, without making all of it
        for candidate in candidates:
            passage = self.snapshot.passages[candidate.passage]
            if stories.text(passage.story_id, passage.start, passage.end) != passage.text:
                continue  # never show text that is not exactly the story's
            meta = stories.meta(passage.story_id)
            # made from values of the right types (the story's own, the score a float):
            # validating them again was 10 µs a passage
            ranked.append(
                trusted(
                    RankedPassage,
                    {
                        "rank": len(ranked) + 1,
                        "story_id": meta.id,
                        "title": meta.title,
                        "paragraph": passage.paragraph,
                        "text": passage.text,
                        "score": float(candidate.bm25),
                        "quotes": self._answer_quotes(candidate.passage),
                        "highlights": tuple(
                            self._span(start, end)
                            for term, start, end in self._placed_terms(candidate.passage)
                            if term in query
                        ),
                        "outlet": meta.outlet,
                        "url": meta.url,
                        "published": meta.published,
                    },
                )
            )
        return tuple(ranked)

    def _answer_quotes(self, passage: int) -> tuple[AnswerQuote, ...]:
        """The quotes of a passage as answers show them; worked out once per passage."""
        cached = self._quotes_cache.get(passage)
        if cached is None:
            cached = self._quotes_in(passage)
            remember(self._quotes_cache, passage, cached, PASSAGE_CACHE_SIZE)
        return cached

    def _quotes_in(self, number: int) -> tuple[AnswerQuote, ...]:
        quotes: list[AnswerQuote] = []
        stories = self.snapshot.stories
        passage = self.snapshot.passages[number]
        for quote in self._quotes_of(number):
            if stories.text(quote.story_id, quote.start, quote.end) != quote.text:
                continue
            speaker = self._people.get(quote.speaker_id) if quote.speaker_id else None
            # made from the stored quote's own values, of the right types (`trusted`)
            quotes.append(
                trusted(
                    AnswerQuote,
                    {
                        "text": quote.text,
                        "speaker": speaker.name if speaker else None,
                        "kind": quote.kind,
                        "start": quote.start - passage.start,
                        "end": quote.end - passage.start,
                    },
                )
            )
        return tuple(quotes)

    def _span(self, start: int, end: int) -> Span:
        """One Span for each pair of offsets: highlights repeat from answer to answer, and
        building a pydantic model costs more than finding the one built before."""
        span = self._span_cache.get((start, end))
        if span is None:
            # from the passage's stored offsets, ints (`trusted`): validating each new one was
            # most of making it
            span = trusted(Span, {"start": start, "end": end})
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
