"""A local Slack for tests: see README.md."""

from tests.fakeslack.server import APP_ID, BOT_ID, BOT_USER, FakeSlack, Fault, Request, User

__all__ = ["APP_ID", "BOT_ID", "BOT_USER", "FakeSlack", "Fault", "Request", "User"]
