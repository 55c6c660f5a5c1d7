"""Storage: one SQLite file through aiosqlite, or a PostgreSQL database several processes
share through asyncpg (`Database.open(path_or_url)`). The only package that holds SQL: the
stores' statements are the same on both (sql.py); the schema is in both forms (migrations.py).

    Database                  the process's storage; the engine's IndexStore
    ├── builds                index builds: save a snapshot atomically, load the active one
    ├── query_log             every question asked; statistics over a period
    ├── guild_settings        GuildSettings per Discord guild, defaults when never configured
    ├── workspace_settings    WorkspaceSettings per Slack workspace, likewise
    ├── external_ids          integer keys for Slack's string ids (the other tables use them)
    ├── votes                 one vote per person and answer
    ├── misquotes             misquote reports
    ├── answers               answers kept for their buttons, across restarts
    └── conversations         conversation turns for follow-up questions

Expected failures (locked by another writer, disk full, not a database, the server gone)
raise StorageError.
"""

from bot.storage.answers import Conversations, ConversationTurn, StoredAnswer, StoredAnswers
from bot.storage.builds import Builds
from bot.storage.database import DEFAULT_BUSY_TIMEOUT, Database
from bot.storage.external_ids import ExternalIds
from bot.storage.feedback import MisquoteReport, MisquoteReports, VoteCounts, Votes, VoteValue
from bot.storage.guilds import (
    GuildSettings,
    GuildSettingsStore,
    SettingsStore,
    WorkspaceSettings,
    WorkspaceSettingsStore,
)
from bot.storage.querylog import QueryLog, QueryStats, QuestionCount, question_key

__all__ = [
    "DEFAULT_BUSY_TIMEOUT",
    "Builds",
    "ConversationTurn",
    "Conversations",
    "Database",
    "ExternalIds",
    "GuildSettings",
    "GuildSettingsStore",
    "MisquoteReport",
    "MisquoteReports",
    "QueryLog",
    "QueryStats",
    "QuestionCount",
    "SettingsStore",
    "StoredAnswer",
    "StoredAnswers",
    "VoteCounts",
    "VoteValue",
    "Votes",
    "WorkspaceSettings",
    "WorkspaceSettingsStore",
    "question_key",
]
