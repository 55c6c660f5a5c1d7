"""REST fault injection and rate limiting.

Routes are matched as "METHOD /path/glob" against the path after /api/v10, with fnmatch
wildcards: "POST /channels/*/messages", "* /webhooks/*", "PATCH /webhooks/*/*/messages/@original".
"""

from __future__ import annotations

import fnmatch
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .records import RecordedRequest


def route_matches(pattern: str, method: str, path: str) -> bool:
    want_method, _, want_path = pattern.partition(" ")
    if not want_path:
        want_method, want_path = "*", want_method
    return fnmatch.fnmatchcase(method, want_method.upper()) and fnmatch.fnmatchcase(path, want_path)


@dataclass
class Fault:
    """Answer matching requests with `status` (after `delay` seconds) instead of handling them.

    status 0 means "handle normally" (delay only). `times=None` means every matching request.
    """

    pattern: str
    status: int = 0
    times: int | None = 1
    delay: float = 0.0
    retry_after: float = 0.05
    is_global: bool = False
    predicate: Callable[[RecordedRequest], bool] | None = None
    hits: int = 0

    def matches(self, request: RecordedRequest) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        if not route_matches(self.pattern, request.method, request.path):
            return False
        return self.predicate is None or self.predicate(request)

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times


@dataclass
class RateLimit:
    """A bucket: `limit` requests per `per` seconds for each distinct path matching `pattern`."""

    pattern: str
    limit: int
    per: float
    windows: dict[str, tuple[float, int]] = field(default_factory=dict)

    @property
    def bucket(self) -> str:
        return hashlib.sha1(self.pattern.encode()).hexdigest()[:16]

    def take(self, path: str) -> tuple[int, float, bool]:
        """Count one request on `path`: (remaining, reset_after, allowed)."""
        now = time.monotonic()
        start, used = self.windows.get(path, (now, 0))
        if now - start >= self.per:
            start, used = now, 0
        reset_after = max(self.per - (now - start), 0.001)
        if used >= self.limit:
            return 0, reset_after, False
        used += 1
        self.windows[path] = (start, used)
        return self.limit - used, reset_after, True


@dataclass(frozen=True)
class RateLimitHeaders:
    """The headers every unthrottled response carries. The defaults never make the client wait."""

    limit: int = 10_000
    reset_after: float = 60.0

    def headers(self, bucket: str) -> dict[str, str]:
        return rate_limit_headers(bucket, self.limit, self.limit - 1, self.reset_after)


def rate_limit_headers(
    bucket: str, limit: int, remaining: int, reset_after: float
) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": bucket,
    }
