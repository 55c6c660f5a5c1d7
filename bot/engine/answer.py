"""The Answer every front end renders. Its JSON's keys (`public_json`) are read by other tools:
keep them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, SkipValidation

from bot.engine.models import QuoteKind, Span, StoryMeta

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

    def quotes_by_speaker(self) -> list[AnswerQuote]:
        """Each attributed quote once, when the passage quotes two people or more, so each
        quotation is shown with its own speaker (and its kind: reported speech is no
        quotation); [] when one person (or nobody) is quoted: the passage's one speaker line
        says it all."""
        attributed: dict[tuple[str, str], AnswerQuote] = {}
        for quote in self.quotes:
            if quote.speaker:
                attributed.setdefault((quote.speaker, quote.text), quote)
        if len({speaker for speaker, _ in attributed}) < 2:
            return []
        return list(attributed.values())

    def citation_parts(self) -> list[str]:
        return citation_parts(
            story_id=self.story_id,
            title=self.title,
            outlet=self.outlet,
            published=self.published,
            paragraph=self.paragraph,
        )


class FactLine(BaseModel):
    """One line of an answer about the story itself: the bot's words, and a link after them."""

    model_config = ConfigDict(frozen=True)

    text: str
    url: str | None = None


class AboutStory(BaseModel):
    """An answer about the story itself ("who wrote this", "when was it published", "where's
    the link"): what was asked and what the story's own header says, each field empty where
    the header leaves it so. The story's byline line, when it has one, is the answer's
    passage."""

    model_config = ConfigDict(frozen=True)

    asked: tuple[str, ...]  # story_facts.StoryFact values, in the order asked
    story: StoryMeta  # the story's header
    quoted: tuple[str, ...] = ()  # whom it quotes (in quotation marks), when asked ("quoted")
    reported: tuple[str, ...] = ()  # whose words it only reports, when asked ("quoted")

    def lines(self) -> list[FactLine]:
        """What the bot says of each fact asked, the same on every front end; plainly that
        the story does not give it when its header is empty."""
        lines = [FactLine(text=f"About the story {self._name()}:")]
        for fact in self.asked:
            lines.append(self._line(fact))
        return lines

    def _name(self) -> str:
        return f"“{self.story.title}”" if self.story.title else self.story.id

    def _line(self, fact: str) -> FactLine:
        if fact == "byline":
            return FactLine(text=self._byline())
        if fact == "published":
            if self.story.published:
                return FactLine(text=f"Published on {self.story.published.isoformat()}.")
            return FactLine(text="Its publication date is not given in the story's details.")
        if fact == "outlet":
            if self.story.outlet:
                return FactLine(text=f"Published by {self.story.outlet}.")
            return FactLine(text="The outlet that published it is not given in its details.")
        if fact == "url":
            if self.story.url:
                return FactLine(text="Its link:", url=self.story.url)
            return FactLine(text="There is no link to it in the story's details.")
        if fact == "gist":
            return FactLine(text="What it is about, in its opening paragraphs:")
        if fact == "quoted":
            if self.quoted and self.reported:
                return FactLine(
                    text=f"It quotes {_names(self.quoted)}; it reports what "
                    f"{_names(self.reported)} said."
                )
            if self.reported:
                return FactLine(text=f"It reports what {_names(self.reported)} said.")
            if self.quoted:
                return FactLine(text=f"It quotes {_names(self.quoted)}.")
            return FactLine(text="It quotes no one by name.")
        if self.story.title:
            return FactLine(text=f"Its title is “{self.story.title}”.")
        return FactLine(text="It has no title in its details.")

    def _byline(self) -> str:
        helped = _names(self.story.contributors)
        if self.story.authors:
            written = f"Written by {_names(self.story.authors)}"
            return f"{written}; {helped} contributed." if helped else f"{written}."
        if helped:
            return f"No author is named; {helped} contributed to the story."
        return "No author is named in the story or its details."

    def public_json(self) -> dict[str, object]:
        return {
            "asked": list(self.asked),
            "document": self.story.id,
            "title": self.story.title,
            "outlet": self.story.outlet,
            "url": self.story.url,
            "published": self.story.published.isoformat() if self.story.published else None,
            "authors": list(self.story.authors),
            "contributors": list(self.story.contributors),
            "quoted": list(self.quoted),
            "reported": list(self.reported),
        }


class AboutBot(BaseModel):
    """An answer about the bot itself ("what are your sources", "how do you know this", "what
    can you do"): what was asked, and the stories it answers from, each as its header gives
    it, the same words on every front end (`lines`)."""

    model_config = ConfigDict(frozen=True)

    asked: tuple[str, ...]  # about_bot.BotTopic values, in the order asked
    # the stories listed: those of the answer asked about ("where's this from" in reply to
    # one), else the corpus's first few
    stories: tuple[StoryMeta, ...]
    story_count: int  # the stories the bot answers from, in all
    of_answer: bool = False  # `stories` are those the answer replied to quotes
    example: str | None = None  # a question the stories answer, for "what can you do"

    def lines(self) -> list[FactLine]:
        """What the bot says of itself for each topic asked, then the stories listed (their
        title, outlet, date and link; how many more there are)."""
        lines = [FactLine(text=self._topic_line(topic)) for topic in self.asked]
        if self.example and "abilities" in self.asked:
            lines.append(FactLine(text=f"For example: “{self.example}”"))
        lines.append(FactLine(text=self._heading()))
        lines += [_story_line(story) for story in self.stories]
        more = self.story_count - len(self.stories)
        if more > 0 and not self.of_answer:
            lines.append(FactLine(text=f"… and {more:,} more."))
        return lines

    def _topic_line(self, topic: str) -> str:
        one = self.story_count == 1
        them, story = ("it", "the story") if one else ("them", "the stories")
        if topic == "sources":
            mine = "My source is the one story" if one else "My sources are the stories"
            return (
                f"{mine} I have read: I answer only from {them}, quoting {them} word for word "
                "with who said each quotation."
            )
        if topic == "method":
            says, does = ("says", "does") if one else ("say", "do")
            return (
                f"I'm a bot that knows only what {story} {says}: I find the paragraphs that "
                "answer a question and quote them word for word, with where each stands and "
                "who is quoted, adding nothing of my own. When they may not answer I say so, "
                f"and when {story} {does} not answer I say that rather than guess."
            )
        return (
            f"Ask me about {story} in a sentence: what someone said, who someone is, what "
            "happened, when or how many; or who wrote a story, when it was published and its "
            f"link. I answer by quoting {them} word for word."
        )

    def _heading(self) -> str:
        count = len(self.stories)
        if self.of_answer:
            return "The story that answer quotes:" if count == 1 else "The stories it quotes:"
        if self.story_count == 1:
            return "The story:"
        if count == self.story_count:
            return f"The {count:,} stories:"
        return f"{count:,} of the {self.story_count:,} stories:"

    def public_json(self) -> dict[str, object]:
        return {
            "asked": list(self.asked),
            "story_count": self.story_count,
            "stories": [
                {
                    "document": story.id,
                    "title": story.title,
                    "outlet": story.outlet,
                    "url": story.url,
                    "published": story.published.isoformat() if story.published else None,
                }
                for story in self.stories
            ],
            "example": self.example,
        }


def _story_line(story: StoryMeta) -> FactLine:
    """ "“Title”, Outlet, 2025-04-14" and its link; plainly what its header leaves empty."""
    facts = [f"“{story.title}”" if story.title else story.id]
    if story.outlet:
        facts.append(story.outlet)
    if story.published:
        facts.append(story.published.isoformat())
    missing = [
        name
        for name, value in (
            ("title", story.title),
            ("outlet", story.outlet),
            ("date", story.published),
            ("link", story.url),
        )
        if not value
    ]
    text = ", ".join(facts)
    if missing:
        text += f" (its details give no {_or_list(missing)})"
    return FactLine(text=text, url=story.url)


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _names(names: tuple[str, ...]) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class AnswerPart(BaseModel):
    """One question of a message asking two or more ("how many were detained? and how many
    charged"): its words as typed, its own confidence (None: the story does not answer it) and
    the rank in the answer's passages of the passage found first for it (None when refused, or
    left out for length)."""

    model_config = ConfigDict(frozen=True)

    question: str
    confidence: Confidence | None
    rank: int | None = None


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
    # Whom a "who ..." question's high answer names: the one person its first passage quotes
    # ("who voted against it"), whom a follow-up's "he" or "she" means (not in public JSON)
    named_speaker_id: str | None = None
    passages: tuple[RankedPassage, ...] = ()
    matched_terms: tuple[str, ...] = ()  # question words found in the passages
    # Who the corpus quotes: set when a refusal is about a person, so the reply can say whom
    # the story does quote. Not checked name by name: the searcher passes the build's names
    # as a tuple, and checking 5,000 of them took 0.7 ms of every answer at 100,000 passages.
    quoted_speakers: SkipValidation[tuple[str, ...]] = ()
    # Whose words the story only reports (never in quotation marks), set with quoted_speakers
    # and not among them: the reply says it reports what they said, not that it quotes them
    reported_speakers: SkipValidation[tuple[str, ...]] = ()
    scope: str | None = None  # a refusal not about a person: one line on what the corpus covers
    # A question about the story itself, answered from its header and byline: what it says
    # (the passages, if any, are its byline line). None for every other answer.
    about_story: AboutStory | None = None
    # A question about the bot itself ("what are your sources", "what can you do"): what it
    # says of itself and the stories it answers from; no passages. None for every other answer.
    about_bot: AboutBot | None = None
    # Said before the passages of a reply whose conversation's story quotes no one the question
    # asks the words of, which are other stories' ("“...” doesn't quote the mayor. From the
    # other stories:"); None for every other answer.
    note: str | None = None
    # A message of two questions or more: each with its own confidence, so a reply held low
    # for one part can say which part its passages do answer; () for one question. The
    # message's confidence is never higher than its weakest part's.
    parts: tuple[AnswerPart, ...] = ()

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
            "about_story": self.about_story.public_json() if self.about_story else None,
            "about_bot": self.about_bot.public_json() if self.about_bot else None,
            "note": self.note,
            "parts": [
                {"question": part.question, "confidence": part.confidence, "rank": part.rank}
                for part in self.parts
            ],
        }
