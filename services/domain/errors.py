"""Errors that carry domain meaning; the API turns each into one problem+json response."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

_T = TypeVar("_T")


class DomainError(Exception):
    """Base of every error a rule can raise."""


class NotFound(DomainError):
    """The thing does not exist, or the caller may not know that it does."""

    def __init__(self, what: str, field: str | None = None):
        super().__init__(f"{what} not found")
        self.what = what
        self.field = field  # the request field that named it, when one did


class Forbidden(DomainError):
    """The caller is known and may see the thing, but may not do this to it."""


class Conflict(DomainError):
    """The request is well-formed but clashes with the current state (e.g. a second decision)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class InvalidTransition(DomainError):
    """The review's state does not allow this action; names the actions that are allowed."""

    def __init__(self, state: str, action: str, allowed: list[str]):
        super().__init__(f"'{action}' is not allowed while the review is '{state}'")
        self.state = state
        self.action = action
        self.allowed = allowed


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class Invalid(DomainError):
    """One or more fields break a rule; every bad field is named."""

    def __init__(self, errors: list[FieldError]):
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class FieldErrors:
    """Collects every broken rule before raising, so a client can show them all at once."""

    def __init__(self) -> None:
        self._errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self._errors.append(FieldError(field, message))

    def check(self, ok: bool, field: str, message: str) -> bool:
        if not ok:
            self.add(field, message)
        return ok

    def not_future(self, data: Mapping[str, Any], field: str, today: Any) -> None:
        """A date that has happened; absent optional dates pass."""
        value = data.get(field)
        self.check(value is None or value <= today, field, "Cannot be in the future")

    def not_before(self, data: Mapping[str, Any], field: str, earliest: Any, what: str) -> None:
        value = data.get(field)
        self.check(
            value is None or value >= earliest,
            field,
            f"Cannot be before {what} ({earliest.isoformat()})",
        )

    def raise_if_any(self) -> None:
        if self._errors:
            raise Invalid(list(self._errors))


class ClaimsChallenge(DomainError):
    """Entra ID wants more from the person (MFA, Conditional Access): 403 with `claims` for the
    task pane to pass back to MSAL.js."""

    def __init__(self, message: str, claims: str):
        super().__init__(message)
        self.claims = claims


class WorkbookInvalid(DomainError):
    """An uploaded workbook with problems in named cells; nothing from it was applied."""

    def __init__(self, problems: list[dict[str, Any]]):
        super().__init__(f"{len(problems)} problem(s) in the workbook; nothing was changed")
        self.problems = problems


class Unauthenticated(DomainError):
    """No valid bearer token: the caller is not signed in."""


class Locked(DomainError):
    """The document is checked out to, or open by, someone else."""

    def __init__(self, holder: str):
        super().__init__(f"The document is in use: checked out to {holder}")
        self.holder = holder


class PreconditionFailed(DomainError):
    """If-Match names a version that is no longer current (412), or is missing (428).
    `current_version` says whose save is now current and when, for the editor to decide."""

    def __init__(
        self,
        message: str,
        *,
        missing: bool = False,
        current: str | None = None,
        current_version: dict[str, Any] | None = None,
    ):
        super().__init__(message)
        self.missing = missing
        self.current = current
        self.current_version = current_version


class LibraryUnavailable(DomainError):
    """The document library did not answer after retries; nothing was saved."""


class LibraryFull(DomainError):
    """The library's disk (or SharePoint's quota) has no room for the file; nothing was saved."""


class PublicationBlocked(DomainError):
    """Publication refused while the anonymity scan finds something (V16); names every hit."""

    def __init__(self, findings: list[dict[str, Any]]):
        super().__init__(
            f"{len(findings)} findings: real names or sensitive terms would be published, or "
            "parts of the reports cannot be read"
        )
        self.findings = findings


class Unavailable(DomainError):
    """A tool the step needs (e.g. LibreOffice for PDFs) is missing or failed: 503."""


class SandboxBusy(DomainError):
    """Every sandbox worker this request could use is busy: 503 with Retry-After."""

    def __init__(self, message: str, retry_after: int = 10):
        super().__init__(message)
        self.retry_after = retry_after


class QuotaExceeded(DomainError):
    """A person's upload quota is used up for now: 429 with Retry-After (seconds)."""

    def __init__(self, message: str, retry_after: int, field: str | None = None):
        super().__init__(message)
        self.retry_after = retry_after
        self.field = field


class BrokenInvariant(RuntimeError):
    """A value an earlier check guarantees was missing: a bug, answered as a 500."""


def known(value: _T | None, why: str) -> _T:
    """`value`, which an earlier check guarantees is there (the type checker cannot see that
    check): a BrokenInvariant naming `why` if it is not. Unlike `assert`, it is not stripped
    under `python -O`."""
    if value is None:
        raise BrokenInvariant(why)
    return value
