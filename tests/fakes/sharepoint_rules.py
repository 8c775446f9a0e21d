"""How a SharePoint document library versions, locks and refuses, for the fake SharePoint.

The library's settings are those `flask dhr provision-sharepoint` makes (versioning with minor
versions, content approval, require check out, drafts visible to approvers). Under them:

* a check-in is a minor version (0.1, 0.2 …) or a major one (1.0); at most 511 minor versions
  follow a major one; a major check-in with content approval is pending approval;
* publishing a minor version under content approval makes it the next major version, pending
  (0.3 becomes 1.0: the label 0.3 no longer exists), and the next save is 1.1;
* with "require check out" a file's properties change only while it is checked out (a new
  upload is checked out to its uploader until its first check-in);
* a file checked out to someone else is refused with SharePoint's own words ("checked out for
  editing by"), a file open in Office with its shared-lock words ("locked for shared use by");
* an operation the caller lacks the permission for is 403 UnauthorizedAccessException.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CHECKED_OUT = -2130575306  # SPFileCheckOutException
SHARED_LOCK = -2147018894  # SPFileLockException
ACCESS_DENIED = -2147024891  # System.UnauthorizedAccessException
LIMIT = -2130575290  # the version limit
MAX_MINOR = 511

ACCESS_DENIED_MESSAGE = (
    "Access denied. You do not have permission to perform this action or access this resource."
)


class SpError(Exception):
    def __init__(self, status: int, code: int, message: str, kind: str = "SPException"):
        super().__init__(message)
        self.status, self.code, self.kind = status, code, kind


@dataclass
class LibrarySettings:
    """The SP.List properties of the document library that matter here."""

    EnableVersioning: bool = True
    EnableMinorVersions: bool = True
    EnableModeration: bool = True
    ForceCheckout: bool = True
    DraftVersionVisibility: int = 2  # 0 any reader, 1 author, 2 approver
    MajorVersionLimit: int = 500
    MajorWithMinorVersionsLimit: int = 0


@dataclass
class Version:
    major: int
    minor: int
    content: bytes
    comment: str
    created: str

    @property
    def label(self) -> str:
        return f"{self.major}.{self.minor}"

    @property
    def id(self) -> int:
        return self.major * 512 + self.minor


@dataclass
class Lock:
    """Who holds a file: a check-out (`checked_out`) or Office's shared lock (`shared`)."""

    holder: str
    kind: str = "checked_out"


@dataclass
class Permissions:
    """What the caller may not do: operation name -> refused (a test hook)."""

    refused: set[str] = field(default_factory=set)

    def check(self, operation: str) -> None:
        if operation in self.refused:
            raise SpError(403, ACCESS_DENIED, ACCESS_DENIED_MESSAGE, "UnauthorizedAccessException")


def locked_message(path: str, lock: Lock) -> SpError:
    if lock.kind == "shared":
        return SpError(
            423, SHARED_LOCK, f'The file "{path}" is locked for shared use by {lock.holder}.'
        )
    return SpError(
        423, CHECKED_OUT, f'The file "{path}" is checked out for editing by {lock.holder}.'
    )


def not_checked_out(path: str) -> SpError:
    return SpError(
        400,
        CHECKED_OUT,
        f'The file "{path}" is not checked out. You must first check out this document before '
        "making changes.",
    )


def next_label(versions: list[Version], major: bool, settings: LibrarySettings) -> tuple[int, int]:
    ma, mi = (versions[-1].major, versions[-1].minor) if versions else (0, 0)
    if major or not settings.EnableMinorVersions:
        return ma + 1, 0
    if mi >= MAX_MINOR:
        raise SpError(
            400,
            LIMIT,
            f"The maximum number of minor versions ({MAX_MINOR}) of version {ma}.0 has been "
            "reached: publish a major version first.",
        )
    return ma, mi + 1


def publish(versions: list[Version], settings: LibrarySettings) -> int:
    """Publishes the current version; returns the moderation status it then has."""
    current = versions[-1]
    if current.minor:  # 0.3 → 1.0: the draft becomes the next major version
        current.major, current.minor = current.major + 1, 0
    return 2 if settings.EnableModeration else 0


def moderation_after_checkin(major: bool, settings: LibrarySettings) -> int:
    if not settings.EnableModeration:
        return 0
    return 2 if major else 3
