"""SharePoint-style version labels: "major.minor", sorted as numbers, never as floats."""

from __future__ import annotations

DOCUMENT_KINDS = (
    "imr",
    "chronology",
    "overview_report",
    "executive_summary",
    "action_plan",
    "letter",
    "qa_letter",
    # What shows an action was done (V15): uploaded by its lead agency and linked to it.
    "evidence",
    "other",
)
APPROVAL_STATES = ("draft", "pending", "approved", "rejected")
PROTECTIVE_MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE")
DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


def parse_label(label: str) -> tuple[int, int]:
    major, _, minor = label.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        raise ValueError(f"not a version label: {label!r}")
    return int(major), int(minor)


def next_label(current: str | None, major: bool) -> str:
    """0.1 first; a minor save adds one to the minor; a major save makes the next whole number."""
    if current is None:
        return "1.0" if major else "0.1"
    ma, mi = parse_label(current)
    return f"{ma + 1}.0" if major else f"{ma}.{mi + 1}"


def sharepoint_version_id(label: str) -> int:
    ma, mi = parse_label(label)
    return ma * 512 + mi


def newest_first(labels: list[str]) -> list[str]:
    return sorted(labels, key=parse_label, reverse=True)


def etag(label: str, sha256: str) -> str:
    return f'"{label}:{sha256}"'
