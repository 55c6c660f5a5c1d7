"""The Discord client: StoryBot receives its dependencies, loads one cog per feature, syncs
its commands and registers the persistent buttons in `setup_hook`. `run_bot` is what
`storybot run` calls.

Shards: StoryBot is discord.py's AutoShardedBot. With `discord.shard_count`/`shard_ids`
unset it runs every shard Discord recommends in this one process; set, it runs its share, and
other processes (sharing one PostgreSQL database) run the rest. What each process keeps in
memory is per-shard by construction: Discord sends a guild's events (and its interactions) to
one shard only, so a member's cooldown, a guild's cached settings (changed only by /botconfig
in that guild) and the answers being stored stay with the process that runs the guild's
shard. Conversation turns, stored answers, votes, reports and the query log are in the
database, so they outlive the process and /stats counts every process. The index is shared
too: a reindex in one process reaches the others (`Database.watch_builds`).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

import discord
import discord.gateway
import discord.http
import yarl
from discord import app_commands
from discord.ext import commands, tasks

from bot.config import DiscordSettings, Settings
from bot.discord.cogs.ask.buttons import AnswerActions, AnswerButton
from bot.discord.errors import NO_MENTIONS, NotInGuild, report_error
from bot.engine import StoryService
from bot.errors import ConfigError
from bot.ratelimit import RateLimiter
from bot.redact import LogRedactor
from bot.storage import Database, GuildSettings

log = logging.getLogger(__name__)


class StoryTree(app_commands.CommandTree["StoryBot"]):
    """The command tree; its on_error is the one place errors of commands become replies."""

    async def on_error(
        self, interaction: discord.Interaction[StoryBot], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)


class StoryBot(commands.AutoShardedBot):
    """Answers questions about the stories in `service`; remembers things in `database`."""

    def __init__(
        self,
        *,
        service: StoryService,
        database: Database,
        settings: Settings,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        monotonic: Callable[[], float] = time.monotonic,
        **options: Any,
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = settings.discord.message_content_intent
        intents.typing = False
        intents.presences = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            tree_cls=StoryTree,
            # The bot never looks back at messages it has seen (a reply carries the id of what
            # it answers): keeping the last thousand would only cost memory and time.
            max_messages=None,
            **{**_shard_options(settings.discord), **options},
        )
        self.service = service
        self.database = database
        self.settings = settings
        self.clock = clock
        self.cooldowns = RateLimiter(monotonic)  # public replies, per member per guild
        # From here on no log record (discord.py's at DEBUG included) holds a token.
        self.log_redactor = LogRedactor()
        self.log_redactor.install()
        self._answer_actions: AnswerActions | None = None

    @property
    def config(self) -> DiscordSettings:
        return self.settings.discord

    @property
    def answer_actions(self) -> AnswerActions:
        if self._answer_actions is None:
            raise RuntimeError("the ask cog is not loaded")
        return self._answer_actions

    @answer_actions.setter
    def answer_actions(self, actions: AnswerActions) -> None:
        self._answer_actions = actions

    async def setup_hook(self) -> None:
        from bot.discord.cogs import admin, ask, moderation, quotes

        for cog in (
            ask.AskCog(self),
            quotes.QuotesCog(self),
            moderation.ModerationCog(self),
            admin.AdminCog(self),
        ):
            await self.add_cog(cog)
        self.add_dynamic_items(AnswerButton)
        await self.sync_commands()
        self._prune.start()

    async def login(self, token: str) -> None:
        self.log_redactor.add_secret(token)
        await super().login(token)

    async def close(self) -> None:
        self._prune.cancel()
        try:
            await super().close()
        finally:
            self.log_redactor.uninstall()

    @tasks.loop(hours=6)
    async def _prune(self) -> None:
        await self.prune_old_answers()

    async def prune_old_answers(self) -> int:
        """Forget answers and conversation turns past the retention period; returns how many."""
        before = self.clock() - dt.timedelta(days=self.config.answer_retention_days)
        forgotten = await self.database.answers.delete_before(before)
        forgotten += await self.database.conversations.delete_before(before)
        if forgotten:
            log.info("forgot %d answers and conversation turns from before %s", forgotten, before)
        return forgotten

    async def sync_commands(self) -> None:
        if self.config.guild_ids:
            for guild_id in self.config.guild_ids:
                guild = discord.Object(guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %d", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d global commands (they may take up to an hour)", len(synced))

    async def on_ready(self) -> None:
        log.info(
            "connected as %s to %d guilds (shards %s of %s)",
            self.user,
            len(self.guilds),
            ",".join(str(i) for i in sorted(self.shards)) or "-",
            self.shard_count,
        )

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: the ask cog listens for mentions and follow-ups."""

    async def guild_settings_for(self, guild_id: int | None) -> GuildSettings:
        if guild_id is None:
            raise NotInGuild()
        return await self.database.guild_settings.get(guild_id)


def _shard_options(config: DiscordSettings) -> dict[str, Any]:
    """discord.py's options for the shards this process runs (none: every shard, here)."""
    options: dict[str, Any] = {}
    if config.shard_count is not None:
        options["shard_count"] = config.shard_count
    if config.shard_ids is not None:
        options["shard_ids"] = list(config.shard_ids)
    return options


def check_settings(settings: Settings) -> None:
    """What `storybot run` checks before it opens anything: the token is there, and the shard
    options fit the database."""
    settings.discord_token()
    _check_shards_share_a_database(settings)


def _check_shards_share_a_database(settings: Settings) -> None:
    """A process running only some shards has siblings running the others: they must share
    one PostgreSQL database (a SQLite file cannot tell them of a reindex, nor span machines)."""
    config = settings.discord
    some_shards = config.shard_ids is not None and len(config.shard_ids) < (config.shard_count or 0)
    if some_shards and not settings.storage.is_postgresql:
        raise ConfigError(
            f"discord.shard_ids {list(config.shard_ids or ())} runs only some of the "
            f"{config.shard_count} shards: the processes running the others must share this "
            "one's database, so set [storage] database (or STORYBOT_DATABASE_URL) to a "
            "postgresql:// URL"
        )


def point_at(config: DiscordSettings) -> None:
    """Send REST calls to `api_base` and connect to `gateway_url` (a proxy or a local server).

    discord.py keeps both process-wide, on its Route and DiscordWebSocket classes.
    """
    discord.http.Route.BASE = config.api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(config.gateway_url)


async def run_bot(settings: Settings, database: Database, service: StoryService) -> None:
    """Run the bot until interrupted, answering from `service` (started by the caller)."""
    token = settings.discord_token()  # a SecretStr: never formatted into logs or errors
    _check_shards_share_a_database(settings)
    point_at(settings.discord)
    async with StoryBot(service=service, database=database, settings=settings) as bot:
        try:
            await bot.start(token.get_secret_value())
        except discord.LoginFailure:
            raise ConfigError("Discord refused the token (check DISCORD_TOKEN)") from None
