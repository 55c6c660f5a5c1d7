"""Secrets never reach a log: every log record, whichever library made it and at whatever
level, has the bot's token and every interaction token replaced before any handler sees it.

An interaction token lets whoever holds it post as the bot for 15 minutes; discord.py logs
them at DEBUG (the gateway's events carry them; the REST routes /interactions/<id>/<token>/...
and /webhooks/<app id>/<token>/... name them). The redaction is done by a log record factory,
so it covers handlers added later too (a test's, an operator's).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

REDACTED = "[redacted]"
_TOKEN_PATTERNS = (
    # REST routes that carry an interaction token.
    re.compile(r"(/interactions/\d+/)[^/\s'\"?#]+"),
    re.compile(r"(/webhooks/\d+/)[^/\s'\"?#]+"),
    # A "token" key in a payload, as JSON or as a Python dict's repr.
    re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""),
)
_MIN_SECRET = 8  # a shorter part of a token would redact ordinary words


class LogRedactor:
    """Install once per process (or per bot); `add_secret` as secrets become known."""

    def __init__(self) -> None:
        self._secrets: list[str] = []
        self._previous: Callable[..., logging.LogRecord] | None = None
        self._active = False

    def add_secret(self, secret: str) -> None:
        """Redact `secret`, and each part of it after a dot (a token's signature alone is as
        secret as the whole)."""
        parts = [secret, *secret.split(".")[1:]]
        for part in parts:
            if len(part) >= _MIN_SECRET and part not in self._secrets:
                self._secrets.append(part)
        self._secrets.sort(key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        for pattern in _TOKEN_PATTERNS:
            text = pattern.sub(rf"\g<1>{REDACTED}", text)
        return text

    def install(self) -> None:
        if self._active:
            return
        self._previous = logging.getLogRecordFactory()
        logging.setLogRecordFactory(self._make_record)
        self._active = True

    def uninstall(self) -> None:
        """Stop redacting; restore the factory if no other was installed on top meanwhile
        (else this one only passes records through from now on)."""
        if not self._active:
            return
        self._active = False
        if logging.getLogRecordFactory() == self._make_record and self._previous is not None:
            logging.setLogRecordFactory(self._previous)

    def _make_record(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        assert self._previous is not None
        record = self._previous(*args, **kwargs)
        if self._active:
            self.redact_record(record)
        return record

    def redact_record(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a bad format: logging reports it when the record is emitted
            return
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
