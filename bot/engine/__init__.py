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
"""

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
