"""The engine's data: stories, their passages, the people in them and what they said."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class StoryMeta(Frozen):
    """The TOML header of a story file. Only `id` is required; unknown facts stay empty."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,99}$")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()


class Span(Frozen):
    """Character offsets [start, end) into a story's body."""

    start: int
    end: int


class ParagraphRole(StrEnum):
    """Why a paragraph of the body is, or is not, story text that may be quoted."""

    STORY = "story"
    CREDIT = "credit"  # "X contributed to this story": becomes metadata, never an answer
    INSERTED = "inserted"  # the headline of another article dropped into the body


class Passage(Frozen):
    """One paragraph of a story body. `paragraph` counts every paragraph of the body from 1."""

    story_id: str
    paragraph: int
    text: str
    start: int
    end: int
    sentences: tuple[Span, ...]
    role: ParagraphRole = ParagraphRole.STORY

    @property
    def key(self) -> tuple[str, int]:
        return (self.story_id, self.paragraph)


class Story(Frozen):
    """A loaded story file: its metadata, its body exactly as in the file, and its paragraphs."""

    meta: StoryMeta
    source: str  # the file name inside the corpus folder
    body: str
    paragraphs: tuple[Passage, ...]

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def passages(self) -> tuple[Passage, ...]:
        """The paragraphs that are story text: the only ones that may be quoted."""
        return tuple(p for p in self.paragraphs if p.role is ParagraphRole.STORY)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class RoleOwner(Frozen):
    """An owner a story writes one of someone's roles with (`role_owners`): beside their name
    ("The tenants' lawyer, Sam Reyes": "the tenants"), or a common word's possessive right
    before the words of a role of theirs anywhere in the story ("The hospital's chief
    executive": "hospital", where it stands among the story's lower-case words and how many
    words of their role follow it)."""

    story_id: str
    words: str  # the owner as the story writes it: "the tenants", "Brightline", "hospital"
    # beside their name, an owner written by a name: that name at its longest in the story
    # ("Brightline Chemicals" of "a spokeswoman for Brightline"), for an owner asked by what
    # it is ("the chemical company")
    named: str = ""
    beside: bool = False  # written next to their name
    at: int = -1  # a possessive before a role: its place among the story's lower-case words
    held: int = 0  # and the words of their longest role written right after it


class Person(Frozen):
    """Someone (or some organisation) the story names, with every way it refers to them."""

    id: str  # a slug of the canonical name, unique across the corpus
    name: str  # canonical full name: "Nayib Bukele"
    kind: SpeakerKind = SpeakerKind.PERSON
    aliases: tuple[str, ...] = ()  # surface forms: "Bukele", "Nayib Bukele"
    roles: tuple[str, ...] = ()  # "Salvadoran President", "president"
    stories: tuple[str, ...] = ()  # ids of the stories that name them
    # for a body, the nouns the story calls it by after naming it ("the company" of Harrow
    # Foods): read by the question side's descriptions only, never by the resolver, which
    # leaves "the company said" nobody's
    called: tuple[str, ...] = ()
    # the owners their stories write their roles with ("The tenants' lawyer, Sam Reyes"),
    # read when each story is analysed (`role_owners`), for a role asked by its owner
    owners: tuple[RoleOwner, ...] = ()


class QuoteKind(StrEnum):
    DIRECT = "direct"  # a full quotation
    PARTIAL = "partial"  # a quoted fragment inside reported speech
    INDIRECT = "indirect"  # reported speech without quotation marks


class Quote(Frozen):
    """A quotation and who said it. `text` is exactly story.body[start:end]."""

    story_id: str
    paragraph: int
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker_id: str | None  # None: the story does not let us tell who said it
    cue: str = ""  # the rule that attributed it, for debugging and tests


class StoryAttribution(BaseModel):
    """The people a story (or a corpus) names and every quotation with its speaker (made by
    bot.engine.attribution; here so that reading a stored build needs none of its modules)."""

    model_config = ConfigDict(frozen=True)

    people: tuple[Person, ...]
    quotes: tuple[Quote, ...]


def quotes_by_passage(quotes: Iterable[Quote]) -> dict[tuple[str, int], list[Quote]]:
    """`quotes` grouped by the passage holding them ((story id, paragraph): `Passage.key`), in
    the order given."""
    grouped: dict[tuple[str, int], list[Quote]] = {}
    for quote in quotes:
        grouped.setdefault((quote.story_id, quote.paragraph), []).append(quote)
    return grouped
