"""What the buttons under a stored answer act on, whatever the front end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine import Story
from bot.errors import StoryBotError
from bot.storage import StoredAnswer

CONTEXT_PASSAGES = 3  # "More context" shows the paragraphs around this many of the passages
CONTEXT_RADIUS = 1  # paragraphs either side of each


class AnswerGone(StoryBotError):
    """A button under an answer no longer stored (forgotten after the retention period)."""

    def __init__(self) -> None:
        super().__init__("I no longer have that answer; please ask again.")


@dataclass(frozen=True)
class ShownPassage:
    """A passage as it was shown under an answer (kept in storage for the buttons)."""

    story_id: str
    paragraph: int
    text: str


def shown_passages(stored: StoredAnswer, stories: Sequence[Story]) -> list[ShownPassage]:
    """The passages the answer showed, in the words it showed them (answers stored before
    those were kept: as the story reads now)."""
    if len(stored.shown_texts) == len(stored.shown):
        texts = stored.shown_texts
    else:
        now = {(p.story_id, p.paragraph): p.text for s in stories for p in s.passages}
        texts = tuple(now.get(key, "(no longer in the story)") for key in stored.shown)
    return [
        ShownPassage(story_id=s, paragraph=n, text=text)
        for (s, n), text in zip(stored.shown, texts, strict=True)
    ]


def context_targets(stored: StoredAnswer, stories: Sequence[Story]) -> list[tuple[Story, int]]:
    """The stories and paragraphs "More context" shows around: the answer's first passages
    that are still in the indexed stories."""
    by_id = {s.id: s for s in stories}
    return [(by_id[d], p) for d, p in stored.shown if d in by_id][:CONTEXT_PASSAGES]
