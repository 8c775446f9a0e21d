"""POSTing an event to a URL (a Teams Workflows webhook, a Power Automate callback).

2xx is delivered; 408, 425, 429 and 5xx, timeouts and connection errors are worth another try
(after Retry-After when the receiver gives one); anything else fails for a person to look at.
"""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from services.integrations import outbound

RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


class Retry(Exception):
    def __init__(self, message: str, after: float | None = None):
        super().__init__(message)
        self.after = after


class Failed(Exception):
    """Not worth retrying: the receiver refused the event."""


def retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None


def post(
    url: str,
    body: dict,
    key: str,
    policy: outbound.Policy,
    resolver: outbound.Resolver = socket.getaddrinfo,
    timeout: float = 10.0,
    verify: bool | str = True,  # or the CA bundle to trust (a local receiver's in tests)
) -> None:
    """Checks the URL again (an address may have changed since it was given), then POSTs to the
    address checked. Of the reply only its status is kept: never a receiver's words."""
    try:
        target = outbound.check(url, policy, resolver)
    except outbound.Refused as exc:
        raise Failed(f"Refused: {exc}") from exc
    except outbound.Unresolved as exc:
        raise Retry(str(exc)) from exc
    try:
        status, phrase, after = outbound.post(
            target, body, {"Idempotency-Key": key}, timeout, verify
        )
    except ConnectionError as exc:
        raise Retry(str(exc)) from exc
    if 200 <= status < 300:
        return
    message = f"HTTP {status} {phrase}".strip()
    if 300 <= status < 400:
        raise Failed(f"{message}: redirects are not followed")
    if status in RETRYABLE:
        raise Retry(message, retry_after(after))
    raise Failed(message)
