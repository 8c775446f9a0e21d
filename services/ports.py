"""Every outside system as a typing.Protocol; adapters are plugged in by services.bootstrap."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC."""
        ...

    def today(self) -> date:
        """Today's date in England and Wales, against which deadlines are counted."""
        ...


class TokenIssuer(Protocol):
    def issue(self, person_id: int) -> dict:
        """An OAuth-style token response: access_token, token_type, expires_in."""
        ...


class TokenVerifier(Protocol):
    def verify(self, token: str) -> int:
        """The person id the token was issued for; raises Unauthenticated otherwise."""
        ...


@dataclass(frozen=True)
class LibraryVersion:
    """One version as the document library records it."""

    label: str
    size: int
    comment: str
    created: datetime


class DocumentLibrary(Protocol):
    """A versioned document store with SharePoint's semantics; never overwrites a version.

    Raises services.domain.errors.Locked when the item is checked out or open elsewhere, and
    LibraryUnavailable when the store does not answer after retries.
    """

    def create(
        self,
        folder: str,
        name: str,
        content: bytes,
        *,
        comment: str,
        fields: dict[str, str] | None = None,
    ) -> tuple[str, str]:
        """Stores a new item as version 0.1 with its columns set (before its first check-in, as
        a "require check out" library needs); returns (item reference, label)."""
        ...

    def add_version(self, item: str, content: bytes, *, comment: str, major: bool) -> str:
        """Adds the next minor (or major) version; returns its label."""
        ...

    def read(self, item: str, label: str) -> bytes:
        """The bytes of one version, current or historical."""
        ...

    def history(self, item: str) -> list[LibraryVersion]:
        """Every version, the current one included, newest first."""
        ...

    def set_metadata(self, item: str, fields: dict[str, str]) -> None:
        """Columns on the item (review, kind, agency, protective marking); no new version."""
        ...

    def metadata(self, item: str) -> dict[str, str]: ...

    def web_url(self, item: str) -> str | None:
        """Where the item opens in Word or Excel for the web; None when the library has none."""
        ...

    def approval_status(self, item: str) -> str:
        """draft | pending | approved | rejected, as SharePoint's content approval."""
        ...

    def submit(self, item: str, comment: str) -> str:
        """Pending approval. Answers the label the version carries from now on: SharePoint's
        content approval publishes a minor version as the next major one (0.3 becomes 1.0)."""
        ...

    def approve(self, item: str, comment: str) -> None: ...

    def reject(self, item: str, comment: str) -> None: ...
