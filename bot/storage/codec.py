"""How Python values are written to columns: times as sortable UTC text, lists as JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC)
LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)


def timestamp(value: dt.datetime) -> str:
    """UTC ISO-8601 text of fixed width, so text order is time order. Naive times are UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_timestamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def period(since: dt.datetime | None, until: dt.datetime | None) -> dict[str, str]:
    """Bounds for `at >= :since AND at < :until`; a missing bound is open."""
    return {"since": timestamp(since or EARLIEST), "until": timestamp(until or LATEST)}


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> Any:
    return json.loads(text)


def shown_json(shown: Iterable[tuple[str, int]]) -> str:
    return to_json([[story, paragraph] for story, paragraph in shown])


def shown_from_json(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((str(story), int(paragraph)) for story, paragraph in from_json(text))
