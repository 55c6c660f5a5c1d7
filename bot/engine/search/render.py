"""Candidates as answers show them: verbatim passages with their citation, quotes and
highlights, and who of the speakers asked about the answer is for."""

from __future__ import annotations

from collections.abc import Sequence

from bot.engine.answer import AnswerQuote, RankedPassage
from bot.engine.caches import remember
from bot.engine.models import Person, Span
from bot.engine.search.base import PASSAGE_CACHE_SIZE, Candidate
from bot.engine.search.signals import ConfidenceSignals
from bot.engine.shown import ShownPassage, shown_quote, shown_quote_facts
from bot.engine.trusted import trusted

_SPAN_CACHE_SIZE = 50_000  # a bound on the highlight spans kept


class Rendering(ConfidenceSignals):
    """Ranked passages from candidates."""

    def _render(
        self, candidates: Sequence[Candidate], query: set[str]
    ) -> tuple[RankedPassage, ...]:
        ranked: list[RankedPassage] = []
        for candidate in candidates:
            shown = self._shown(candidate.passage)
            if shown is None:
                continue  # never show text that is not exactly the story's
            # made from values of the right types (the story's own, the score a float):
            # validating them again was 10 µs a passage
            ranked.append(
                trusted(
                    RankedPassage,
                    {
                        "rank": len(ranked) + 1,
                        "story_id": shown.story_id,
                        "title": shown.title,
                        "paragraph": shown.paragraph,
                        "text": shown.text,
                        "score": float(candidate.bm25),
                        "quotes": shown.quotes,
                        "highlights": tuple(
                            self._span(start, end)
                            for term, start, end in self._placed_terms(candidate.passage)
                            if term in query
                        ),
                        "outlet": shown.outlet,
                        "url": shown.url,
                        "published": shown.published,
                    },
                )
            )
        return tuple(ranked)

    def _shown(self, passage: int) -> ShownPassage | None:
        """Passage `passage` as answers show it (None: never shown); worked out once per
        passage, or read from the build's files where they hold it (`shown.py`)."""
        cache = self._shown_cache
        if passage in cache:
            return cache[passage]
        stored = self.snapshot.shown
        shown = stored.get(passage) if stored is not None else self._made_shown(passage)
        return remember(cache, passage, shown, PASSAGE_CACHE_SIZE)

    def _made_shown(self, number: int) -> ShownPassage | None:
        """A passage's shown form made from its story and quotes (`shown.write_shown` stores
        the same with a build's files)."""
        stories = self.snapshot.stories  # what is shown of a story, without making all of it
        passage = self.snapshot.passages[number]
        if stories.text(passage.story_id, passage.start, passage.end) != passage.text:
            return None
        meta = stories.meta(passage.story_id)
        return ShownPassage(
            story_id=meta.id,
            title=meta.title,
            paragraph=passage.paragraph,
            text=passage.text,
            quotes=self._quotes_in(number),
            outlet=meta.outlet,
            url=meta.url,
            published=meta.published,
        )

    def _answer_quotes(self, passage: int) -> tuple[AnswerQuote, ...]:
        """The quotes of a passage as answers show them."""
        shown = self._shown(passage)
        return shown.quotes if shown is not None else self._quotes_in(passage)

    def _quotes_in(self, number: int) -> tuple[AnswerQuote, ...]:
        stories = self.snapshot.stories
        passage = self.snapshot.passages[number]
        return tuple(
            shown_quote(shown_quote_facts(quote, passage.start, self._people))
            for quote in self._quotes_of(number)
            if stories.text(quote.story_id, quote.start, quote.end) == quote.text
        )

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
