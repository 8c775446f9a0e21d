"""POSTing an event to a URL (a Teams Workflows webhook, a Power Automate callback).

2xx is delivered; 408, 425, 429 and 5xx, timeouts and connection errors are worth another try
(after Retry-After when the receiver gives one); anything else fails for a person to look at.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests

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


def post(url: str, body: dict, key: str, timeout: float = 10.0, verify=True) -> None:
    try:
        response = requests.post(
            url, json=body, headers={"Idempotency-Key": key}, timeout=timeout, verify=verify
        )
    except requests.RequestException as exc:
        raise Retry(f"{type(exc).__name__}: {exc}") from exc
    if 200 <= response.status_code < 300:
        return
    message = f"HTTP {response.status_code}: {response.text[:200]}"
    if response.status_code in RETRYABLE:
        raise Retry(message, retry_after(response.headers.get("Retry-After")))
    raise Failed(message)
