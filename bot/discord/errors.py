"""What can go wrong in front of a person, and the one place that tells them.

    app_commands.CheckFailure
    ├── NotAllowed          the member lacks the moderator or admin level
    ├── ChannelNotAllowed   questions are not answered in this channel
    ├── OnCooldown          the member asked too recently
    └── NotInGuild          the command only works in a server
    StoryBotError (bot.errors)  its message is fit to show: QuestionError, CorpusError, ...

`report_error` turns an expected error into a short ephemeral reply and anything else into a
logged traceback and an apology; the command tree and every button call it.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.discord import render
from bot.errors import StorageError, StoryBotError

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
APOLOGY = "Sorry, something went wrong on my side. It has been logged for the bot's keepers."


class NotAllowed(app_commands.CheckFailure):
    def __init__(self, needed: str, *, message: str | None = None) -> None:
        self.needed = needed
        super().__init__(message or f"Only {needed} can use this.")


class ChannelNotAllowed(app_commands.CheckFailure):
    def __init__(self, channel_ids: frozenset[int]) -> None:
        self.channel_ids = channel_ids
        where = ", ".join(f"<#{c}>" for c in sorted(channel_ids)[:20])
        super().__init__(f"I don't answer questions in this channel; please ask in {where}.")


class OnCooldown(app_commands.CheckFailure):
    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        seconds = max(1, round(retry_after))
        super().__init__(
            f"You're asking quickly: please wait {seconds} more second{'s' * (seconds != 1)}."
        )


class NotInGuild(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__("I only answer inside a server, not in direct messages.")


STORAGE_TROUBLE = (
    "I couldn't save or read that just now (my storage is having trouble); please try again "
    "in a moment. The moderators can see the details in the bot's log."
)


def friendly_message(error: Exception) -> str | None:
    """The words for an expected error; None for an unexpected one."""
    if isinstance(error, (app_commands.CommandInvokeError, app_commands.TransformerError)):
        inner = error.__cause__ or getattr(error, "original", None)
        if isinstance(inner, Exception):
            error = inner
    if isinstance(error, (NotAllowed, ChannelNotAllowed, OnCooldown, NotInGuild)):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return str(NotInGuild())
    if isinstance(error, app_commands.CommandNotFound):
        return "I don't know that command any more; it may have been removed."
    if isinstance(error, StorageError):
        # Expected (a full disk, a locked file), but its details (paths) are for the operator.
        log.warning("storage error shown to a member as a generic notice: %s", error)
        return STORAGE_TROUBLE
    if isinstance(error, StoryBotError):
        return str(error)
    return None


async def report_error(interaction: discord.Interaction, error: Exception) -> None:
    """Tell the person what went wrong (ephemeral); log what nobody expected."""
    message = friendly_message(error)
    if message is None:
        command = interaction.command.qualified_name if interaction.command else "a component"
        log.error(
            "unexpected error in %s (interaction %s)", command, interaction.id, exc_info=error
        )
        message = APOLOGY
    if interaction.type is discord.InteractionType.autocomplete:
        return
    embed = render.notice_embed(message, error=True)
    try:
        await send_private_notice(interaction, embed)
    except discord.HTTPException:
        log.warning("could not tell %s about an error", interaction.user.id, exc_info=True)


async def send_private_notice(interaction: discord.Interaction, embed: discord.Embed) -> None:
    """An ephemeral message to the member: the response if none was sent yet, else a follow-up."""
    if interaction.response.is_done():
        await interaction.followup.send(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
