"""Tracking an action-plan row to completion: statuses, RAG, overdue, reminders (V15, V22).

Pure rules on plain values, shared by the JSON API, the workbook import and the monitoring views.
"""

from __future__ import annotations

from datetime import date, timedelta

STATUSES = ("not_started", "in_progress", "complete", "cannot_complete")
STATUS_LABELS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "complete": "Complete",
    "cannot_complete": "Cannot complete",
}
# How close a target date must be for an unfinished action to show amber.
AT_RISK_DAYS = 30


def is_closed(status: str, closure_reason: str = "") -> bool:
    """V22: complete, or closed as impossible with a reason given."""
    return status == "complete" or (status == "cannot_complete" and bool(closure_reason.strip()))


def is_overdue(status: str, target: date | None, today: date) -> bool:
    return target is not None and target < today and status not in ("complete", "cannot_complete")


def rag(status: str, target: date | None, today: date) -> str:
    """red: overdue; amber: due within AT_RISK_DAYS and not started, or no target date;
    green: on track or complete; grey: cannot be completed."""
    if status == "complete":
        return "green"
    if status == "cannot_complete":
        return "grey"
    if target is None:
        return "amber"
    if target < today:
        return "red"
    if status == "not_started" and target <= today + timedelta(days=AT_RISK_DAYS):
        return "amber"
    return "green"


def reminder_due(
    status: str, target: date | None, reminded_for: date | None, today: date, days: int
) -> bool:
    """A reminder goes once per target date, `days` before it; a moved target gets a new one."""
    return (
        target is not None
        and status not in ("complete", "cannot_complete")
        and reminded_for != target
        and today <= target <= today + timedelta(days=days)
    )


def completion_problems(
    status: str,
    completion_date: date | None,
    outcome: str,
    evidence: bool,
    closure_reason: str,
    today: date,
) -> dict[str, str]:
    """{field: message} for a status the row's other fields do not support (V15)."""
    found: dict[str, str] = {}
    if status not in STATUSES:
        found["status"] = f"One of {', '.join(STATUSES)}"
    if status == "complete":
        if completion_date is None:
            found["completion_date"] = "Required to mark the action complete (V15)"
        if not outcome.strip() and not evidence:
            found["outcome"] = "Give the outcome or link the evidence (V15)"
    if status == "cannot_complete" and not closure_reason.strip():
        found["closure_reason"] = "Say why the action cannot be completed"
    if completion_date is not None and completion_date > today:
        found["completion_date"] = "Cannot be in the future"
    return found


def origin(recommendation_ref: str) -> str:
    return "overview" if recommendation_ref.startswith("overview:") else "IMR"
