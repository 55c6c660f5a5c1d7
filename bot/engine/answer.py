"""The Answer every front end renders. Its JSON's keys (`public_json`) are read by other tools:
keep them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, SkipValidation

from bot.engine.models import QuoteKind, Span

# How sure the engine is that its passages answer: "high", they do; "low", they are the closest
# the story comes and front ends say so (LOW_CONFIDENCE_NOTE) before showing them.
Confidence = Literal["high", "low"]
LOW_CONFIDENCE_NOTE = "The story may not answer that directly; the closest it comes:"


def citation_parts(
    *,
    story_id: str,
    title: str | None,
    outlet: str | None,
    published: dt.date | None,
    paragraph: int,
) -> list[str]:
    """Where a passage stands, in the order people cite it: title (or story id), outlet, date,
    paragraph. Front ends join, escape and link these their own way."""
    parts = [title or story_id]
    if outlet:
        parts.append(outlet)
    if published:
        parts.append(published.isoformat())
    parts.append(f"paragraph {paragraph}")
    return parts


class AnswerQuote(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    speaker: str | None  # the speaker's full canonical name; None when the story does not say
    kind: QuoteKind
    start: int  # offsets into the passage text, for rendering
    end: int


class RankedPassage(BaseModel):
    model_config = ConfigDict(frozen=True)

    rank: int
    story_id: str
    title: str | None
    paragraph: int
    text: str  # verbatim from the story
    score: float
    quotes: tuple[AnswerQuote, ...] = ()
    highlights: tuple[Span, ...] = ()  # offsets into `text` of the words that matched
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    def quotes_by_speaker(self) -> list[tuple[str, str]]:
        """(speaker, quotation) for each attributed quote, when the passage quotes two people or
        more, so each quotation is shown with its own speaker; [] when one person (or nobody)
        is quoted: the passage's one speaker line says it all."""
        attributed = [(q.speaker, q.text) for q in self.quotes if q.speaker]
        if len({speaker for speaker, _ in attributed}) < 2:
            return []
        return list(dict.fromkeys(attributed))

    def citation_parts(self) -> list[str]:
        return citation_parts(
            story_id=self.story_id,
            title=self.title,
            outlet=self.outlet,
            published=self.published,
            paragraph=self.paragraph,
        )


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    question: str
    answered: bool
    reason: str | None = None  # why the engine abstained; None when answered
    # When answered: "high" (the passages answer) or "low" (the closest passages, which may
    # not answer). None for a refusal.
    confidence: Confidence | None = None
    asked_speaker: str | None = None  # canonical name of the person the question asks about
    asked_speaker_id: str | None = None  # that person's id, for follow-ups (not in public JSON)
    passages: tuple[RankedPassage, ...] = ()
    matched_terms: tuple[str, ...] = ()  # question words found in the passages
    # Who the corpus quotes: set when a refusal is about a person, so the reply can say whom
    # the story does quote. Not checked name by name: the searcher passes the build's names
    # as a tuple, and checking 5,000 of them took 0.7 ms of every answer at 100,000 passages.
    quoted_speakers: SkipValidation[tuple[str, ...]] = ()
    scope: str | None = None  # a refusal not about a person: one line on what the corpus covers

    def public_json(self) -> dict[str, object]:
        """The documented JSON shape of `storybot ask --json`."""
        return {
            "question": self.question,
            "answered": self.answered,
            "confidence": self.confidence,
            "reason": self.reason,
            "asked_speaker": self.asked_speaker,
            "passages": [
                {
                    "rank": p.rank,
                    "document": p.story_id,  # the documented key
                    "title": p.title,
                    "paragraph": p.paragraph,
                    "text": p.text,
                    "score": round(p.score, 6),
                    "quotes": [
                        {"text": q.text, "speaker": q.speaker, "kind": q.kind.value}
                        for q in p.quotes
                    ],
                }
                for p in self.passages
            ],
        }
