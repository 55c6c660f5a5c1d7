"""A local Discord (REST + gateway) for running the real discord.py client in tests.

See README.md in this directory.
"""

from .client import FAST_CLIENT_OPTIONS, World, basic_world, pointed_at, running
from .faults import Fault, RateLimit, RateLimitHeaders
from .gateway import Gateway
from .models import (
    ADMINISTRATOR,
    Attachment,
    Channel,
    ChannelType,
    Guild,
    Member,
    Message,
    MessageFlags,
    Role,
    User,
)
from .records import Exchange, RecordedRequest, Reply, UploadedFile
from .server import FakeDiscord

__all__ = [
    "ADMINISTRATOR",
    "FAST_CLIENT_OPTIONS",
    "Attachment",
    "Channel",
    "ChannelType",
    "Exchange",
    "FakeDiscord",
    "Fault",
    "Gateway",
    "Guild",
    "Member",
    "Message",
    "MessageFlags",
    "RateLimit",
    "RateLimitHeaders",
    "RecordedRequest",
    "Reply",
    "Role",
    "UploadedFile",
    "User",
    "World",
    "basic_world",
    "pointed_at",
    "running",
]
