"""The story engine: corpus, attribution, retrieval, answers. Knows nothing of Discord or SQLite.

Front ends import from here only. The surface:

- `StoryService`: the one entry point (ask, quotes, stories, reindex, corpus changes), built
  with `StoryService.from_settings`; `AskSource` says who asked, for the query log.
- `Answer`, `RankedPassage`, `AnswerQuote`: what every front end renders; `citation_parts` and
  `LOW_CONFIDENCE_NOTE` say how a passage is cited and how a low-confidence answer is framed.
- `FollowUp`: what an earlier turn of a conversation lends the next question.
- The story models (`Story`, `Passage`, `Person`, `Quote`, ...) and the service's reports
  (`QuoteView`, `ReindexReport`, `CorpusChange`, `BuildRecord`, `KeptCopy`, `QueryLogEntry`).
- Errors raised by corpus changes: `StoryExistsError`, `NothingKeptError` (both
  `bot.errors.StoryBotError`s, like every error the engine raises).
- The evaluation the CLI runs: `evaluate`, `load_items`, `half`, `with_typos`.

Each name is imported from its module when first used (PEP 562), so a process that needs one
part of the engine (a build's worker process, `storybot ask`) does not import all of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.engine.answer import (
        LOW_CONFIDENCE_NOTE,
        Answer,
        AnswerQuote,
        Confidence,
        RankedPassage,
        citation_parts,
    )
    from bot.engine.corpus_files import KeptCopy
    from bot.engine.evaluation import evaluate, half, load_items, with_typos
    from bot.engine.models import (
        Passage,
        Person,
        Quote,
        QuoteKind,
        Span,
        SpeakerKind,
        Story,
        StoryMeta,
    )
    from bot.engine.reports import (
        AskSource,
        CorpusChange,
        NothingKeptError,
        QuoteView,
        ReindexReport,
        StoryExistsError,
    )
    from bot.engine.search import FollowUp, SearchSettings
    from bot.engine.service import StoryService
    from bot.engine.snapshot import BuildRecord, QueryLogEntry

_WHERE = {
    "LOW_CONFIDENCE_NOTE": "bot.engine.answer",
    "Answer": "bot.engine.answer",
    "AnswerQuote": "bot.engine.answer",
    "Confidence": "bot.engine.answer",
    "RankedPassage": "bot.engine.answer",
    "citation_parts": "bot.engine.answer",
    "KeptCopy": "bot.engine.corpus_files",
    "evaluate": "bot.engine.evaluation",
    "half": "bot.engine.evaluation",
    "load_items": "bot.engine.evaluation",
    "with_typos": "bot.engine.evaluation",
    "Passage": "bot.engine.models",
    "Person": "bot.engine.models",
    "Quote": "bot.engine.models",
    "QuoteKind": "bot.engine.models",
    "Span": "bot.engine.models",
    "SpeakerKind": "bot.engine.models",
    "Story": "bot.engine.models",
    "StoryMeta": "bot.engine.models",
    "AskSource": "bot.engine.reports",
    "CorpusChange": "bot.engine.reports",
    "NothingKeptError": "bot.engine.reports",
    "QuoteView": "bot.engine.reports",
    "ReindexReport": "bot.engine.reports",
    "StoryExistsError": "bot.engine.reports",
    "FollowUp": "bot.engine.search",
    "SearchSettings": "bot.engine.search",
    "StoryService": "bot.engine.service",
    "BuildRecord": "bot.engine.snapshot",
    "QueryLogEntry": "bot.engine.snapshot",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found directly from now on
    return value


__all__ = [
    "LOW_CONFIDENCE_NOTE",
    "Answer",
    "AnswerQuote",
    "AskSource",
    "BuildRecord",
    "Confidence",
    "CorpusChange",
    "FollowUp",
    "KeptCopy",
    "NothingKeptError",
    "Passage",
    "Person",
    "QueryLogEntry",
    "Quote",
    "QuoteKind",
    "QuoteView",
    "RankedPassage",
    "ReindexReport",
    "SearchSettings",
    "Span",
    "SpeakerKind",
    "Story",
    "StoryExistsError",
    "StoryMeta",
    "StoryService",
    "citation_parts",
    "evaluate",
    "half",
    "load_items",
    "with_typos",
]
