"""Who may do what, on every platform. Each front end reads the facts its platform sends
(Discord's permission bits and roles; Slack's admin and owner flags and user groups) and the
operator's config, and `level_of` turns them into one level:

    member      anyone: ask, quotes, story, the buttons under answers
    moderator   settings for their community (channels, cooldown, the moderators' channel), stats
    admin       moderators' rights, and who moderates
    operator    the operator's own people (named in the config): reindex and corpus changes,
                which touch every community the bot serves
"""

from __future__ import annotations

from enum import IntEnum


class Access(IntEnum):
    MEMBER = 0
    MODERATOR = 1
    ADMIN = 2
    OPERATOR = 3


def level_of(*, admin: bool, moderator: bool, operator: bool = False) -> Access:
    """The highest level held: operator beats admin beats moderator beats member."""
    if operator:
        return Access.OPERATOR
    if admin:
        return Access.ADMIN
    if moderator:
        return Access.MODERATOR
    return Access.MEMBER
