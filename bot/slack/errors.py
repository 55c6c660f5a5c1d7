"""What can go wrong in front of a person in Slack, and the words for it.

    StoryBotError (bot.errors)   its message is fit to show: QuestionError, CorpusError, ...
    ├── NotAllowed               the person lacks the moderator, admin or operator level
    ├── ChannelNotAllowed        the workspace's moderators chose other channels
    └── OnCooldown               the person asked too recently

`friendly_message` maps an expected error to its words; anything else is logged with its
traceback and the person gets an apology.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from bot.errors import StorageError, StoryBotError

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. It has been logged for the bot's keepers."
STORAGE_TROUBLE = (
    "I couldn't save or read that just now (my storage is having trouble); please try again "
    "in a moment."
)


class NotAllowed(StoryBotError):
    def __init__(self, needed: str) -> None:
        super().__init__(f"Only {needed} can use this.")


class ChannelNotAllowed(StoryBotError):
    def __init__(self, channel_ids: Iterable[str]) -> None:
        where = ", ".join(f"<#{c}>" for c in sorted(channel_ids)[:20])
        super().__init__(f"I don't answer questions in this channel; please ask in {where}.")


class OnCooldown(StoryBotError):
    def __init__(self, retry_after: float) -> None:
        seconds = max(1, round(retry_after))
        super().__init__(
            f"You're asking quickly: please wait {seconds} more second{'s' * (seconds != 1)}."
        )


def friendly_message(error: BaseException) -> str:
    """The words for an error; unexpected ones are logged and get an apology."""
    if isinstance(error, StorageError):
        log.warning("storage error shown to a member as a generic notice: %s", error)
        return STORAGE_TROUBLE
    if isinstance(error, StoryBotError):
        return str(error)
    log.error("unexpected error in the Slack bot", exc_info=error)
    return APOLOGY
