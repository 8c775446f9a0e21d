"""The Home Office QA round's rules (docs/rules.md, V19-V22), on plain values.

V19: the exact versions submitted are the ones the CSP signed off, and a clean pre-submission
check read those same versions. V20: every point of the panel's letter is answered before
clearance. V21: a copy goes to every agency taking part and to every body the guidance names.
V22: the review concludes only when every action is complete or closed with a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from services.domain.errors import FieldError, FieldErrors, Invalid

Version = tuple[int, str]  # (document id, SHA-256 of the exact bytes)


@dataclass(frozen=True)
class CheckedVersions:
    """A pre-submission check: its review, the two versions it read, its blocking findings."""

    review_id: int
    overview: Version
    summary: Version
    blocking: int | None  # None while the check runs, or when it failed


def check_submission(
    review_id: int, signed: Mapping[str, Version] | None, check: CheckedVersions | None
) -> None:
    """V19: the CSP signed off these versions, and a clean check read exactly them."""
    if signed is None:
        message = (
            "The CSP has not signed off the current overview report, executive summary and "
            "action plan (V19)"
        )
        raise Invalid([FieldError("versions", message)])
    errors = FieldErrors()
    errors.check(
        check is not None
        and check.review_id == review_id
        and check.overview == signed["overview_report"]
        and check.summary == signed["executive_summary"],
        "check_id",
        "Run the pre-submission check on the signed-off versions and give its id",
    )
    errors.check(
        check is None or check.blocking == 0,
        "check_id",
        "The pre-submission check has blocking findings: resolve them first",
    )
    errors.raise_if_any()


def check_outcome(
    data: Mapping[str, Any],
    outcomes: Sequence[str],
    letter_is_qa_letter: bool,
    submitted_on: date,
    today: date,
) -> None:
    """The panel's outcome: a known one, from its letter, with the changes it asked for."""
    errors = FieldErrors()
    errors.check(data["outcome"] in outcomes, "outcome", f"One of {', '.join(outcomes)}")
    errors.check(
        letter_is_qa_letter,
        "letter_document_id",
        "Upload the panel's letter as a document of kind qa_letter and give its id",
    )
    errors.check(
        data["outcome"] == "approved" or bool(data["feedback_items"]),
        "feedback_items",
        "List the changes the panel asked for",
    )
    errors.not_before(dict(data), "received_on", submitted_on, "the submission")
    errors.not_future(dict(data), "received_on", today)
    errors.raise_if_any()


def check_clearance(
    outcome: str | None, unanswered: Sequence[int], data: Mapping[str, Any], today: date
) -> None:
    """V20: clearance only of an approved round, once every point of the letter is answered."""
    errors = FieldErrors()
    if outcome == "resubmission_required":
        errors.add("outcome", "The panel asked for a resubmission: submit the revised report")
    errors.check(
        not unanswered,
        "feedback_items",
        f"Answer items {list(unanswered)} of the letter first (V20)",
    )
    errors.not_future(dict(data), "cleared_on", today)
    errors.raise_if_any()


def check_distribution(
    entries: Sequence[Mapping[str, Any]], agencies: Iterable[int], today: date
) -> None:
    """V21: each copy logged goes to an agency taking part (or a named body) and has been sent."""
    taking_part = set(agencies)
    errors = FieldErrors()
    for i, entry in enumerate(entries):
        if entry["recipient"] == "agency":
            errors.check(
                entry.get("agency_id") in taking_part,
                f"entries[{i}].agency_id",
                "Not an agency taking part in this review",
            )
        errors.not_future(dict(entry), "sent_on", today)
    errors.raise_if_any()


def distribution_outstanding(
    sent: Iterable[tuple[str, int | None]],
    agencies: Mapping[int, str],
    recipients: Iterable[str],
) -> list[str]:
    """V21: who has no copy yet, from the copies sent as (recipient, agency id)."""
    copies = list(sent)
    missing = [
        f"agency: {name}"
        for agency_id, name in agencies.items()
        if ("agency", agency_id) not in copies
    ]
    for body in recipients:
        if body != "home_office" and not any(recipient == body for recipient, _ in copies):
            missing.append(body)
    return missing


def check_conclusion(
    open_actions: Sequence[int], outstanding: Sequence[str], data: Mapping[str, Any], today: date
) -> None:
    """V22 (and V21 done): every action complete or closed with a reason, every copy sent."""
    errors = FieldErrors()
    errors.check(
        not open_actions,
        "actions",
        f"Actions {list(open_actions)} are neither complete nor closed with a reason (V22)",
    )
    errors.check(not outstanding, "distribution", f"Not yet sent to: {', '.join(outstanding)}")
    errors.not_future(dict(data), "concluded_on", today)
    errors.raise_if_any()
