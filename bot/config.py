"""Settings, declared once with their defaults; loaded from a TOML file and the environment.

Every key is documented in config.example.toml (a test checks that file against this one).
Relative paths in a config file are read from the file's own folder; without a file, from the
working directory. The Discord token never lives in the config: it comes from DISCORD_TOKEN
or from a file the config names. Nor does a database password: a `postgresql://` URL in the
file names no password (it comes from PGPASSWORD or ~/.pgpass), or the whole URL comes from
STORYBOT_DATABASE_URL.
"""

from __future__ import annotations

import os
import tomllib
import urllib.parse
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.engine.search import SearchSettings
from bot.errors import ConfigError
from bot.files import FileRefused, read_limited, resolved
from bot.toml_errors import likely, line_of, plain

TOKEN_ENV = "DISCORD_TOKEN"
DATABASE_URL_ENV = "STORYBOT_DATABASE_URL"
SLACK_BOT_TOKEN_ENV = "SLACK_BOT_TOKEN"
SLACK_APP_TOKEN_ENV = "SLACK_APP_TOKEN"
SLACK_SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET"
DEFAULT_CONFIG = Path("config.toml")
MAX_CONFIG_BYTES = 1_000_000  # a config file is a few kB: anything this big is the wrong file
MAX_TOKEN_BYTES = 4_096  # a token is ~70 characters
# Discord ids (snowflakes) are positive 64-bit integers.
DiscordId = Annotated[int, Field(ge=1, lt=2**63)]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CorpusSettings(_Section):
    dir: Path = Path("corpus")
    max_story_bytes: int = Field(default=2_000_000, ge=1_000, le=50_000_000)


class StorageSettings(_Section):
    # A SQLite file (Path), or a PostgreSQL URL (str, postgresql://...).
    database: Path | str = Path("data/storybot.sqlite3")
    # The active index build as files start-up reads in place (None: beside a SQLite file,
    # none with PostgreSQL).
    build_files: Path | None = None

    @field_validator("database", mode="before")
    @classmethod
    def _file_or_url(cls, value: Any) -> Any:
        if isinstance(value, str) and not is_database_url(value):
            return Path(value)
        return value

    @property
    def is_postgresql(self) -> bool:
        return isinstance(self.database, str)


def is_database_url(value: str) -> bool:
    return value.startswith(("postgresql://", "postgres://"))


class DiscordSettings(_Section):
    token_file: Path | None = None
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg"
    guild_ids: tuple[DiscordId, ...] = ()  # sync commands to these guilds at once (else globally)
    moderator_roles: tuple[str, ...] = ()
    # Who may change the corpus (/reindex, /corpus add|remove|restore) for every server: these
    # users anywhere, and the admins (Administrator or an admin_roles role) of these servers.
    admin_roles: tuple[str, ...] = ()
    admin_user_ids: tuple[DiscordId, ...] = ()
    admin_guild_ids: tuple[DiscordId, ...] = ()
    max_upload_bytes: int = Field(default=1_000_000, ge=1_000, le=25_000_000)
    conversation_turns: int = Field(default=3, ge=1, le=10)
    # Bounded: a date that far back must still be a date (datetime stops at year 1).
    answer_retention_days: int = Field(default=30, ge=1, le=36_500)
    # Privileged: lets the bot read follow-ups in threads that do not mention it.
    message_content_intent: bool = False
    # Sharding across processes: how many shards the bot has in all, and which this process
    # runs (default: all of them). Neither: discord.py asks Discord and runs every shard here.
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: tuple[int, ...] | None = None

    @model_validator(mode="after")
    def _shards_in_range(self) -> Self:
        if self.shard_ids is None:
            return self
        if self.shard_count is None:
            raise ValueError("shard_ids needs shard_count (the number of shards in all)")
        if not self.shard_ids:
            raise ValueError("shard_ids is empty: name at least one shard, or leave it out")
        wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
        if wrong:
            raise ValueError(
                f"shard_ids {wrong} out of range: shards are 0 to {self.shard_count - 1}"
            )
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("shard_ids names a shard twice")
        return self


class SlackSettings(_Section):
    bot_token_file: Path | None = None  # else SLACK_BOT_TOKEN (xoxb-...)
    app_token_file: Path | None = None  # else SLACK_APP_TOKEN (xapp-..., Socket Mode)
    signing_secret_file: Path | None = None  # else SLACK_SIGNING_SECRET (HTTP mode)
    api_base: str = "https://slack.com/api/"
    mode: Literal["socket", "http"] = "socket"
    http_host: str = "0.0.0.0"
    http_port: int = Field(default=3000, ge=1, le=65535)
    http_path: str = Field(default="/slack/events", pattern=r"^/")
    socket_ping_interval: float = Field(default=10.0, gt=0, le=120)
    admin_user_ids: tuple[str, ...] = ()
    admin_user_group: str | None = None
    moderator_user_group: str | None = None
    conversation_turns: int = Field(default=3, ge=1, le=10)
    # Bounded as Discord's: a date that far back must still be a date.
    answer_retention_days: int = Field(default=30, ge=1, le=36_500)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class LoggingSettings(_Section):
    level: str = "INFO"

    @field_validator("level", mode="before")
    @classmethod
    def _known_level(cls, value: Any) -> Any:
        if isinstance(value, str) and value.upper() in LOG_LEVELS:
            return value.upper()  # "info" is meant as INFO
        raise ValueError(f"should be one of {', '.join(LOG_LEVELS)}")


class Settings(_Section):
    corpus: CorpusSettings = CorpusSettings()
    storage: StorageSettings = StorageSettings()
    search: SearchSettings = SearchSettings()
    discord: DiscordSettings = DiscordSettings()
    slack: SlackSettings = SlackSettings()
    logging: LoggingSettings = LoggingSettings()

    def discord_token(self) -> SecretStr:
        """The bot token from DISCORD_TOKEN, else from the configured token file."""
        return _secret("Discord token", TOKEN_ENV, self.discord.token_file, "discord", "token_file")

    def slack_bot_token(self) -> SecretStr:
        """The Slack bot token (xoxb-...) from SLACK_BOT_TOKEN, else from its file."""
        return _secret(
            "Slack bot token",
            SLACK_BOT_TOKEN_ENV,
            self.slack.bot_token_file,
            "slack",
            "bot_token_file",
        )

    def slack_app_token(self) -> SecretStr:
        """The Slack app-level token (xapp-..., Socket Mode) from SLACK_APP_TOKEN, else its file."""
        return _secret(
            "Slack app-level token",
            SLACK_APP_TOKEN_ENV,
            self.slack.app_token_file,
            "slack",
            "app_token_file",
        )

    def slack_signing_secret(self) -> SecretStr:
        """The Slack signing secret (HTTP mode) from SLACK_SIGNING_SECRET, else its file."""
        return _secret(
            "Slack signing secret",
            SLACK_SIGNING_SECRET_ENV,
            self.slack.signing_secret_file,
            "slack",
            "signing_secret_file",
        )


def _secret(what: str, env: str, file: Path | None, section: str, key: str) -> SecretStr:
    """A secret from the environment variable `env`, else from the file `[section] key` names;
    never from the config itself."""
    value = os.environ.get(env, "").strip()
    if not value and file is not None:
        try:
            raw = read_limited(file, MAX_TOKEN_BYTES, what=key.replace("_", " "))
            value = raw.decode("utf-8").strip()
        except FileRefused as exc:
            raise ConfigError(f"{key} {exc}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{key} {resolved(file)}: is not UTF-8 text") from None
    if not value:
        raise ConfigError(f"no {what}: set {env}, or name a file holding it in [{section}] {key}")
    return SecretStr(value)


def load_settings(path: Path | None, *, required: bool = False) -> Settings:
    """Settings from `path` (default config.toml, which may be absent unless `required`)."""
    config_path = path or DEFAULT_CONFIG
    shown = resolved(config_path)
    if not config_path.exists() and not config_path.is_symlink():
        if required or path is not None:
            raise ConfigError(f"config file {shown} does not exist")
        return _database_from_environment(Settings())
    try:
        text = read_limited(config_path, MAX_CONFIG_BYTES, what="config file").decode("utf-8")
        data = tomllib.loads(text)
    except FileRefused as exc:
        raise ConfigError(f"config file {exc}") from None
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise ConfigError(
            f"{shown}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} on line {line}): "
            "save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: {exc}") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{shown}: {_problem(exc, text)}") from None
    database = settings.storage.database
    if isinstance(database, str) and urllib.parse.urlsplit(database).password is not None:
        raise ConfigError(
            f"{shown}: storage.database holds a password; keep it out of the file: "
            f"give the whole URL in {DATABASE_URL_ENV}, or the password in PGPASSWORD or "
            "~/.pgpass"
        )
    return _database_from_environment(_relative_to(settings, config_path.parent))


def _problem(exc: ValidationError, text: str) -> str:
    """The first thing wrong in the config `text`: its line, the key, and what to do."""
    error = exc.errors()[0]
    loc = [str(part) for part in error["loc"]]
    section, key = loc[0], (loc[1] if len(loc) > 1 else None)
    line = line_of(text, section, key) or line_of(text, section, None)
    at = f" on line {line}" if line else ""
    if error["type"] != "extra_forbidden":
        return f"{'.'.join(loc)}: {plain(error)}" + (f" (line {line})" if line else "")
    listed = "every section and key is in config.example.toml"
    if key is None:
        sections = Settings.model_fields
        return f"[{section}]{at} is not a section{likely(section, sections)}; {listed}"
    keys = type(getattr(Settings(), section)).model_fields
    return f"{section}.{key}{at} is not a key of [{section}]{likely(key, keys)}; {listed}"


def _database_from_environment(settings: Settings) -> Settings:
    """STORYBOT_DATABASE_URL, when set, names the database (password and all)."""
    url = os.environ.get(DATABASE_URL_ENV, "").strip()
    if not url:
        return settings
    if not is_database_url(url):
        raise ConfigError(f"{DATABASE_URL_ENV} must be a postgresql:// URL")
    return settings.model_copy(
        update={"storage": settings.storage.model_copy(update={"database": url})}
    )


def _relative_to(settings: Settings, base: Path) -> Settings:
    def resolve(path: Path) -> Path:
        return path if path.is_absolute() else base / path

    def resolve_optional(path: Path | None) -> Path | None:
        return resolve(path) if path else None

    token_file = settings.discord.token_file
    database = settings.storage.database
    slack = settings.slack
    return settings.model_copy(
        update={
            "corpus": settings.corpus.model_copy(update={"dir": resolve(settings.corpus.dir)}),
            "storage": settings.storage.model_copy(
                update={
                    "database": resolve(database) if isinstance(database, Path) else database,
                    "build_files": resolve_optional(settings.storage.build_files),
                }
            ),
            "discord": settings.discord.model_copy(
                update={"token_file": resolve(token_file) if token_file else None}
            ),
            "slack": slack.model_copy(
                update={
                    "bot_token_file": resolve_optional(slack.bot_token_file),
                    "app_token_file": resolve_optional(slack.app_token_file),
                    "signing_secret_file": resolve_optional(slack.signing_secret_file),
                }
            ),
        }
    )
