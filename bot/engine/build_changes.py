"""What a reindex changed: the stories, passages and quotes one build has and another lacks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.engine.models import Quote
from bot.engine.snapshot import IndexSnapshot


@dataclass(frozen=True)
class BuildChanges:
    stories_added: tuple[str, ...] = ()
    stories_removed: tuple[str, ...] = ()
    passages_added: int = 0  # distinct (story, text)
    passages_removed: int = 0
    quotes_added: int = 0  # distinct (story, text, speaker, kind)
    quotes_removed: int = 0


def build_changes(old: IndexSnapshot | None, new: IndexSnapshot) -> BuildChanges:
    """The changes from `old` to `new`, counted story by story (each counted thing names its
    story, so the whole builds' differences are the sum of the stories').

    A story analysed from the same file in both builds has the same passages in both, and the
    same quotes unless the merge across stories gave a speaker another id: only the others are
    compared (comparing every one of 100,000 passages and 62,000 quotes took a second).
    """
    before = {a.story_id: a for a in old.analyses} if old else {}
    after = {a.story_id: a for a in new.analyses}
    quotes_before = _by_story(old.quotes) if old else {}
    quotes_after = _by_story(new.quotes)
    counts = [0, 0, 0, 0]  # passages added, removed; quotes added, removed
    for story_id in before.keys() | after.keys():
        was, now = before.get(story_id), after.get(story_id)
        quoted_before, quoted_now = quotes_before.get(story_id, []), quotes_after.get(story_id, [])
        same_file = was is not None and now is not None and was.key == now.key
        if not same_file:
            texts_before = set(was.passage_texts()) if was else set()
            texts_now = set(now.passage_texts()) if now else set()
            counts[0] += len(texts_now - texts_before)
            counts[1] += len(texts_before - texts_now)
        if not same_file or _speakers(quoted_before) != _speakers(quoted_now):
            quotes_was = {(q.text, q.speaker_id, q.kind) for q in quoted_before}
            quotes_now = {(q.text, q.speaker_id, q.kind) for q in quoted_now}
            counts[2] += len(quotes_now - quotes_was)
            counts[3] += len(quotes_was - quotes_now)
    return BuildChanges(
        stories_added=tuple(sorted(after.keys() - before.keys())),
        stories_removed=tuple(sorted(before.keys() - after.keys())),
        passages_added=counts[0],
        passages_removed=counts[1],
        quotes_added=counts[2],
        quotes_removed=counts[3],
    )


def _by_story(quotes: Sequence[Quote]) -> dict[str, list[Quote]]:
    grouped: dict[str, list[Quote]] = {}
    for quote in quotes:
        grouped.setdefault(quote.story_id, []).append(quote)
    return grouped


def _speakers(quotes: Sequence[Quote]) -> list[str | None]:
    return [q.speaker_id for q in quotes]
