"""One hierarchy for every error storybot expects.

    StoryBotError                 anything the bot expects and can explain to a person
    ├── ConfigError               the configuration file or environment is wrong
    ├── CorpusError               a story file is broken (names the file and the problem)
    ├── QuestionError             a question the engine cannot take (empty, blank)
    ├── IndexNotBuiltError        asked before any index was built
    ├── StorageError              the database cannot be read or written
    └── ReindexBusyError          another process sharing the database is reindexing

Front ends turn these into friendly messages; anything else is a bug, logged with its traceback.
"""

from __future__ import annotations

from pathlib import Path


class StoryBotError(Exception):
    """Base of every error storybot expects; its message is fit to show a person."""


class ConfigError(StoryBotError):
    """The configuration cannot be used."""


class CorpusError(StoryBotError):
    """A story file cannot be loaded; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class QuestionError(StoryBotError):
    """The question cannot be asked as given (for example, it is empty)."""


class IndexNotBuiltError(StoryBotError):
    """No index has been built yet."""


class StorageError(StoryBotError):
    """The database cannot be read or written."""


class ReindexBusyError(StoryBotError):
    """A reindex was refused: another process sharing the database is reindexing."""
