"""Numbered schema migrations. Append new ones; never edit one that has shipped.

Each migration runs once, in its own transaction, and is recorded in `schema_migrations`.
A migration is a tuple of single statements (not a script: Python's `executescript` commits
whatever transaction is open, which would break the all-or-nothing guarantee), in two forms
under one number: SQLite's and PostgreSQL's (wider integers for Discord ids, identity columns,
BYTEA; times stay sortable UTC text in both, so the stores' SQL is the same). A test checks
that every migration has both. Processes starting together against one PostgreSQL take turns
under an advisory lock; SQLite's write lock does the same for its file.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from bot.errors import StorageError
from bot.storage.codec import from_timestamp, timestamp
from bot.storage.sql import Dialect, SqlConnection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgresql: tuple[str, ...]

    def statements(self, dialect: Dialect) -> tuple[str, ...]:
        return self.sqlite if dialect == "sqlite" else self.postgresql


@dataclass(frozen=True)
class MigrationStatus:
    version: int
    name: str
    applied_at: dt.datetime | None  # None: not applied yet


_INDEX_BUILDS = (
    # Every content row below belongs to one build; only the active build keeps its rows
    # and its BM25 blob, older rows stay as the build history.
    """
    CREATE TABLE index_builds (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL,
        corpus_hash TEXT NOT NULL,
        stories INTEGER NOT NULL,
        passages INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        built_at TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        duration_ms REAL NOT NULL,
        bm25 BLOB,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
    ) STRICT
    """,
    "CREATE UNIQUE INDEX index_builds_one_active ON index_builds (active) WHERE active = 1",
    """
    CREATE TABLE stories (
        build_id INTEGER NOT NULL REFERENCES index_builds (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        authors TEXT NOT NULL,
        contributors TEXT NOT NULL,
        source TEXT NOT NULL,
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        PRIMARY KEY (build_id, id),
        UNIQUE (build_id, position)
    ) STRICT
    """,
    # Every paragraph of every story body, whatever its role.
    """
    CREATE TABLE passages (
        build_id INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentences TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, story_id) REFERENCES stories (build_id, id)
    ) STRICT
    """,
    # The passages the BM25 index holds: document `doc` of the index is this passage.
    """
    CREATE TABLE index_documents (
        build_id INTEGER NOT NULL,
        doc INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        PRIMARY KEY (build_id, doc),
        UNIQUE (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, story_id, paragraph)
            REFERENCES passages (build_id, story_id, paragraph)
    ) STRICT
    """,
    """
    CREATE TABLE people (
        build_id INTEGER NOT NULL REFERENCES index_builds (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        stories TEXT NOT NULL,
        PRIMARY KEY (build_id, id),
        UNIQUE (build_id, position)
    ) STRICT
    """,
    """
    CREATE TABLE quotes (
        build_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker_id TEXT,
        cue TEXT NOT NULL,
        PRIMARY KEY (build_id, position),
        FOREIGN KEY (build_id, story_id, paragraph)
            REFERENCES passages (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, speaker_id) REFERENCES people (build_id, id)
    ) STRICT
    """,
    "CREATE INDEX quotes_speaker ON quotes (build_id, speaker_id)",
    "CREATE INDEX quotes_passage ON quotes (build_id, story_id, paragraph)",
)

_QUERY_LOG = (
    # question_key: the question case-folded with its whitespace collapsed, for counting.
    """
    CREATE TABLE query_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        guild_id INTEGER,
        channel_id INTEGER,
        user_id INTEGER,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
        reason TEXT,
        top_document TEXT,
        top_paragraph INTEGER,
        latency_ms REAL NOT NULL
    ) STRICT
    """,
    "CREATE INDEX query_log_at ON query_log (at)",
    "CREATE INDEX query_log_guild_at ON query_log (guild_id, at)",
)

_DISCORD = (
    # settings: JSON of the settings a guild changed; the rest take GuildSettings' defaults.
    """
    CREATE TABLE guild_settings (
        guild_id INTEGER PRIMARY KEY,
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE answer_votes (
        answer_message_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        guild_id INTEGER,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        at TEXT NOT NULL,
        PRIMARY KEY (answer_message_id, user_id)
    ) STRICT
    """,
    "CREATE INDEX answer_votes_guild_at ON answer_votes (guild_id, at)",
    """
    CREATE TABLE misquote_reports (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        guild_id INTEGER,
        channel_id INTEGER,
        user_id INTEGER NOT NULL,
        answer_message_id INTEGER,
        question TEXT NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        passage_text TEXT NOT NULL,
        note TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX misquote_reports_guild_at ON misquote_reports (guild_id, at)",
    # shown: JSON [[story id, paragraph], ...] in the order the answer showed them.
    """
    CREATE TABLE stored_answers (
        message_id INTEGER PRIMARY KEY,
        guild_id INTEGER,
        channel_id INTEGER,
        user_id INTEGER NOT NULL,
        question TEXT NOT NULL,
        shown TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX stored_answers_created_at ON stored_answers (created_at)",
    """
    CREATE TABLE conversation_turns (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        question TEXT NOT NULL,
        asked_speaker_id TEXT,
        shown TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX conversation_turns_conversation ON conversation_turns (conversation_id, id)",
    "CREATE INDEX conversation_turns_at ON conversation_turns (at)",
)

# The buttons sent with an answer name what asked it (the interaction, or the member's message):
# the answer message's own id is not known until it is sent. Answers stored before this keep
# NULL here; their buttons name the answer message.
_ASKED_ID = (
    "ALTER TABLE stored_answers ADD COLUMN asked_id INTEGER",
    "CREATE UNIQUE INDEX stored_answers_asked_id ON stored_answers (asked_id)",
)
_PG_ASKED_ID = (
    "ALTER TABLE stored_answers ADD COLUMN asked_id BIGINT",
    "CREATE UNIQUE INDEX stored_answers_asked_id ON stored_answers (asked_id)",
)

_PG_INDEX_BUILDS = (
    """
    CREATE TABLE index_builds (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        version INTEGER NOT NULL,
        corpus_hash TEXT NOT NULL,
        stories INTEGER NOT NULL,
        passages INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        built_at TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        duration_ms DOUBLE PRECISION NOT NULL,
        bm25 BYTEA,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
    )
    """,
    "CREATE UNIQUE INDEX index_builds_one_active ON index_builds (active) WHERE active = 1",
    """
    CREATE TABLE stories (
        build_id BIGINT NOT NULL REFERENCES index_builds (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        title TEXT,
        outlet TEXT,
        url TEXT,
        published TEXT,
        authors TEXT NOT NULL,
        contributors TEXT NOT NULL,
        source TEXT NOT NULL,
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        PRIMARY KEY (build_id, id),
        UNIQUE (build_id, position)
    )
    """,
    """
    CREATE TABLE passages (
        build_id BIGINT NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentences TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, story_id) REFERENCES stories (build_id, id)
    )
    """,
    """
    CREATE TABLE index_documents (
        build_id BIGINT NOT NULL,
        doc INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        PRIMARY KEY (build_id, doc),
        UNIQUE (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, story_id, paragraph)
            REFERENCES passages (build_id, story_id, paragraph)
    )
    """,
    """
    CREATE TABLE people (
        build_id BIGINT NOT NULL REFERENCES index_builds (id),
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        stories TEXT NOT NULL,
        PRIMARY KEY (build_id, id),
        UNIQUE (build_id, position)
    )
    """,
    """
    CREATE TABLE quotes (
        build_id BIGINT NOT NULL,
        position INTEGER NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL,
        speaker_id TEXT,
        cue TEXT NOT NULL,
        PRIMARY KEY (build_id, position),
        FOREIGN KEY (build_id, story_id, paragraph)
            REFERENCES passages (build_id, story_id, paragraph),
        FOREIGN KEY (build_id, speaker_id) REFERENCES people (build_id, id)
    )
    """,
    "CREATE INDEX quotes_speaker ON quotes (build_id, speaker_id)",
    "CREATE INDEX quotes_passage ON quotes (build_id, story_id, paragraph)",
)

_PG_QUERY_LOG = (
    """
    CREATE TABLE query_log (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        source TEXT NOT NULL,
        guild_id BIGINT,
        channel_id BIGINT,
        user_id BIGINT,
        question TEXT NOT NULL,
        question_key TEXT NOT NULL,
        answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
        reason TEXT,
        top_document TEXT,
        top_paragraph INTEGER,
        latency_ms DOUBLE PRECISION NOT NULL
    )
    """,
    "CREATE INDEX query_log_at ON query_log (at)",
    "CREATE INDEX query_log_guild_at ON query_log (guild_id, at)",
)

_PG_DISCORD = (
    """
    CREATE TABLE guild_settings (
        guild_id BIGINT PRIMARY KEY,
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE answer_votes (
        answer_message_id BIGINT NOT NULL,
        user_id BIGINT NOT NULL,
        guild_id BIGINT,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        at TEXT NOT NULL,
        PRIMARY KEY (answer_message_id, user_id)
    )
    """,
    "CREATE INDEX answer_votes_guild_at ON answer_votes (guild_id, at)",
    """
    CREATE TABLE misquote_reports (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        guild_id BIGINT,
        channel_id BIGINT,
        user_id BIGINT NOT NULL,
        answer_message_id BIGINT,
        question TEXT NOT NULL,
        story_id TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        passage_text TEXT NOT NULL,
        note TEXT NOT NULL
    )
    """,
    "CREATE INDEX misquote_reports_guild_at ON misquote_reports (guild_id, at)",
    """
    CREATE TABLE stored_answers (
        message_id BIGINT PRIMARY KEY,
        guild_id BIGINT,
        channel_id BIGINT,
        user_id BIGINT NOT NULL,
        question TEXT NOT NULL,
        shown TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX stored_answers_created_at ON stored_answers (created_at)",
    """
    CREATE TABLE conversation_turns (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        conversation_id BIGINT NOT NULL,
        at TEXT NOT NULL,
        question TEXT NOT NULL,
        asked_speaker_id TEXT,
        shown TEXT NOT NULL
    )
    """,
    "CREATE INDEX conversation_turns_conversation ON conversation_turns (conversation_id, id)",
    "CREATE INDEX conversation_turns_at ON conversation_turns (at)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "index builds", _INDEX_BUILDS, _PG_INDEX_BUILDS),
    Migration(2, "query log", _QUERY_LOG, _PG_QUERY_LOG),
    Migration(
        3, "discord: guild settings, votes, reports, answers, conversations", _DISCORD, _PG_DISCORD
    ),
    Migration(4, "stored answers: what asked them", _ASKED_ID, _PG_ASKED_ID),
    # A misquote report quotes the passage as the member saw it, even after the story was
    # fixed and reindexed. JSON: the texts of `shown`, in its order; NULL before this.
    Migration(
        5,
        "stored answers: the passages as shown",
        ("ALTER TABLE stored_answers ADD COLUMN shown_texts TEXT",),
        ("ALTER TABLE stored_answers ADD COLUMN shown_texts TEXT",),
    ),
)

_CREATE_LEDGER = {
    "sqlite": """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        ) STRICT
    """,
    "postgresql": """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
    """,
}


async def migrate(
    connection: SqlConnection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[int]:
    """Apply the migrations not applied yet, in order; returns the versions applied now.

    Under the database-wide "migrate" lock: another process starting at the same time waits,
    then finds them applied.
    """
    async with connection.exclusive("migrate", wait=True):
        async with connection.write() as tx:
            await tx.execute(_CREATE_LEDGER[connection.dialect])
        known = max((m.version for m in migrations), default=0)
        newest = await schema_version(connection)
        if newest > known:
            raise StorageError(
                f"The database {connection.name} has schema version {newest}, newer than this "
                f"storybot knows ({known}); upgrade storybot."
            )
        applied: list[int] = []
        for migration in sorted(migrations, key=lambda m: m.version):
            if await _apply(connection, migration):
                applied.append(migration.version)
        return applied


async def schema_version(connection: SqlConnection) -> int:
    row = await connection.fetchone("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
    return int(row[0]) if row else 0


async def migration_status(
    connection: SqlConnection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[MigrationStatus]:
    """Every migration this storybot knows and when it was applied (None: pending), in order;
    also any the database has that this storybot does not know (name from the ledger)."""
    ledger = await connection.fetchone(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        if connection.dialect == "postgresql"
        else "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_migrations'"
    )
    rows = (
        await connection.fetchall("SELECT version, name, applied_at FROM schema_migrations")
        if ledger and ledger[0]
        else []
    )
    applied = {int(row[0]): (str(row[1]), from_timestamp(row[2])) for row in rows}
    status = [
        MigrationStatus(m.version, m.name, applied.get(m.version, (m.name, None))[1])
        for m in sorted(migrations, key=lambda m: m.version)
    ]
    known = {m.version for m in migrations}
    status += [
        MigrationStatus(version, name, at)
        for version, (name, at) in sorted(applied.items())
        if version not in known
    ]
    return status


async def _apply(connection: SqlConnection, migration: Migration) -> bool:
    async with connection.write() as tx:
        # Checked inside the write transaction: another process may have just applied it.
        done = await tx.fetchone(
            "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
        )
        if done:
            return False
        for statement in migration.statements(connection.dialect):
            await tx.execute(statement)
        await tx.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, timestamp(dt.datetime.now(dt.UTC))),
        )
    log.info("%s: applied migration %d (%s)", connection.name, migration.version, migration.name)
    return True
