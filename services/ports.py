"""Every outside system as a typing.Protocol; adapters are plugged in by services.bootstrap."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""

    def today(self) -> date:
        """Today's date in England and Wales, against which deadlines are counted."""


class TokenIssuer(Protocol):
    def issue(self, person_id: int) -> dict:
        """An OAuth-style token response: access_token, token_type, expires_in."""


class TokenVerifier(Protocol):
    def verify(self, token: str) -> int:
        """The person id the token was issued for; raises Unauthenticated otherwise."""
