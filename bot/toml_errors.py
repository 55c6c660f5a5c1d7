"""What is wrong in a TOML file a person wrote (the config, a story's header), in their words:
the line of the file, the key, the problem, and the key they likely meant; not pydantic's
("Extra inputs are not permitted", "Input should be a valid tuple")."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pydantic_core import ErrorDetails

_TABLE = re.compile(r"\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def line_of(text: str, table: str | None, key: str | None, *, first_line: int = 1) -> int | None:
    """The line (the text's first counted `first_line`) that sets `key` in `[table]` (None: a
    key before any table), or, with no key, the line opening `[table]`; None when not found."""
    current: str | None = None
    for number, line in enumerate(text.splitlines(), start=first_line):
        stripped = line.strip()
        opened = _TABLE.match(stripped)
        if opened and not stripped.startswith("[["):
            current = opened.group(1).strip("\"'")
            if key is None and current == table:
                return number
            continue
        key_set = key is not None and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", stripped)
        if key_set and current == table:
            return number
    return None


def toml_syntax(message: str, *, first_line: int = 1) -> str:
    """tomllib's message with its line counted as the file's (a header starts on line 2)."""
    return _TOML_AT.sub(
        lambda m: f"(line {int(m.group(1)) + first_line - 1} of the file, column {m.group(2)})",
        message,
    )


def likely(name: str, names: Iterable[str]) -> str:
    """ " (top_k?)": the name closest to a mistyped one, when one is close."""
    close = difflib.get_close_matches(name, list(names), n=1, cutoff=0.6)
    return f" ({close[0]}?)" if close else ""


def plain(error: ErrorDetails) -> str:
    """pydantic's message for one value, as a person would say it."""
    if error["type"] in ("tuple_type", "list_type"):
        return "should be a list, in square brackets: [...]"
    message = error["msg"].removeprefix("Value error, ")
    return message.removeprefix("Input ")
