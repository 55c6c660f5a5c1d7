"""Settings, declared once with their defaults; loaded from a TOML file and the environment.

Every key is documented in config.example.toml (a test checks that file against this one).
Relative paths in a config file are read from the file's own folder; without a file, from the
working directory. The Discord token never lives in the config: it comes from DISCORD_TOKEN
or from a file the config names.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from bot.engine.search import SearchSettings
from bot.errors import ConfigError

TOKEN_ENV = "DISCORD_TOKEN"
DEFAULT_CONFIG = Path("config.toml")


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CorpusSettings(_Section):
    dir: Path = Path("corpus")
    max_story_bytes: int = Field(default=2_000_000, ge=1_000)


class StorageSettings(_Section):
    database: Path = Path("data/storybot.sqlite3")


class DiscordSettings(_Section):
    token_file: Path | None = None
    api_base: str = "https://discord.com/api/v10"
    gateway_url: str = "wss://gateway.discord.gg"
    guild_ids: tuple[int, ...] = ()  # sync commands to these guilds at once (else globally)
    moderator_roles: tuple[str, ...] = ()
    admin_roles: tuple[str, ...] = ()
    admin_user_ids: tuple[int, ...] = ()
    max_upload_bytes: int = Field(default=1_000_000, ge=1_000)
    conversation_turns: int = Field(default=3, ge=1, le=10)
    answer_retention_days: int = Field(default=30, ge=1)
    # Privileged: lets the bot read follow-ups in threads that do not mention it.
    message_content_intent: bool = False


class LoggingSettings(_Section):
    level: str = Field(default="INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL)$")


class Settings(_Section):
    corpus: CorpusSettings = CorpusSettings()
    storage: StorageSettings = StorageSettings()
    search: SearchSettings = SearchSettings()
    discord: DiscordSettings = DiscordSettings()
    logging: LoggingSettings = LoggingSettings()

    def discord_token(self) -> SecretStr:
        """The bot token from DISCORD_TOKEN, else from the configured token file."""
        value = os.environ.get(TOKEN_ENV, "").strip()
        if not value and self.discord.token_file is not None:
            try:
                value = self.discord.token_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(
                    f"cannot read the token file {self.discord.token_file} ({exc.strerror})"
                ) from exc
        if not value:
            raise ConfigError(
                f"no Discord token: set {TOKEN_ENV} or name a token_file in [discord]"
            )
        return SecretStr(value)


def load_settings(path: Path | None, *, required: bool = False) -> Settings:
    """Settings from `path` (default config.toml, which may be absent unless `required`)."""
    config_path = path or DEFAULT_CONFIG
    if not config_path.exists():
        if required or path is not None:
            raise ConfigError(f"config file {config_path} does not exist")
        return Settings()
    try:
        data = tomllib.loads(config_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{config_path}: {exc}") from exc
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise ConfigError(f"{config_path}: {where}: {error['msg']}") from exc
    return _relative_to(settings, config_path.parent)


def _relative_to(settings: Settings, base: Path) -> Settings:
    def resolve(path: Path) -> Path:
        return path if path.is_absolute() else base / path

    token_file = settings.discord.token_file
    return settings.model_copy(
        update={
            "corpus": settings.corpus.model_copy(update={"dir": resolve(settings.corpus.dir)}),
            "storage": settings.storage.model_copy(
                update={"database": resolve(settings.storage.database)}
            ),
            "discord": settings.discord.model_copy(
                update={"token_file": resolve(token_file) if token_file else None}
            ),
        }
    )
